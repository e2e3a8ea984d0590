// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "stasherror.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

namespace Stash {

/// Deciding and explaining TLS trust: which certificate errors a user's
/// trust decision covers, and the Certificate error that carries the chain.
namespace CertificateTrust {

/// The certificate's SHA-256 digest (raw bytes), the identity a trust decision is kept under.
QByteArray fingerprint(const QSslCertificate &certificate);
/// "AB:CD:…", as browsers show it.
QString formatFingerprint(const QByteArray &sha256);

/// True when every error concerns a certificate whose fingerprint is in
/// `trusted`. Errors without a certificate are never covered.
bool allTrusted(const QList<QSslError> &errors, const QList<QByteArray> &trusted);

/// The Certificate error: a readable message, and in the detail the error
/// texts (one a line) followed by the peer's chain as PEM.
Error certificateError(const QList<QSslError> &errors, const QList<QSslCertificate> &chain);

/// What a Certificate error carries, for the dialog that explains it.
struct Details
{
    QStringList errors;
    QList<QSslCertificate> chain; ///< the server's own certificate first
};
Details details(const Error &error);

} // namespace CertificateTrust

} // namespace Stash
