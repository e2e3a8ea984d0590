// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "replyinterpreter.h"

#include "certificatetrust.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkRequest>

namespace Stash {

namespace {

QString excerpt(const QByteArray &body)
{
    constexpr int kMax = 500;
    QString text = QString::fromUtf8(body.left(kMax)).trimmed();
    if (body.size() > kMax)
        text += QStringLiteral("…");
    return text;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

/// Failures that have nothing to do with what the body says.
std::optional<Error> transportFailure(const ReplyFacts &f)
{
    if (f.tooLargeLimit > 0)
        return Error(Error::Kind::Decode,
                     QCoreApplication::translate("Stash",
                                                 "The server's answer is larger than %L1 MB, far "
                                                 "more than a real one: it was cut off.")
                         .arg(f.tooLargeLimit / (1024 * 1024)));
    if (f.timedOut)
        return Error(Error::Kind::Timeout,
                     QCoreApplication::translate("Stash", "The server did not answer within %n s.",
                                                 nullptr, f.timeoutSeconds),
                     f.networkErrorText);
    // Before Canceled: Qt aborts the handshake it refused as canceled on some backends.
    if (!f.sslErrors.isEmpty() && f.networkError != QNetworkReply::NoError)
        return CertificateTrust::certificateError(f.sslErrors, f.peerChain);
    if (f.networkError == QNetworkReply::OperationCanceledError)
        return Error(Error::Kind::Canceled,
                     QCoreApplication::translate("Stash", "The request was canceled."));
    if (f.httpStatus == 401 || f.networkError == QNetworkReply::AuthenticationRequiredError)
        return Error(Error::Kind::Unauthorized,
                     QCoreApplication::translate(
                         "Stash", "The server refused access: set the right API key (Stash: "
                                  "Settings → Security → API key)."),
                     excerpt(f.body), 401);
    if (isRedirect(f.httpStatus)) {
        if (f.redirectTarget.path().contains(QStringLiteral("/login")))
            return Error(Error::Kind::Unauthorized,
                         QCoreApplication::translate(
                             "Stash", "The server sent us to its login page: set the right API "
                                      "key (Stash: Settings → Security → API key)."),
                         f.redirectTarget.toString(), f.httpStatus);
        return Error(Error::Kind::Http,
                     QCoreApplication::translate(
                         "Stash", "The server redirected to %1; check the server address.")
                         .arg(f.redirectTarget.toString()),
                     {}, f.httpStatus);
    }
    if (f.httpStatus == 0 && f.networkError != QNetworkReply::NoError)
        return Error(Error::Kind::Transport,
                     QCoreApplication::translate("Stash", "Could not reach the server: %1")
                         .arg(f.networkErrorText),
                     f.networkErrorText);
    if (f.contentType.startsWith("text/html"))
        return Error(Error::Kind::Unauthorized,
                     QCoreApplication::translate(
                         "Stash", "The server answered with a web page, probably its login page: "
                                  "set the right API key."),
                     excerpt(f.body), f.httpStatus);
    return std::nullopt;
}

Error graphqlErrors(const QJsonArray &errors, int status)
{
    QStringList messages;
    for (const QJsonValue &e : errors)
        messages.append(e.toObject().value(QStringLiteral("message")).toString());
    const bool invalid = status == 422 || status == 400;
    const QString first = messages.value(0);
    return Error(
        Error::Kind::GraphQL,
        invalid ? QCoreApplication::translate("Stash",
                                              "The server rejected our request as invalid (is this "
                                              "Stash version supported?): %1")
                      .arg(first)
                : QCoreApplication::translate("Stash", "The server refused: %1").arg(first),
        messages.join(QLatin1Char('\n')), status);
}

} // namespace

ReplyFacts ReplyFacts::fromReply(QNetworkReply *reply, bool timedOut, int timeoutSeconds)
{
    ReplyFacts f;
    f.networkError = reply->error();
    f.networkErrorText = reply->errorString();
    f.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    f.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString().toUtf8();
    f.body = reply->isOpen() ? reply->readAll() : QByteArray(); // aborted replies are closed
    f.redirectTarget = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    f.timedOut = timedOut;
    f.timeoutSeconds = timeoutSeconds;
    return f;
}

namespace ReplyInterpreter {

Result<QJsonObject> graphql(const ReplyFacts &f)
{
    if (auto failure = transportFailure(f))
        return *failure;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.body, &parseError);
    const bool success = f.httpStatus >= 200 && f.httpStatus < 300;
    if (doc.isNull() || !doc.isObject()) {
        if (!success)
            return Error(Error::Kind::Http,
                         QCoreApplication::translate("Stash", "The server answered with HTTP %1.")
                             .arg(f.httpStatus),
                         excerpt(f.body), f.httpStatus);
        return Error::decode(
            QCoreApplication::translate("Stash", "The server's answer is not valid JSON: %1")
                .arg(parseError.errorString()),
            excerpt(f.body));
    }
    const QJsonObject root = doc.object();
    const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty() && f.httpStatus >= 500) {
        // A server failure that happens to carry a JSON body is still a server
        // failure (Http, worth a retry), not a refusal of our request.
        const Error refusal = graphqlErrors(errors, f.httpStatus);
        return Error(Error::Kind::Http,
                     QCoreApplication::translate("Stash", "The server failed with HTTP %1: %2")
                         .arg(f.httpStatus)
                         .arg(refusal.detail().section(QLatin1Char('\n'), 0, 0)),
                     refusal.detail(), f.httpStatus);
    }
    if (!errors.isEmpty())
        return graphqlErrors(errors, f.httpStatus);
    if (!success)
        return Error(Error::Kind::Http,
                     QCoreApplication::translate("Stash", "The server answered with HTTP %1.")
                         .arg(f.httpStatus),
                     excerpt(f.body), f.httpStatus);
    const QJsonValue data = root.value(QStringLiteral("data"));
    if (!data.isObject())
        return Error::decode(
            QCoreApplication::translate("Stash", "The server's answer has no data."),
            excerpt(f.body));
    return data.toObject();
}

Result<QByteArray> media(const ReplyFacts &f)
{
    if (auto failure = transportFailure(f))
        return *failure;
    if (f.httpStatus == 404)
        return Error(Error::Kind::Http,
                     QCoreApplication::translate("Stash", "The server has no such image (404)."),
                     excerpt(f.body), 404);
    if (f.httpStatus < 200 || f.httpStatus >= 300)
        return Error(Error::Kind::Http,
                     QCoreApplication::translate("Stash", "The server answered with HTTP %1.")
                         .arg(f.httpStatus),
                     excerpt(f.body), f.httpStatus);
    return f.body;
}

} // namespace ReplyInterpreter

} // namespace Stash
