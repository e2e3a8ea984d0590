// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "sessionlogin.h"

#include "stasherror.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QFutureWatcher>
#include <QPromise>
#include <QTimer>

#include <memory>

namespace Stash::SessionLogin {

namespace {

QFuture<Result<Done>> failedNow(const Error &error)
{
    return QtFuture::makeReadyFuture(Result<Done>(error));
}

bool hasSessionCookie(QNetworkReply *reply)
{
    const QList<QNetworkCookie> cookies =
        reply->header(QNetworkRequest::SetCookieHeader).value<QList<QNetworkCookie>>();
    for (const QNetworkCookie &cookie : cookies) {
        if (cookie.name() == "session" && !cookie.value().isEmpty())
            return true;
    }
    return false;
}

Result<Done> interpret(QNetworkReply *reply, bool timedOut, int timeoutSeconds)
{
    // Never the password in any message: only what the server or Qt said about the exchange.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (hasSessionCookie(reply))
        return Done{};
    if (timedOut)
        return Error(Error::Kind::Timeout,
                     QCoreApplication::translate(
                         "Stash", "The server did not answer the login within %n second(s).",
                         nullptr, timeoutSeconds));
    if (status == 0) {
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return Error(Error::Kind::Canceled,
                         QCoreApplication::translate("Stash", "The login was canceled."));
        return Error(
            Error::Kind::Transport,
            QCoreApplication::translate("Stash", "Could not reach the server to log in: %1")
                .arg(reply->errorString()),
            reply->errorString());
    }
    const QString body = QString::fromUtf8(reply->readAll().left(2000));
    // v0.29+: 401; v0.26.2–v0.28: 200 with the login page again; neither sets the cookie.
    if (status == 401 || status == 403 || (status >= 200 && status < 400))
        return Error(Error::Kind::Unauthorized,
                     QCoreApplication::translate("Stash", "Wrong username or password."), body,
                     status);
    if (status == 404)
        return Error(
            Error::Kind::Http,
            QCoreApplication::translate(
                "Stash", "This server has no login page (HTTP 404): is it a Stash server?"),
            body, status);
    return Error(Error::Kind::Http,
                 QCoreApplication::translate("Stash", "The server could not log you in (HTTP %1).")
                     .arg(status),
                 body, status);
}

} // namespace

QByteArray formBody(const QString &username, const QString &password)
{
    // QUrlQuery would leave '+' alone, which a form decoder reads as a space.
    const auto field = [](const char *name, const QString &value) {
        return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
    };
    return field("username", username) + '&' + field("password", password) + '&' +
           field("returnURL", QStringLiteral("/"));
}

QFuture<Result<Done>> login(QNetworkAccessManager *network, const ServerEndpoint &endpoint,
                            const QString &username, const QString &password,
                            std::chrono::milliseconds timeout)
{
    if (!network || !endpoint.isValid())
        return failedNow(Error::invalidInput(QCoreApplication::translate(
            "Stash", "No server address is set (use an http:// or https:// URL).")));
    if (username.isEmpty())
        return failedNow(
            Error::invalidInput(QCoreApplication::translate("Stash", "The username is empty.")));

    QUrl url = endpoint.baseUrl();
    url.setPath(endpoint.baseUrl().path() + QStringLiteral("/login"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    // The 302 of older servers carries the cookie; following it would only fetch the web UI.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(0);

    auto promise = std::make_shared<QPromise<Result<Done>>>();
    QFuture<Result<Done>> future = promise->future();
    promise->start();
    QNetworkReply *reply = network->post(request, formBody(username, password));

    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(timeout);
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise, timedOut, seconds] {
        reply->deleteLater();
        if (!promise->isCanceled())
            promise->addResult(interpret(reply, *timedOut, seconds));
        promise->finish();
    });
    // Canceling the future aborts the request.
    auto *watcher = new QFutureWatcher<Result<Done>>(reply);
    QObject::connect(watcher, &QFutureWatcherBase::canceled, reply, &QNetworkReply::abort);
    watcher->setFuture(future);
    return future;
}

} // namespace Stash::SessionLogin
