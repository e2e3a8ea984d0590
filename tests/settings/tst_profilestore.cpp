// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "memorysecretstore.h"
#include "settingsisolation.h"
#include "profilestore.h"
#include "settingssecretstore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Tessera;

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void startsEmpty();
    void addAndRead_data();
    void addAndRead();
    void update();
    void remove();
    void active();
    void findByUrl();
    void migratesServerUrl();
    void noMigrationWithoutServerUrl();
    void perProfileSettingsGroup();
    void settingsSecretStore();
    void memorySecretStore();

private:
    static ServerProfile make(const QString &name, const QString &url,
                              ServerProfile::Auth auth = ServerProfile::Auth::None);
};

void TestProfileStore::initTestCase()
{
    TestSettings::isolate(QStringLiteral("TesseraSettingsTests"),
                          QStringLiteral("tst_profilestore"));
}

void TestProfileStore::init()
{
    TestSettings::clear();
}

ServerProfile TestProfileStore::make(const QString &name, const QString &url,
                                     ServerProfile::Auth auth)
{
    ServerProfile p;
    p.name = name;
    p.url = QUrl(url);
    p.auth = auth;
    if (auth == ServerProfile::Auth::Password)
        p.username = QStringLiteral("admin");
    return p;
}

void TestProfileStore::startsEmpty()
{
    ProfileStore store;
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.activeId().isEmpty());
    QVERIFY(!store.active());
    QVERIFY(ProfileStore::settingsGroup().isEmpty());
}

void TestProfileStore::addAndRead_data()
{
    QTest::addColumn<int>("auth");
    QTest::newRow("none") << int(ServerProfile::Auth::None);
    QTest::newRow("api key") << int(ServerProfile::Auth::ApiKey);
    QTest::newRow("password") << int(ServerProfile::Auth::Password);
}

void TestProfileStore::addAndRead()
{
    QFETCH(int, auth);
    ProfileStore store;
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const ServerProfile wanted = make(
        QStringLiteral("Home"), QStringLiteral("http://nas.local:9999"), ServerProfile::Auth(auth));
    const QString id = store.add(wanted);
    QVERIFY(!id.isEmpty());
    QCOMPARE(changed.size(), 1);

    // A second store (the next run) reads the same.
    ProfileStore again;
    const auto read = again.profile(id);
    QVERIFY(read);
    QCOMPARE(read->name, wanted.name);
    QCOMPARE(read->url, wanted.url);
    QCOMPARE(read->auth, wanted.auth);
    QCOMPARE(read->username, wanted.username);
    QVERIFY(read->isValid());
    QCOMPARE(read->secretKey(), QStringLiteral("profile:") + id);
    // Nothing secret is in the settings file.
    QSettings settings;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys)
        QVERIFY2(!key.contains(QStringLiteral("secret")) &&
                     !key.contains(QStringLiteral("password")),
                 qPrintable(key));
}

void TestProfileStore::update()
{
    ProfileStore store;
    const QString id = store.add(make(QStringLiteral("A"), QStringLiteral("http://a:9999")));
    ServerProfile p = *store.profile(id);
    p.name = QStringLiteral("Renamed");
    p.auth = ServerProfile::Auth::Password;
    p.username = QStringLiteral("me");
    QVERIFY(store.update(p));
    QCOMPARE(*store.profile(id), p);
    // Back to an API key: the username goes.
    p.auth = ServerProfile::Auth::ApiKey;
    QVERIFY(store.update(p));
    QVERIFY(store.profile(id)->username.isEmpty());

    ServerProfile unknown = p;
    unknown.id = QStringLiteral("no-such-id");
    QVERIFY(!store.update(unknown));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::remove()
{
    ProfileStore store;
    const QString a = store.add(make(QStringLiteral("A"), QStringLiteral("http://a:9999")));
    const QString b = store.add(make(QStringLiteral("B"), QStringLiteral("http://b:9999")));
    const QString c = store.add(make(QStringLiteral("C"), QStringLiteral("http://c:9999")));
    store.setActiveId(b);
    {
        ProfileSettings prefs;
        prefs.setValue(QStringLiteral("grid/zoomLevel"), 4);
    }
    QSignalSpy active(&store, &ProfileStore::activeChanged);
    QVERIFY(store.remove(b));
    QVERIFY(!store.remove(b));
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().at(0).id, a);
    QCOMPARE(store.profiles().at(1).id, c);
    QVERIFY(store.activeId().isEmpty());
    QCOMPARE(active.size(), 1);
    // Its preferences went with it.
    QVERIFY(!QSettings().contains(ProfileStore::settingsGroupFor(b) +
                                  QStringLiteral("/grid/zoomLevel")));
}

