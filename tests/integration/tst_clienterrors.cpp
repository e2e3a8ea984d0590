// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// Every error kind of StashClient, provoked against a live tests/fake-stash.
#include "awaitfuture.h"
#include "fakestash.h"
#include "stashclient.h"
#include "verifyresult.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Stash;

namespace {

const QString kKey = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.test-key.signature");

QString describe(const Error &e)
{
    return QStringLiteral("[%1] %2 | %3").arg(e.kindName(), e.message(), e.detail());
}

} // namespace

#define QCOMPARE_KIND(result, expected)                                                            \
    do {                                                                                           \
        const auto &r_ = (result);                                                                 \
        QVERIFY2(!r_.ok(), "expected an error, got a value");                                      \
        QVERIFY2(r_.error().kind() == (expected), qPrintable(describe(r_.error())));               \
        QVERIFY(!r_.error().message().isEmpty());                                                  \
    } while (false)

class TestClientErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void unauthorizedWithoutKey();
    void unauthorizedWithWrongKey();
    void unauthorizedMedia();
    void keyNotSentToOtherHosts();
    void timeout();
    void transportClosedPort();
    void transportStoppedServer();
    void transportDroppedConnection();
    void lostAnswerOfAnOStepIsNotResent();
    void mediaOnlyOverHttp_data();
    void mediaOnlyOverHttp();
    void http500();
    void decodeMalformed();
    void graphqlInjected();
    void graphqlServerRefusal();
    void graphqlFailOperationAfter();
    void invalidInputSendsNothing_data();
    void invalidInputSendsNothing();
    void noEndpoint();
    void unsupportedCreateImage();
    void cancelAbortsTheRequest();
    void recoversAfterFaults();

private:
    int graphqlRequests();

    FakeStash m_server{{QStringLiteral("--images"), QStringLiteral("10")}};
    FakeStash m_secured{
        {QStringLiteral("--images"), QStringLiteral("3"), QStringLiteral("--api-key"), kKey}};
    StashClient m_client;
};

void TestClientErrors::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorText()));
    QVERIFY2(m_secured.start(), qPrintable(m_secured.errorText()));
    m_client.setEndpoint(ServerEndpoint(m_server.url()));
    QVERIFY_RESULT(awaitFuture(m_client.connectToServer()));
}

void TestClientErrors::init()
{
    QVERIFY(m_server.reset());
    m_client.setTimeout(std::chrono::seconds(10));
}

int TestClientErrors::graphqlRequests()
{
    return m_server.stats().value(QStringLiteral("graphqlRequests")).toInt(-1);
}

void TestClientErrors::unauthorizedWithoutKey()
{
    StashClient client;
    client.setEndpoint(ServerEndpoint(m_secured.url()));
    const auto r = awaitFuture(client.connectToServer());
    QCOMPARE_KIND(r, Error::Kind::Unauthorized);
    QVERIFY(r.error().message().contains(QStringLiteral("API key")));
    QCOMPARE_KIND(awaitFuture(client.findImage(QStringLiteral("1"))), Error::Kind::Unauthorized);

    // With the right key everything works.
    client.setEndpoint(ServerEndpoint(m_secured.url(), kKey));
    QVERIFY_RESULT(awaitFuture(client.connectToServer()));
    const auto found = awaitFuture(client.findImage(QStringLiteral("1")));
    QVERIFY_RESULT(found);
    QVERIFY(found.value().has_value());
}

void TestClientErrors::unauthorizedWithWrongKey()
{
    StashClient client;
    client.setEndpoint(ServerEndpoint(m_secured.url(), QStringLiteral("stale-key")));
    QCOMPARE_KIND(awaitFuture(client.connectToServer()), Error::Kind::Unauthorized);
    // Even a server without authentication refuses a wrong key.
    client.setEndpoint(ServerEndpoint(m_server.url(), QStringLiteral("stale-key")));
    QCOMPARE_KIND(awaitFuture(client.connectToServer()), Error::Kind::Unauthorized);
}

