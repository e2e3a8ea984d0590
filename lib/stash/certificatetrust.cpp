// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "certificatetrust.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Stash::CertificateTrust {

namespace {
const QString kPemMarker = QStringLiteral("-----BEGIN CERTIFICATE-----");
}

QByteArray fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QString formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

bool allTrusted(const QList<QSslError> &errors, const QList<QByteArray> &trusted)
{
    if (errors.isEmpty() || trusted.isEmpty())
        return false;
    for (const QSslError &error : errors) {
        if (error.certificate().isNull() || !trusted.contains(fingerprint(error.certificate())))
            return false;
    }
    return true;
}

Error certificateError(const QList<QSslError> &errors, const QList<QSslCertificate> &chain)
{
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    texts.removeDuplicates();
    QList<QSslCertificate> certificates = chain;
    if (certificates.isEmpty()) {
        for (const QSslError &error : errors) {
            if (!error.certificate().isNull() && !certificates.contains(error.certificate()))
                certificates.append(error.certificate());
        }
    }
    QString detail = texts.join(QLatin1Char('\n'));
    for (const QSslCertificate &certificate : std::as_const(certificates))
        detail += QLatin1Char('\n') + QString::fromLatin1(certificate.toPem()).trimmed();
    return Error(
        Error::Kind::Certificate,
        QCoreApplication::translate("Stash", "The server's TLS certificate is not trusted: %1")
            .arg(texts.value(0, QCoreApplication::translate("Stash", "unknown certificate error"))),
        detail);
}

Details details(const Error &error)
{
    Details result;
    const QString &detail = error.detail();
    const qsizetype pem = detail.indexOf(kPemMarker);
    const QString errorPart = pem < 0 ? detail : detail.left(pem);
    result.errors = errorPart.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (pem >= 0)
        result.chain = QSslCertificate::fromData(detail.mid(pem).toLatin1(), QSsl::Pem);
    return result;
}

} // namespace Stash::CertificateTrust
