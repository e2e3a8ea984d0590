// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// Username/password login (SessionLogin, StashClient::login) against a live
// tests/fake-stash, with both the v0.29+ (200/401) and the v0.26.2 (302/200 HTML) answers.
#include "awaitfuture.h"
#include "fakestash.h"
#include "sessionlogin.h"
#include "stashclient.h"
#include "verifyresult.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Stash;

namespace {

const QString kUser = QStringLiteral("admin");
// Characters a careless form encoder breaks: '+' (space), '&' and '=' (field ends), non-ASCII.
const QString kPassword = QStringLiteral("p+ss&w=rd ü%");

std::unique_ptr<FakeStash> startServer(const QString &version)
{
    auto server = std::make_unique<FakeStash>(QStringList{
        QStringLiteral("--images"), QStringLiteral("5"), QStringLiteral("--stash-version"), version,
        QStringLiteral("--username"), kUser, QStringLiteral("--password"), kPassword});
    if (!server->start())
        qWarning("fake-stash did not start: %s", qPrintable(server->errorText()));
    return server;
}

} // namespace

class TestSessionLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formBodyEncodesEveryField();
    void loginThenUseTheSession_data();
    void loginThenUseTheSession();
    void wrongPassword_data();
    void wrongPassword();
    void cookieStaysWithItsServer();
    void clientSendsTheCookieToItsOriginOnly();
    void unreachableServer();
    void invalidInput();
};

void TestSessionLogin::formBodyEncodesEveryField()
{
    const QByteArray body =
        SessionLogin::formBody(QStringLiteral("a b"), QStringLiteral("x+y&z=1"));
    QCOMPARE(body, QByteArray("username=a%20b&password=x%2By%26z%3D1&returnURL=%2F"));
}

void TestSessionLogin::loginThenUseTheSession_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("0.30.1 (200 + cookie)") << QStringLiteral("0.30.1");
    QTest::newRow("0.26.2 (302 + cookie)") << QStringLiteral("0.26.2");
}

void TestSessionLogin::loginThenUseTheSession()
{
    QFETCH(QString, version);
    auto server = startServer(version);
    QVERIFY(!server->url().isEmpty());

    StashClient client;
    client.setEndpoint(ServerEndpoint(server->url()));
    client.setTimeout(std::chrono::seconds(10));
    // Without the session the server refuses.
    const auto before = awaitFuture(client.connectToServer());
    QVERIFY(!before.ok());
    QCOMPARE(before.error().kind(), Error::Kind::Unauthorized);

    QVERIFY_RESULT(awaitFuture(client.login(kUser, kPassword)));
    const auto info = awaitFuture(client.connectToServer());
    QVERIFY_RESULT(info);
    QCOMPARE(info.value().version.startsWith(QStringLiteral("v") + version) ||
                 info.value().version.startsWith(version),
             true);
    const auto image = awaitFuture(client.findImage(QStringLiteral("1")));
    QVERIFY_RESULT(image);
    QVERIFY(image.value().has_value());
    // Media requests carry the cookie too (unauthenticated ones get a 302 to /login).
    const auto thumbnail = awaitFuture(client.fetchMedia(image.value()->paths.thumbnail));
    QVERIFY_RESULT(thumbnail);
    QVERIFY(thumbnail.value().startsWith("\xff\xd8")); // JPEG
}

void TestSessionLogin::wrongPassword_data()
{
    loginThenUseTheSession_data();
}

