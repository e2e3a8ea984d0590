// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QDialog>
#include <QSslCertificate>
#include <QStringList>

class QUrl;
namespace Stash {
class Error;
class ServerEndpoint;
} // namespace Stash

namespace Tessera {

/// Explains why a server's TLS certificate was refused (subject, issuer,
/// validity, SHA-256 fingerprint, the errors) and lets the user trust that
/// one certificate for that one server. Refusing is the default button.
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    CertificateDialog(const QString &hostAndPort, const QSslCertificate &certificate,
                      const QStringList &errors, QWidget *parent = nullptr);

    const QSslCertificate &certificate() const { return m_certificate; }

    /// The fingerprints kept for this server in QSettings ("tls/<host:port>").
    static QList<QByteArray> trustedFingerprints(const Stash::ServerEndpoint &endpoint);
    /// Shows the dialog for a Certificate error; true when the user trusted
    /// the certificate, which is then kept for the endpoint's host and port.
    static bool askToTrust(const Stash::Error &error, const Stash::ServerEndpoint &endpoint,
                           QWidget *parent);

private:
    QSslCertificate m_certificate;
};

} // namespace Tessera
