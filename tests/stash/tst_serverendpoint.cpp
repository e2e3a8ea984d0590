// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "serverendpoint.h"

#include <QNetworkRequest>
#include <QTest>

using namespace Stash;

namespace {
QUrl url(const char *text)
{
    return QUrl(QLatin1String(text));
}
} // namespace

class TestServerEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeUrl_data();
    void normalizeUrl();
    void validity_data();
    void validity();
    void graphqlUrl_data();
    void graphqlUrl();
    void sameOrigin_data();
    void sameOrigin();
    void apiKeyOnlyForTheServer_data();
    void apiKeyOnlyForTheServer();
    void noKeyNoHeader();
    void mediaAddressesLandOnTheOwnOrigin_data();
    void mediaAddressesLandOnTheOwnOrigin();
};

void TestServerEndpoint::normalizeUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("host:port") << "localhost:9999" << url("http://localhost:9999");
    QTest::newRow("ip:port") << "127.0.0.1:9999" << url("http://127.0.0.1:9999");
    QTest::newRow("bare host") << "stash.lan" << url("http://stash.lan");
    QTest::newRow("http url") << "http://stash.lan:9999" << url("http://stash.lan:9999");
    QTest::newRow("https url") << "https://stash.example.org" << url("https://stash.example.org");
    QTest::newRow("trailing slash") << "http://stash.lan:9999/" << url("http://stash.lan:9999");
    QTest::newRow("graphql endpoint")
        << "http://stash.lan:9999/graphql" << url("http://stash.lan:9999");
    QTest::newRow("graphql endpoint slash")
        << "http://stash.lan:9999/graphql/" << url("http://stash.lan:9999");
    QTest::newRow("path prefix") << "https://proxy.example/stash/"
                                 << url("https://proxy.example/stash");
    QTest::newRow("path prefix graphql")
        << "https://proxy.example/stash/graphql" << url("https://proxy.example/stash");
    QTest::newRow("query and fragment dropped") << "http://h:1/?apikey=x#top" << url("http://h:1");
    QTest::newRow("whitespace") << "  http://h:1  " << url("http://h:1");
    QTest::newRow("host in capitals") << "http://Stash.LAN:9999" << url("http://stash.lan:9999");
    QTest::newRow("empty") << "" << QUrl();
    QTest::newRow("blank") << "   " << QUrl();
    QTest::newRow("scheme only") << "http://" << QUrl();
}

void TestServerEndpoint::normalizeUrl()
{
    QFETCH(QString, input);
    QFETCH(QUrl, expected);
    const QUrl got = ServerEndpoint::normalizeUrl(input);
    QCOMPARE(got, expected);
    if (!expected.isEmpty()) // normalising twice changes nothing
        QCOMPARE(ServerEndpoint::normalizeUrl(got.toString()), expected);
}

void TestServerEndpoint::validity_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<bool>("valid");
    QTest::newRow("http") << url("http://h:9999") << true;
    QTest::newRow("https") << url("https://h") << true;
    QTest::newRow("empty") << QUrl() << false;
    QTest::newRow("ftp") << url("ftp://h") << false;
    QTest::newRow("file") << url("file:///tmp/x") << false;
    QTest::newRow("relative") << url("/graphql") << false;
}

void TestServerEndpoint::validity()
{
    QFETCH(QUrl, base);
    QFETCH(bool, valid);
    QCOMPARE(ServerEndpoint(base).isValid(), valid);
}

void TestServerEndpoint::graphqlUrl_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("expected");
    QTest::newRow("root") << url("http://h:9999") << url("http://h:9999/graphql");
    QTest::newRow("prefix") << url("https://p.example/stash")
                            << url("https://p.example/stash/graphql");
    QTest::newRow("normalized input")
        << ServerEndpoint::normalizeUrl(QStringLiteral("h:9999/graphql/"))
        << url("http://h:9999/graphql");
}

void TestServerEndpoint::graphqlUrl()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, expected);
    QCOMPARE(ServerEndpoint(base).graphqlUrl(), expected);
}