void TestClientErrors::unauthorizedMedia()
{
    // Learn a thumbnail URL with the key, then fetch it without.
    StashClient keyed;
    keyed.setEndpoint(ServerEndpoint(m_secured.url(), kKey));
    QVERIFY_RESULT(awaitFuture(keyed.connectToServer()));
    const auto found = awaitFuture(keyed.findImage(QStringLiteral("2")));
    QVERIFY_RESULT(found);
    QVERIFY(found.value().has_value());
    const QUrl thumbnail = found.value()->paths.thumbnail;
    QVERIFY(thumbnail.isValid());
    QVERIFY2(!thumbnail.toString().contains(kKey), "paths never carry the key");

    const auto withKey = awaitFuture(keyed.fetchMedia(thumbnail));
    QVERIFY_RESULT(withKey);
    QVERIFY(withKey.value().startsWith("\xFF\xD8"));

    StashClient anonymous;
    anonymous.setEndpoint(ServerEndpoint(m_secured.url()));
    const auto refused = awaitFuture(anonymous.fetchMedia(thumbnail));
    // A 302 to /login, not followed: Unauthorized rather than the login page's HTML as "bytes".
    QCOMPARE_KIND(refused, Error::Kind::Unauthorized);
    QCOMPARE(refused.error().httpStatus(), 302);
    const auto image = awaitFuture(anonymous.fetchMedia(found.value()->paths.image));
    QCOMPARE_KIND(image, Error::Kind::Unauthorized);
}

void TestClientErrors::keyNotSentToOtherHosts()
{
    // A media address on another origin (another port that listens, and
    // "localhost" for 127.0.0.1) is loaded from the configured server instead:
    // nothing, and surely not the key, goes anywhere else.
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
    int knocks = 0;
    connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = elsewhere.nextPendingConnection()) {
            ++knocks;
            socket->abort();
        }
    });
    StashClient client;
    client.setEndpoint(ServerEndpoint(m_secured.url(), kKey));
    QUrl otherPort(QStringLiteral("http://127.0.0.1/image/1/thumbnail"));
    otherPort.setPort(elsewhere.serverPort());
    QUrl otherHost = m_secured.url();
    otherHost.setHost(QStringLiteral("localhost"));
    otherHost.setPath(QStringLiteral("/image/1/thumbnail"));
    for (const QUrl &address : {otherPort, otherHost}) {
        const auto r = awaitFuture(client.fetchMedia(address));
        QVERIFY2(r.ok(), qPrintable(address.toString()));
        QVERIFY(r.value().startsWith("\xFF\xD8")); // the secured server's thumbnail, with the key
    }
    QCoreApplication::processEvents();
    QCOMPARE(knocks, 0);
}

