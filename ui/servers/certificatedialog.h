// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QDialog>
#include <QSslCertificate>
#include <QStringList>

#include <functional>

namespace Stash {
class Error;
}

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

    /// Shows the dialog for a Certificate error, modal but without blocking the caller, and
    /// calls `trusted` with the certificate once the user trusts it (keeping it is the caller's
    /// job). False, and nothing shown, when the error carries no certificate.
    static bool askToTrust(const Stash::Error &error, const QString &hostAndPort, QWidget *parent,
                           std::function<void(const QSslCertificate &)> trusted);

private:
    QSslCertificate m_certificate;
};

} // namespace Tessera