void TestServerEndpoint::sameOrigin_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("target");
    QTest::addColumn<bool>("same");
    const QUrl base = url("http://stash.lan:9999");
    QTest::newRow("graphql") << base << url("http://stash.lan:9999/graphql") << true;
    QTest::newRow("thumbnail") << base << url("http://stash.lan:9999/image/1/thumbnail?t=5")
                               << true;
    QTest::newRow("host case") << base << url("http://STASH.lan:9999/image/1/image") << true;
    QTest::newRow("other port") << base << url("http://stash.lan:9998/image/1/image") << false;
    QTest::newRow("default port") << base << url("http://stash.lan/image/1/image") << false;
    QTest::newRow("other scheme") << base << url("https://stash.lan:9999/image/1/image") << false;
    QTest::newRow("other host") << base << url("http://cdn.example:9999/image/1/image") << false;
    QTest::newRow("suffix host") << base << url("http://stash.lan.evil.example:9999/x") << false;
    QTest::newRow("userinfo trick") << base << url("http://stash.lan:9999@evil.example/x") << false;
    QTest::newRow("explicit 80 = default") << url("http://h") << url("http://h:80/x") << true;
    QTest::newRow("explicit 443 = default") << url("https://h") << url("https://h:443/x") << true;
    QTest::newRow("443 on http is not default")
        << url("http://h") << url("http://h:443/x") << false;
    QTest::newRow("prefix does not matter")
        << url("https://p.example/stash") << url("https://p.example/other") << true;
}

void TestServerEndpoint::sameOrigin()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, target);
    QFETCH(bool, same);
    QCOMPARE(ServerEndpoint(base, QStringLiteral("k")).isSameOrigin(target), same);
}

void TestServerEndpoint::apiKeyOnlyForTheServer_data()
{
    sameOrigin_data();
}

void TestServerEndpoint::apiKeyOnlyForTheServer()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, target);
    QFETCH(bool, same);
    const ServerEndpoint endpoint(base, QStringLiteral("secret.jwt.key"));
    QNetworkRequest request(target);
    endpoint.authorize(request);
    QCOMPARE(request.hasRawHeader("ApiKey"), same);
    if (same)
        QCOMPARE(request.rawHeader("ApiKey"), QByteArray("secret.jwt.key"));
    // The key never leaks into the URL either.
    QVERIFY(!request.url().toString().contains(QStringLiteral("secret")));
}

void TestServerEndpoint::noKeyNoHeader()
{
    // Any non-empty wrong key is a 401 even on an open server: never send an empty one.
    const ServerEndpoint endpoint(url("http://h:9999"));
    QNetworkRequest request(url("http://h:9999/graphql"));
    endpoint.authorize(request);
    QVERIFY(!request.hasRawHeader("ApiKey"));
}

void TestServerEndpoint::mediaAddressesLandOnTheOwnOrigin_data()
{
    QTest::addColumn<QUrl>("base");
    QTest::addColumn<QUrl>("media");
    QTest::addColumn<QUrl>("loaded");
    // Stash behind a TLS proxy builds http:// addresses: never downgrade.
    QTest::newRow("https proxy, http address")
        << url("https://stash.example.org") << url("http://stash.example.org/image/1/thumbnail?t=5")
        << url("https://stash.example.org/image/1/thumbnail?t=5");
    QTest::newRow("another port of the host")
        << url("http://10.0.0.2:9999") << url("http://10.0.0.2:8080/image/1/image")
        << url("http://10.0.0.2:9999/image/1/image");
    QTest::newRow("external_host names another host")
        << url("http://192.168.1.5:9999") << url("https://stash.example.org/image/7/thumbnail")
        << url("http://192.168.1.5:9999/image/7/thumbnail");
    QTest::newRow("user info is dropped")
        << url("http://h:9999") << url("http://evil:pw@elsewhere/image/1/thumbnail")
        << url("http://h:9999/image/1/thumbnail");
    QTest::newRow("relative, under a path prefix")
        << url("https://h/stash/") << url("image/1/thumbnail")
        << url("https://h/stash/image/1/thumbnail");
    QTest::newRow("already on the origin")
        << url("http://h:9999") << url("http://h:9999/image/2/thumbnail")
        << url("http://h:9999/image/2/thumbnail");
}

void TestServerEndpoint::mediaAddressesLandOnTheOwnOrigin()
{
    QFETCH(QUrl, base);
    QFETCH(QUrl, media);
    QFETCH(QUrl, loaded);
    const ServerEndpoint endpoint(base, QStringLiteral("k"));
    const QUrl own = endpoint.onOwnOrigin(media);
    QCOMPARE(own, loaded);
    QVERIFY(endpoint.isSameOrigin(own));
}

QTEST_GUILESS_MAIN(TestServerEndpoint)
#include "tst_serverendpoint.moc"