void TestClientErrors::timeout()
{
    QVERIFY(m_server.control({{QStringLiteral("latencyMs"), 3000}}));
    m_client.setTimeout(std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    const auto r = awaitFuture(m_client.findImages(FindFilter()));
    QCOMPARE_KIND(r, Error::Kind::Timeout);
    QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE_KIND(awaitFuture(m_client.fetchMedia(QUrl(QStringLiteral("/image/1/thumbnail")))),
                  Error::Kind::Timeout);
    QVERIFY(m_server.control({{QStringLiteral("latencyMs"), 0}}));
}

void TestClientErrors::transportClosedPort()
{
    // A port that was free a moment ago: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    StashClient client;
    QUrl url(QStringLiteral("http://127.0.0.1"));
    url.setPort(port);
    client.setEndpoint(ServerEndpoint(url));
    const auto r = awaitFuture(client.connectToServer());
    QCOMPARE_KIND(r, Error::Kind::Transport);
    QVERIFY(!r.error().detail().isEmpty()); // Qt's own words
    QCOMPARE_KIND(awaitFuture(client.fetchMedia(QUrl(QStringLiteral("/image/1/thumbnail")))),
                  Error::Kind::Transport);
}

void TestClientErrors::transportStoppedServer()
{
    FakeStash doomed({QStringLiteral("--images"), QStringLiteral("2")});
    QVERIFY2(doomed.start(), qPrintable(doomed.errorText()));
    StashClient client;
    client.setEndpoint(ServerEndpoint(doomed.url()));
    QVERIFY_RESULT(awaitFuture(client.connectToServer()));
    doomed.stop();
    QCOMPARE_KIND(awaitFuture(client.findImage(QStringLiteral("1"))), Error::Kind::Transport);
}

void TestClientErrors::transportDroppedConnection()
{
    // QNetworkAccessManager resends a request once when a kept-alive connection
    // closes without an answer, so drop more than one in a row.
    QVERIFY(m_server.control({{QStringLiteral("dropNext"), 5}}));
    QCOMPARE_KIND(awaitFuture(m_client.findImage(QStringLiteral("1"))), Error::Kind::Transport);
    QVERIFY(m_server.control({{QStringLiteral("dropNext"), 0}}));
    QVERIFY_RESULT(awaitFuture(m_client.findImage(QStringLiteral("1"))));
}

void TestClientErrors::lostAnswerOfAnOStepIsNotResent()
{
    // Qt resends a POST by itself when a kept-alive connection closes before the
    // answer; for a counter that would count twice, unseen. The server counts this
    // step and drops the answer: the client must say so, not count it again.
    QVERIFY_RESULT(awaitFuture(m_client.findImage(QStringLiteral("2")))); // a kept-alive connection
    const int before = awaitFuture(m_client.findImage(QStringLiteral("2"))).value()->oCounter;
    QVERIFY(m_server.control({{QStringLiteral("dropAfterNext"), 1}}));
    const auto step = awaitFuture(m_client.incrementO(QStringLiteral("2")));
    QVERIFY(!step.ok());
    QCOMPARE(awaitFuture(m_client.findImage(QStringLiteral("2"))).value()->oCounter, before + 1);
    // An update (absolute values) may still be resent: it changes nothing twice.
    QVERIFY(m_server.control({{QStringLiteral("dropAfterNext"), 1}}));
    ImageUpdate update;
    update.id = QStringLiteral("2");
    update.title = QStringLiteral("Resent is fine");
    QVERIFY_RESULT(awaitFuture(m_client.updateImage(update)));
}

void TestClientErrors::mediaOnlyOverHttp_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("local file") << QUrl(QStringLiteral("file:///etc/hostname"));
    QTest::newRow("data") << QUrl(QStringLiteral("data:image/png;base64,iVBORw0KGgo="));
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://127.0.0.1/x.jpg"));
    QTest::newRow("qrc") << QUrl(QStringLiteral("qrc:/i18n/tessera_de.qm"));
}

void TestClientErrors::mediaOnlyOverHttp()
{
    // A media URL comes from the server: it must never open something local.
    QFETCH(QUrl, url);
    const auto r = awaitFuture(m_client.fetchMedia(url));
    QCOMPARE_KIND(r, Error::Kind::InvalidInput);
    QVERIFY2(r.error().message().contains(QStringLiteral("http")), qPrintable(r.error().message()));
}

void TestClientErrors::http500()
{
    QVERIFY(m_server.control({{QStringLiteral("failNext"), 1}}));
    const auto r = awaitFuture(m_client.findImages(FindFilter()));
    // The injected 500 carries a JSON errors list: still a server failure (Http),
    // with the status and the server's words kept.
    QCOMPARE_KIND(r, Error::Kind::Http);
    QCOMPARE(r.error().httpStatus(), 500);
    QVERIFY2(r.error().detail().contains(QStringLiteral("injected HTTP 500")),
             qPrintable(describe(r.error())));
    QCOMPARE(m_server.stats()
                 .value(QStringLiteral("injected"))
                 .toObject()
                 .value(QStringLiteral("fail"))
                 .toInt(),
             1);
}

void TestClientErrors::decodeMalformed()
{
    QVERIFY(m_server.control({{QStringLiteral("malformedNext"), 1}}));
    const auto r = awaitFuture(m_client.findImages(FindFilter()));
    QCOMPARE_KIND(r, Error::Kind::Decode);
    QVERIFY(r.error().detail().contains(QStringLiteral("findImages"))); // an excerpt of the body
}

void TestClientErrors::graphqlInjected()
{
    QVERIFY(m_server.control({{QStringLiteral("graphqlErrorNext"), 1}}));
    const auto r = awaitFuture(m_client.incrementO(QStringLiteral("1")));
    QCOMPARE_KIND(r, Error::Kind::GraphQL);
    QVERIFY2(r.error().message().contains(QStringLiteral("injected failure")),
             qPrintable(describe(r.error())));
    QCOMPARE(r.error().httpStatus(), 200);
}

