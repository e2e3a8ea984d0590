// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "graphqltransport.h"

#include "certificatetrust.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>

#include <cstring>
#include <memory>
#include <utility>

namespace Stash {

GraphQLTransport::GraphQLTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

namespace {

/// A request body Qt can read only once: with it, Qt cannot resend the request
/// behind our back (it fails with ContentReSendError instead).
class ReadOnceBody final : public QIODevice
{
public:
    ReadOnceBody(QByteArray bytes, QObject *parent)
        : QIODevice(parent)
        , m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_bytes.size() - m_read);
        if (n <= 0)
            return m_read >= m_bytes.size() ? -1 : 0;
        std::memcpy(data, m_bytes.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};

} // namespace

QNetworkReply *GraphQLTransport::post(const QString &document, const QJsonObject &variables,
                                      const QString &operationName, GraphQLCallback done,
                                      Resend resend)
{
    QNetworkRequest request(m_endpoint.graphqlUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Without an explicit Accept, v0.30 answers application/graphql-response+json,
    // which it neither compresses nor gives the documented 422 status codes.
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_endpoint.authorize(request);

    QJsonObject body{{QStringLiteral("query"), document}, {QStringLiteral("variables"), variables}};
    if (!operationName.isEmpty())
        body.insert(QStringLiteral("operationName"), operationName);
    QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = nullptr;
    if (resend == Resend::Never) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, bytes.size());
        // Streamed, not buffered: a buffered copy would let Qt send it again.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new ReadOnceBody(std::move(bytes), nullptr);
        reply = m_network->post(request, body);
        body->setParent(reply);
    } else {
        reply = m_network->post(request, bytes);
    }
    return watch(reply, MaxGraphQLBytes, [done = std::move(done)](const ReplyFacts &facts) {
        done(ReplyInterpreter::graphql(facts));
    });
}

QNetworkReply *GraphQLTransport::get(const QUrl &url, qint64 maxBytes, MediaCallback done)
{
    QNetworkRequest request(url.isRelative() ? m_endpoint.baseUrl().resolved(url) : url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_endpoint.authorize(request);
    QNetworkReply *reply = m_network->get(request);
    return watch(reply, maxBytes, [done = std::move(done)](const ReplyFacts &facts) {
        done(ReplyInterpreter::media(facts));
    });
}

QNetworkReply *GraphQLTransport::watch(QNetworkReply *reply, qint64 maxBytes,
                                       std::function<void(const ReplyFacts &)> finished)
{
    // Cut off at the limit: said by Content-Length before anything is read,
    // else counted while it arrives (an endless body has no length).
    auto tooLarge = std::make_shared<bool>(false);
    const auto cutOff = [reply, tooLarge] {
        if (!std::exchange(*tooLarge, true))
            reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, maxBytes, cutOff] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes)
            cutOff();
    });
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [maxBytes, cutOff](qint64 received, qint64) {
                if (received > maxBytes)
                    cutOff();
            });
    // Our own timer rather than setTransferTimeout(): it bounds the whole
    // exchange, and it lets us tell a timeout from a cancellation.
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(m_timeout);
    // A certificate the user trusted for this server lets exactly its own
    // errors through; anything else fails the request with the chain attached.
    auto refused = std::make_shared<std::pair<QList<QSslError>, QList<QSslCertificate>>>();
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, reply, refused](const QList<QSslError> &errors) {
                if (m_endpoint.isSameOrigin(reply->url()) &&
                    CertificateTrust::allTrusted(errors, m_endpoint.trustedCertificates())) {
                    reply->ignoreSslErrors(errors);
                    return;
                }
                refused->first = errors;
                refused->second = reply->sslConfiguration().peerCertificateChain();
            });
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count());
    connect(
        reply, &QNetworkReply::finished, this,
        [reply, timedOut, seconds, refused, tooLarge, maxBytes, finished = std::move(finished)] {
            reply->deleteLater();
            ReplyFacts facts = ReplyFacts::fromReply(reply, *timedOut, seconds);
            if (*tooLarge)
                facts.tooLargeLimit = maxBytes;
            facts.sslErrors = refused->first;
            facts.peerChain = refused->second;
            finished(facts);
        });
    return reply;
}

} // namespace Stash