void TestProfileStore::active()
{
    ProfileStore store;
    QSignalSpy active(&store, &ProfileStore::activeChanged);
    const QString a = store.add(make(QStringLiteral("A"), QStringLiteral("http://a:9999")));
    // The first profile becomes active by itself.
    QCOMPARE(store.activeId(), a);
    QCOMPARE(active.size(), 1);
    const QString b = store.add(make(QStringLiteral("B"), QStringLiteral("http://b:9999")));
    QCOMPARE(store.activeId(), a);
    store.setActiveId(b);
    QCOMPARE(store.activeId(), b);
    QCOMPARE(store.active()->name, QStringLiteral("B"));
    QCOMPARE(active.size(), 2);
    store.setActiveId(b); // no change, no signal
    QCOMPARE(active.size(), 2);
    store.setActiveId(QStringLiteral("unknown"));
    QVERIFY(store.activeId().isEmpty());
    QCOMPARE(ProfileStore().activeId(), QString());
    store.setActiveId(a);
    QCOMPARE(ProfileStore().activeId(), a);
}

void TestProfileStore::findByUrl()
{
    ProfileStore store;
    const QString a = store.add(make(QStringLiteral("A"), QStringLiteral("http://nas.local:9999")));
    QCOMPARE(store.findByUrl(QUrl(QStringLiteral("http://NAS.local:9999/")))->id, a);
    QVERIFY(!store.findByUrl(QUrl(QStringLiteral("http://nas.local:9998"))));
    QVERIFY(!store.findByUrl(QUrl(QStringLiteral("https://nas.local:9999"))));
}

void TestProfileStore::migratesServerUrl()
{
    {
        QSettings old;
        old.setValue(QStringLiteral("server/url"), QUrl(QStringLiteral("http://nas.local:9999")));
        old.setValue(QStringLiteral("grid/zoomLevel"), 3);
        old.setValue(QStringLiteral("grid/sort"), QStringLiteral("rating"));
        old.setValue(QStringLiteral("viewer/advanceAfterRating"), true);
        old.beginWriteArray(QStringLiteral("bulk/favoriteTags"), 1);
        old.setArrayIndex(0);
        old.setValue(QStringLiteral("id"), QStringLiteral("42"));
        old.endArray();
        old.setValue(QStringLiteral("window/geometry"), QByteArray("geometry"));
        old.setValue(QStringLiteral("bulk/confirmThreshold"), 7);
    }
    ProfileStore store;
    QCOMPARE(store.profiles().size(), 1);
    const ServerProfile p = store.profiles().first();
    QCOMPARE(p.url, QUrl(QStringLiteral("http://nas.local:9999")));
    QCOMPARE(p.name, QStringLiteral("nas.local"));
    QCOMPARE(p.auth, ServerProfile::Auth::ApiKey);
    QCOMPARE(store.activeId(), p.id);

    QSettings settings;
    QVERIFY(!settings.contains(QStringLiteral("server/url")));
    // The server's preferences moved into the profile; the window's stayed put.
    QVERIFY(!settings.contains(QStringLiteral("grid/zoomLevel")));
    ProfileSettings prefs;
    QCOMPARE(prefs.value(QStringLiteral("grid/zoomLevel")).toInt(), 3);
    QCOMPARE(prefs.value(QStringLiteral("grid/sort")).toString(), QStringLiteral("rating"));
    QCOMPARE(prefs.value(QStringLiteral("viewer/advanceAfterRating")).toBool(), true);
    QCOMPARE(prefs.beginReadArray(QStringLiteral("bulk/favoriteTags")), 1);
    prefs.setArrayIndex(0);
    QCOMPARE(prefs.value(QStringLiteral("id")).toString(), QStringLiteral("42"));
    prefs.endArray();
    QCOMPARE(settings.value(QStringLiteral("window/geometry")).toByteArray(),
             QByteArray("geometry"));
    QCOMPARE(settings.value(QStringLiteral("bulk/confirmThreshold")).toInt(), 7);

    // Only once.
    ProfileStore again;
    QCOMPARE(again.profiles().size(), 1);
}

