// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "replyinterpreter.h"
#include "serverendpoint.h"

#include <QJsonObject>
#include <QObject>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Stash {

/// Sends requests to one Stash server: GraphQL operations as POST with all
/// data in variables, and media GETs. Every request has a time limit, carries
/// the API key only to the server's origin, does not follow redirects (a 302
/// to /login means "not authorised") and frees its reply.
class GraphQLTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphQLTransport)

public:
    using GraphQLCallback = std::function<void(Result<QJsonObject>)>;
    using MediaCallback = std::function<void(Result<QByteArray>)>;

    explicit GraphQLTransport(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setEndpoint(const ServerEndpoint &endpoint) { m_endpoint = endpoint; }
    const ServerEndpoint &endpoint() const { return m_endpoint; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    QNetworkAccessManager *network() const { return m_network; }

    /// Whether Qt may send a request again by itself when a kept-alive
    /// connection closes before the answer (it does so silently for POST too).
    enum class Resend { Allowed, Never };

    /// The most bytes an answer may have, far above anything real: an endless
    /// or absurd body is cut off with an error instead of filling memory.
    static constexpr qint64 MaxGraphQLBytes = 64LL * 1024 * 1024;
    static constexpr qint64 MaxThumbnailBytes = 8LL * 1024 * 1024;
    static constexpr qint64 MaxImageBytes = 256LL * 1024 * 1024;

    /// Posts one operation; `done` runs exactly once on this thread, with
    /// kind Canceled if the returned reply is aborted. With Resend::Never (an
    /// operation that counts, such as an O-counter step), a closed connection is
    /// reported as a Transport error instead of being resent unseen, so the
    /// caller can find out whether the server counted it.
    QNetworkReply *post(const QString &document, const QJsonObject &variables,
                        const QString &operationName, GraphQLCallback done,
                        Resend resend = Resend::Allowed);
    /// GETs image or thumbnail bytes, at most `maxBytes`; relative URLs resolve against the server.
    QNetworkReply *get(const QUrl &url, qint64 maxBytes, MediaCallback done);

private:
    QNetworkReply *watch(QNetworkReply *reply, qint64 maxBytes,
                         std::function<void(const ReplyFacts &)> finished);

    QNetworkAccessManager *m_network;
    ServerEndpoint m_endpoint;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace Stash
