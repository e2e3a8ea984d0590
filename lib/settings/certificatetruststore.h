// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Tessera {

/// The TLS certificates the person chose to trust although they could not be
/// verified: SHA-256 fingerprints, one list per server ("host:port"), kept in
/// the settings file under "tls/<host:port>". A fingerprint trusted for one
/// server is not trusted for another.
class CertificateTrustStore final
{
public:
    /// The fingerprints trusted for this server.
    QList<QByteArray> fingerprints(const QString &hostAndPort) const;
    bool isTrusted(const QString &hostAndPort, const QByteArray &fingerprint) const;
    /// Trusts the certificate with this fingerprint for this server from now on.
    void trust(const QString &hostAndPort, const QByteArray &fingerprint);

private:
    static QString settingsKey(const QString &hostAndPort);
};

} // namespace Tessera