void TestClientErrors::graphqlServerRefusal()
{
    ImageUpdate update;
    update.id = QStringLiteral("999999");
    update.title = QStringLiteral("nobody");
    const auto r = awaitFuture(m_client.updateImage(update));
    QCOMPARE_KIND(r, Error::Kind::GraphQL);
    QVERIFY2(r.error().message().contains(QStringLiteral("999999")),
             qPrintable(describe(r.error())));

    // All or nothing: a bulk update naming an unknown image changes nothing.
    BulkImageUpdate bulk;
    bulk.ids = {QStringLiteral("1"), QStringLiteral("999999")};
    bulk.title = QStringLiteral("half done?");
    QCOMPARE_KIND(awaitFuture(m_client.bulkUpdateImages(bulk)), Error::Kind::GraphQL);
    const auto one = awaitFuture(m_client.findImage(QStringLiteral("1")));
    QVERIFY_RESULT(one);
    QVERIFY(one.value()->title != QStringLiteral("half done?"));
}

void TestClientErrors::graphqlFailOperationAfter()
{
    QVERIFY(m_server.control({{QStringLiteral("failOperation"), QStringLiteral("imageUpdate")},
                              {QStringLiteral("failOperationAfter"), 1}}));
    ImageUpdate update;
    update.id = QStringLiteral("2");
    update.rating100 = 40;
    QVERIFY_RESULT(awaitFuture(m_client.updateImage(update))); // the first one passes
    update.rating100 = 60;
    QCOMPARE_KIND(awaitFuture(m_client.updateImage(update)), Error::Kind::GraphQL);
    // Other operations are unaffected.
    const auto read = awaitFuture(m_client.findImage(QStringLiteral("2")));
    QVERIFY_RESULT(read);
    QCOMPARE(read.value()->rating100, std::optional(40));
}

void TestClientErrors::invalidInputSendsNothing_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("findImage abc") << 0;
    QTest::newRow("findImage empty") << 1;
    QTest::newRow("findImageByChecksum empty") << 2;
    QTest::newRow("findImages bad sort") << 3;
    QTest::newRow("updateImage rating 101") << 4;
    QTest::newRow("updateImage bad date") << 5;
    QTest::newRow("updateImage organized null") << 6;
    QTest::newRow("bulk without ids") << 7;
    QTest::newRow("bulk bad tag id") << 8;
    QTest::newRow("destroyImages nothing") << 9;
    QTest::newRow("incrementO bad id") << 10;
    QTest::newRow("createTag blank") << 11;
    QTest::newRow("fetchMedia empty url") << 12;
}

void TestClientErrors::invalidInputSendsNothing()
{
    QFETCH(int, which);
    const int before = graphqlRequests();
    const int thumbnailsBefore =
        m_server.stats().value(QStringLiteral("thumbnailRequests")).toInt(-1);
    QVERIFY(before >= 0);
    Error::Kind kind = Error::Kind::Canceled;
    auto take = [&kind](const auto &result) {
        kind = result.ok() ? Error::Kind::Canceled : result.error().kind();
        if (result.ok())
            qWarning("unexpectedly accepted");
    };
    ImageUpdate update;
    update.id = QStringLiteral("1");
    BulkImageUpdate bulk;
    switch (which) {
    case 0:
        take(awaitFuture(m_client.findImage(QStringLiteral("abc"))));
        break;
    case 1:
        take(awaitFuture(m_client.findImage(QString())));
        break;
    case 2:
        take(awaitFuture(m_client.findImageByChecksum(QStringLiteral("  "))));
        break;
    case 3: {
        FindFilter f;
        f.sort = QStringLiteral("name");
        take(awaitFuture(m_client.findImages(f)));
        break;
    }
    case 4:
        update.rating100 = 101;
        take(awaitFuture(m_client.updateImage(update)));
        break;
    case 5:
        update.date = QStringLiteral("2024-02-30");
        take(awaitFuture(m_client.updateImage(update)));
        break;
    case 6:
        update.organized = Tristate<bool>::null();
        take(awaitFuture(m_client.updateImage(update)));
        break;
    case 7:
        bulk.title = QStringLiteral("x");
        take(awaitFuture(m_client.bulkUpdateImages(bulk)));
        break;
    case 8:
        bulk.ids = {QStringLiteral("1")};
        bulk.tagIds = BulkList{BulkMode::Add, {QStringLiteral("sky")}};
        take(awaitFuture(m_client.bulkUpdateImages(bulk)));
        break;
    case 9:
        take(awaitFuture(m_client.destroyImages(ImageDestroy())));
        break;
    case 10:
        take(awaitFuture(m_client.incrementO(QStringLiteral("1; DROP"))));
        break;
    case 11:
        take(awaitFuture(m_client.createTag(QString())));
        break;
    case 12:
        take(awaitFuture(m_client.fetchMedia(QUrl())));
        break;
    }
    QCOMPARE(kind, Error::Kind::InvalidInput);
    QCOMPARE(graphqlRequests(), before);
    QCOMPARE(m_server.stats().value(QStringLiteral("thumbnailRequests")).toInt(-1),
             thumbnailsBefore);
}

