// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "awaitfuture.h"
#include "serverendpoint.h"
#include "stashclient.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Stash;

namespace {

/// A small hostile HTTP server on 127.0.0.1: it answers every request with
/// 200 and a body that never ends (no Content-Length), or with a
/// Content-Length far above anything real. Counts the bytes it sent.
class HostileServer : public QObject
{
public:
    enum class Mode { Endless, HugeLength };

    explicit HostileServer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    qint64 sent() const { return m_sent; }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            socket->readAll();
            if (socket->property("answered").toBool())
                return;
            socket->setProperty("answered", true);
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
            head += m_mode == Mode::HugeLength ? "Content-Length: 10000000000\r\n\r\n"
                                               : "Connection: close\r\n\r\n";
            socket->write(head);
            socket->write("{\"data\":{\"x\":\"");
            auto *pump = new QTimer(socket);
            connect(pump, &QTimer::timeout, socket, [this, socket] {
                // Keep the pipe full, never ending. Once the client has cut
                // the connection, write() fails and nothing more is queued:
                // without that check this loop would spin for ever between
                // the disconnect and the socket's deferred deletion.
                const QByteArray block(256 * 1024, 'a');
                while (socket->state() == QAbstractSocket::ConnectedState &&
                       socket->bytesToWrite() < 4 * 1024 * 1024) {
                    const qint64 written = socket->write(block);
                    if (written <= 0)
                        return;
                    m_sent += written;
                }
            });
            pump->start(1);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    Mode m_mode;
    QTcpServer m_server;
    qint64 m_sent = 0;
};

} // namespace

/// An answer that never ends, or one that says it is 10 GB, is cut off at a
/// limit far above anything real with a clear message, and memory stays
/// bounded (issue 12, item 1).
class tst_HostileAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endlessGraphQLAnswerIsCutOff();
    void endlessImageIsCutOff();
    void hugeThumbnailLengthIsRefusedBeforeReading();
};

void tst_HostileAnswers::endlessGraphQLAnswerIsCutOff()
{
    HostileServer server(HostileServer::Mode::Endless);
    QVERIFY(server.listen());
    StashClient client;
    client.setEndpoint(ServerEndpoint(server.url()));
    client.setTimeout(std::chrono::seconds(60)); // the limit, not the timer, must end it
    QElapsedTimer clock;
    clock.start();
    const Result<QJsonObject> answer = awaitFuture(
        client.send(QStringLiteral("FindImage"), {{QStringLiteral("id"), QStringLiteral("1")}}),
        60000);
    QVERIFY(!answer.ok());
    QCOMPARE(answer.error().kind(), Error::Kind::Decode);
    QVERIFY2(answer.error().message().contains(QStringLiteral("64 MB")),
             qPrintable(answer.error().message()));
    QVERIFY2(clock.elapsed() < 30000, "cut off by the size limit, not a timer");
    // It read about the limit, not gigabytes.
    QVERIFY(server.sent() < 256LL * 1024 * 1024);
}

void tst_HostileAnswers::endlessImageIsCutOff()
{
    HostileServer server(HostileServer::Mode::Endless);
    QVERIFY(server.listen());
    StashClient client;
    client.setEndpoint(ServerEndpoint(server.url()));
    client.setTimeout(std::chrono::seconds(60));
    const Result<QByteArray> thumbnail = awaitFuture(
        client.fetchMedia(server.url().resolved(QUrl(QStringLiteral("/image/1/thumbnail"))),
                          StashClient::Media::Thumbnail),
        60000);
    QVERIFY(!thumbnail.ok());
    QVERIFY2(thumbnail.error().message().contains(QStringLiteral("8 MB")),
             qPrintable(thumbnail.error().message()));
}

void tst_HostileAnswers::hugeThumbnailLengthIsRefusedBeforeReading()
{
    HostileServer server(HostileServer::Mode::HugeLength);
    QVERIFY(server.listen());
    StashClient client;
    client.setEndpoint(ServerEndpoint(server.url()));
    QElapsedTimer clock;
    clock.start();
    const Result<QByteArray> thumbnail = awaitFuture(
        client.fetchMedia(server.url().resolved(QUrl(QStringLiteral("/image/1/thumbnail"))),
                          StashClient::Media::Thumbnail),
        60000);
    QVERIFY(!thumbnail.ok());
    QCOMPARE(thumbnail.error().kind(), Error::Kind::Decode);
    QVERIFY2(thumbnail.error().message().contains(QStringLiteral("8 MB")),
             qPrintable(thumbnail.error().message()));
    QVERIFY(clock.elapsed() < 10000);
}

QTEST_GUILESS_MAIN(tst_HostileAnswers)
#include "tst_hostileanswers.moc"