void TestSessionLogin::wrongPassword()
{
    QFETCH(QString, version);
    auto server = startServer(version);
    QVERIFY(!server->url().isEmpty());

    StashClient client;
    client.setEndpoint(ServerEndpoint(server->url()));
    const auto refused = awaitFuture(client.login(kUser, QStringLiteral("guess")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), Error::Kind::Unauthorized);
    QVERIFY2(refused.error().message().contains(QStringLiteral("username or password"),
                                                Qt::CaseInsensitive),
             qPrintable(refused.error().message()));
    QVERIFY(!refused.error().message().contains(QStringLiteral("guess")));
    const auto unknownUser = awaitFuture(client.login(QStringLiteral("nobody"), kPassword));
    QVERIFY(!unknownUser.ok());
    QCOMPARE(unknownUser.error().kind(), Error::Kind::Unauthorized);
    QVERIFY(client.network()->cookieJar()->cookiesForUrl(server->url()).isEmpty());
    // Still refused afterwards: no session was made.
    const auto info = awaitFuture(client.connectToServer());
    QVERIFY(!info.ok());
    QCOMPARE(info.error().kind(), Error::Kind::Unauthorized);
}

void TestSessionLogin::cookieStaysWithItsServer()
{
    auto server = startServer(QStringLiteral("0.30.1"));
    QVERIFY(!server->url().isEmpty());
    QNetworkAccessManager network;
    QVERIFY_RESULT(awaitFuture(
        SessionLogin::login(&network, ServerEndpoint(server->url()), kUser, kPassword)));

    const QList<QNetworkCookie> mine = network.cookieJar()->cookiesForUrl(server->url());
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().name(), QByteArray("session"));
    QUrl other = server->url();
    other.setHost(QStringLiteral("localhost")); // the same machine, another origin
    QVERIFY(network.cookieJar()->cookiesForUrl(other).isEmpty());
    QVERIFY(
        network.cookieJar()->cookiesForUrl(QUrl(QStringLiteral("http://example.org/"))).isEmpty());
}

void TestSessionLogin::clientSendsTheCookieToItsOriginOnly()
{
    // Issue 12, item 4: another port of the same host, or the same host and
    // port over another scheme, never gets the session cookie.
    auto server = startServer(QStringLiteral("0.30.1"));
    QVERIFY(!server->url().isEmpty());
    StashClient client;
    client.setEndpoint(ServerEndpoint(server->url()));
    QVERIFY_RESULT(awaitFuture(client.login(kUser, kPassword)));
    QNetworkCookieJar *jar = client.network()->cookieJar();
    QCOMPARE(jar->cookiesForUrl(server->url().resolved(QUrl(QStringLiteral("/graphql")))).size(),
             1);
    QUrl otherPort = server->url();
    otherPort.setPort(server->url().port() == 1 ? 2 : 1);
    QVERIFY(jar->cookiesForUrl(otherPort).isEmpty());
    QUrl otherScheme = server->url();
    otherScheme.setScheme(QStringLiteral("https"));
    QVERIFY(jar->cookiesForUrl(otherScheme).isEmpty());
    // A cookie offered by another origin is not kept either.
    QVERIFY(!jar->setCookiesFromUrl({QNetworkCookie("session", "planted")}, otherPort));
    // A change of server forgets it.
    client.clearCookies();
    QVERIFY(jar->cookiesForUrl(server->url()).isEmpty());
}

void TestSessionLogin::unreachableServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QNetworkAccessManager network;
    const auto r = awaitFuture(SessionLogin::login(
        &network, ServerEndpoint(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))), kUser,
        kPassword));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::Transport);
    QVERIFY(!r.error().message().contains(kPassword));
}

void TestSessionLogin::invalidInput()
{
    QNetworkAccessManager network;
    const auto noServer =
        awaitFuture(SessionLogin::login(&network, ServerEndpoint(), kUser, kPassword));
    QVERIFY(!noServer.ok());
    QCOMPARE(noServer.error().kind(), Error::Kind::InvalidInput);
    const auto noUser = awaitFuture(
        SessionLogin::login(&network, ServerEndpoint(QUrl(QStringLiteral("http://127.0.0.1:1"))),
                            QString(), kPassword));
    QVERIFY(!noUser.ok());
    QCOMPARE(noUser.error().kind(), Error::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestSessionLogin)
#include "tst_sessionlogin.moc"