void TestClientErrors::noEndpoint()
{
    StashClient client;
    QCOMPARE_KIND(awaitFuture(client.connectToServer()), Error::Kind::InvalidInput);
    client.setEndpoint(ServerEndpoint(QUrl(QStringLiteral("ftp://127.0.0.1"))));
    QCOMPARE_KIND(awaitFuture(client.findImage(QStringLiteral("1"))), Error::Kind::InvalidInput);
}

void TestClientErrors::unsupportedCreateImage()
{
    QVERIFY(!m_client.serverInfo()->capabilities.supportsImageCreate());
    const int before = graphqlRequests();
    ImageCreate input;
    input.title = QStringLiteral("a fine title");
    const auto r = awaitFuture(m_client.createImage(input));
    QCOMPARE_KIND(r, Error::Kind::Unsupported);
    QVERIFY2(r.error().message().contains(QStringLiteral("scan")), qPrintable(r.error().message()));
    QCOMPARE(graphqlRequests(), before);
    QVERIFY(!m_server.stats()
                 .value(QStringLiteral("operations"))
                 .toObject()
                 .contains(QStringLiteral("CreateImage")));

    // Without connecting first the client cannot know: it refuses too, and sends nothing.
    StashClient fresh;
    fresh.setEndpoint(ServerEndpoint(m_server.url()));
    QVERIFY(!awaitFuture(fresh.createImage(input)).ok());
    QCOMPARE(graphqlRequests(), before);
}

void TestClientErrors::cancelAbortsTheRequest()
{
    QVERIFY(m_server.control({{QStringLiteral("latencyMs"), 4000}}));
    QElapsedTimer timer;
    timer.start();
    QFuture<Result<FindImagesResult>> future = m_client.findImages(FindFilter());
    QTest::qWait(150); // the request is on the wire
    QVERIFY(!future.isFinished());
    future.cancel();
    QVERIFY2(waitForFinished(future, 2000), "cancel did not abort the request");
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);

    // Media too.
    timer.restart();
    QFuture<Result<QByteArray>> media =
        m_client.fetchMedia(QUrl(QStringLiteral("/image/1/thumbnail")));
    QTest::qWait(150);
    media.cancel();
    QVERIFY2(waitForFinished(media, 2000), "cancel did not abort the media request");
    QVERIFY(timer.elapsed() < 3000);
    QVERIFY(media.isCanceled());
    QVERIFY(m_server.control({{QStringLiteral("latencyMs"), 0}}));
}

void TestClientErrors::recoversAfterFaults()
{
    // One of each fault in a row, then a normal call: no state is left behind.
    QVERIFY(m_server.control({{QStringLiteral("failNext"), 1}}));
    QVERIFY(!awaitFuture(m_client.findImage(QStringLiteral("1"))).ok());
    QVERIFY(m_server.control({{QStringLiteral("malformedNext"), 1}}));
    QVERIFY(!awaitFuture(m_client.findImage(QStringLiteral("1"))).ok());
    QVERIFY(m_server.control({{QStringLiteral("dropNext"), 5}}));
    QVERIFY(!awaitFuture(m_client.findImage(QStringLiteral("1"))).ok());
    QVERIFY(m_server.control({{QStringLiteral("dropNext"), 0}}));
    const auto ok = awaitFuture(m_client.findImage(QStringLiteral("1")));
    QVERIFY_RESULT(ok);
    QVERIFY(ok.value().has_value());
    QCOMPARE(ok.value()->id, QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestClientErrors)
#include "tst_clienterrors.moc"
