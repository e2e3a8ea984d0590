// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

namespace Stash {

/// Everything about a finished HTTP exchange that decides its outcome; kept
/// apart from QNetworkReply so the mapping can be tested without a network.
struct ReplyFacts
{
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    QUrl redirectTarget;
    bool timedOut = false;
    int timeoutSeconds = 0;
    /// The limit the answer went past (it was cut off there); 0 when it did not.
    qint64 tooLargeLimit = 0;
    /// TLS errors not covered by a trust decision, and the server's chain.
    QList<QSslError> sslErrors;
    QList<QSslCertificate> peerChain;

    static ReplyFacts fromReply(QNetworkReply *reply, bool timedOut, int timeoutSeconds);
};

/// Maps a reply to a Result: the GraphQL `data` object, or the Error a person can act on.
namespace ReplyInterpreter {

Result<QJsonObject> graphql(const ReplyFacts &facts);
/// For image and thumbnail bytes: HTML (a login page) or a redirect to /login is Unauthorized.
Result<QByteArray> media(const ReplyFacts &facts);

} // namespace ReplyInterpreter

} // namespace Stash
