// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "certificatetruststore.h"

#include <QSettings>
#include <QStringList>

namespace Tessera {

QString CertificateTrustStore::settingsKey(const QString &hostAndPort)
{
    return QStringLiteral("tls/") + hostAndPort;
}

QList<QByteArray> CertificateTrustStore::fingerprints(const QString &hostAndPort) const
{
    QList<QByteArray> result;
    const QStringList stored = QSettings().value(settingsKey(hostAndPort)).toStringList();
    for (const QString &hex : stored)
        result.append(QByteArray::fromHex(hex.toLatin1()));
    return result;
}

bool CertificateTrustStore::isTrusted(const QString &hostAndPort,
                                      const QByteArray &fingerprint) const
{
    return fingerprints(hostAndPort).contains(fingerprint);
}

void CertificateTrustStore::trust(const QString &hostAndPort, const QByteArray &fingerprint)
{
    QSettings settings;
    QStringList stored = settings.value(settingsKey(hostAndPort)).toStringList();
    const QString hex = QString::fromLatin1(fingerprint.toHex());
    if (!stored.contains(hex))
        stored.append(hex);
    settings.setValue(settingsKey(hostAndPort), stored);
}

} // namespace Tessera