void TestProfileStore::noMigrationWithoutServerUrl()
{
    QSettings().setValue(QStringLiteral("grid/zoomLevel"), 1);
    ProfileStore store;
    QVERIFY(store.profiles().isEmpty());
    QCOMPARE(ProfileSettings().value(QStringLiteral("grid/zoomLevel")).toInt(), 1);
}

void TestProfileStore::perProfileSettingsGroup()
{
    ProfileStore store;
    const QString a = store.add(make(QStringLiteral("A"), QStringLiteral("http://a:9999")));
    const QString b = store.add(make(QStringLiteral("B"), QStringLiteral("http://b:9999")));
    QCOMPARE(ProfileStore::settingsGroup(), ProfileStore::settingsGroupFor(a));
    ProfileSettings().setValue(QStringLiteral("grid/sort"), QStringLiteral("title"));
    store.setActiveId(b);
    QCOMPARE(ProfileStore::settingsGroup(), ProfileStore::settingsGroupFor(b));
    QVERIFY(!ProfileSettings().contains(QStringLiteral("grid/sort")));
    ProfileSettings().setValue(QStringLiteral("grid/sort"), QStringLiteral("date"));
    store.setActiveId(a);
    QCOMPARE(ProfileSettings().value(QStringLiteral("grid/sort")).toString(),
             QStringLiteral("title"));
    store.setActiveId(b);
    QCOMPARE(ProfileSettings().value(QStringLiteral("grid/sort")).toString(),
             QStringLiteral("date"));
    QVERIFY(ProfileStore::settingsGroupFor(a) != ProfileStore::settingsGroupFor(b));
}

void TestProfileStore::settingsSecretStore()
{
    ProfileStore store;
    const QString id = store.add(
        make(QStringLiteral("A"), QStringLiteral("http://a:9999"), ServerProfile::Auth::ApiKey));
    SettingsSecretStore secrets;
    const QString key = ServerProfile::secretKeyFor(id);
    bool written = false;
    secrets.write(key, QStringLiteral("s3cret"), [&](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);
    // Kept in the profile's own group.
    QCOMPARE(QSettings().value(QStringLiteral("profiles/%1/secret").arg(id)).toString(),
             QStringLiteral("s3cret"));
    std::optional<QString> read;
    bool answered = false;
    secrets.read(key, [&](std::optional<QString> s, const QString &) {
        read = s;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QCOMPARE(read.value_or(QString()), QStringLiteral("s3cret"));
    // Removing the profile removes its secret.
    QVERIFY(store.remove(id));
    answered = false;
    secrets.read(key, [&](std::optional<QString> s, const QString &) {
        read = s;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!read);
    // Keys with slashes stay one level deep.
    QVERIFY(!SettingsSecretStore::settingsKey(QStringLiteral("api-key:http://x/y"))
                 .mid(8)
                 .contains(QLatin1Char('/')));
}

void TestProfileStore::memorySecretStore()
{
    MemorySecretStore secrets;
    bool done = false;
    secrets.write(ServerProfile::secretKeyFor(QStringLiteral("x")), QStringLiteral("k"),
                  [&](bool ok, const QString &) { done = ok; });
    QTRY_VERIFY(done);
    std::optional<QString> read;
    done = false;
    secrets.read(ServerProfile::secretKeyFor(QStringLiteral("x")),
                 [&](std::optional<QString> s, const QString &) {
                     read = s;
                     done = true;
                 });
    QTRY_VERIFY(done);
    QCOMPARE(read.value_or(QString()), QStringLiteral("k"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
