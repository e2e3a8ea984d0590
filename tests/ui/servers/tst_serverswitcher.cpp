// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/bulkeditpanel.h"
#include "fakestash.h"
#include "imageeditor.h"
#include "imagelistmodel.h"
#include "mainwindow.h"
#include "memorysecretstore.h"
#include "profilestore.h"
#include "secretvault.h"
#include "serverswitcher.h"
#include "stashclient.h"
#include "thumbnailcache.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSettings>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Tessera;
using namespace UiTest;

namespace {

/// A keychain that refuses every secret, as on a desktop without a secret service.
class RefusingSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &, ReadCallback done) override
    {
        QTimer::singleShot(0, this, [done = std::move(done)] { done(std::nullopt, {}); });
    }
    void write(const QString &, const QString &, WriteCallback done) override
    {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(false, QStringLiteral("no secret service"));
        });
    }
    void remove(const QString &, WriteCallback done) override
    {
        QTimer::singleShot(0, this, [done = std::move(done)] { done(true, {}); });
    }
    QString name() const override { return QStringLiteral("the test keychain"); }
};

/// An address where nothing listens: a port that was free a moment ago.
QUrl closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(probe.serverPort());
    return url;
}

QAction *serverAction(MainWindow &window, const QString &profileId)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("serverMenu"));
    if (!menu)
        return nullptr;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == profileId)
            return action;
    }
    return nullptr;
}

QString serverLabelText(MainWindow &window)
{
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().startsWith(QStringLiteral("Stash ")))
            return label->text();
    }
    return {};
}

} // namespace

/// Connecting and switching servers: the switcher on its own (profiles made and
/// kept, failures signalled, never a box), switching profiles from the window's
/// Server menu, and the window answering the switcher's and the vault's questions
/// without blocking.
class tst_ServerSwitcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectByAddressMakesTheProfile();
    void connectFailureIsSignalled();
    void missingPasswordIsSignalled();
    void switchesProfilesFromTheServerMenu();
    void windowAsksAfterAFailedConnect();
    void windowAsksBeforeUsingTheSettingsFile();
    void keyFromTheEnvironmentAsksNothing();
    void secondStartDownloadsNoThumbnailItHas();

private:
    std::unique_ptr<FakeStash> m_open;     // 30 images, no password
    std::unique_ptr<FakeStash> m_password; // 50 images, username and password
    std::unique_ptr<FakeStash> m_keyed;    // 10 images, API key "key-1"
    std::unique_ptr<QTemporaryDir> m_cache;
};

void tst_ServerSwitcher::initTestCase()
{
    isolate(QStringLiteral("tst_serverswitcher"));
    m_open =
        std::make_unique<FakeStash>(QStringList{QStringLiteral("--images"), QStringLiteral("30")});
    QVERIFY2(m_open->start(), qPrintable(m_open->errorText()));
    m_password = std::make_unique<FakeStash>(
        QStringList{QStringLiteral("--images"), QStringLiteral("50"), QStringLiteral("--username"),
                    QStringLiteral("ada"), QStringLiteral("--password"), QStringLiteral("s3cret")});
    QVERIFY2(m_password->start(), qPrintable(m_password->errorText()));
    m_keyed = std::make_unique<FakeStash>(
        QStringList{QStringLiteral("--images"), QStringLiteral("10"), QStringLiteral("--api-key"),
                    QStringLiteral("key-1")});
    QVERIFY2(m_keyed->start(), qPrintable(m_keyed->errorText()));
}

void tst_ServerSwitcher::init()
{
    clearSettings();
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
}

void tst_ServerSwitcher::cleanup()
{
    m_cache.reset();
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_ServerSwitcher::connectByAddressMakesTheProfile()
{
    Stash::StashClient client;
    ProfileStore profiles;
    MemorySecretStore keychain;
    SecretVault vault(&keychain);
    ServerSwitcher switcher(&client, &profiles, &vault);
    QSignalSpy connected(&switcher, &ServerSwitcher::connected);
    QSignalSpy activated(&switcher, &ServerSwitcher::profileActivated);
    QSignalSpy failed(&switcher, &ServerSwitcher::notConnected);

    switcher.connectTo(Stash::ServerEndpoint(m_keyed->url(), QStringLiteral("key-1")));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(activated.count(), 1); // the first profile made is active, and says so
    const std::optional<ServerProfile> profile = profiles.active();
    QVERIFY(profile);
    QCOMPARE(profile->url, m_keyed->url());
    QCOMPARE(profile->auth, ServerProfile::Auth::ApiKey);
    QCOMPARE(connected.first().at(1).value<Stash::ServerEndpoint>().baseUrl(), m_keyed->url());
    // The key went to the keychain under the profile.
    std::optional<QString> kept;
    keychain.read(profile->secretKey(), [&kept](std::optional<QString> secret, const QString &) {
        kept = secret.value_or(QStringLiteral("(none)"));
    });
    QTRY_COMPARE(kept, QStringLiteral("key-1"));

    // Another server by address: a second profile, made active, with nothing to keep.
    switcher.connectTo(Stash::ServerEndpoint(m_open->url()));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 15000);
    QCOMPARE(profiles.profiles().size(), 2);
    QCOMPARE(profiles.active()->url, m_open->url());
    QCOMPARE(profiles.active()->auth, ServerProfile::Auth::None);
    QCOMPARE(activated.count(), 2);
    // The first one again: its profile is found, not made twice.
    switcher.connectTo(Stash::ServerEndpoint(m_keyed->url(), QStringLiteral("key-1")));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 3, 15000);
    QCOMPARE(profiles.profiles().size(), 2);
    QCOMPARE(profiles.active()->url, m_keyed->url());
    QCOMPARE(failed.count(), 0);
}

void tst_ServerSwitcher::connectFailureIsSignalled()
{
    Stash::StashClient client;
    ProfileStore profiles;
    MemorySecretStore keychain;
    SecretVault vault(&keychain);
    ServerSwitcher switcher(&client, &profiles, &vault);
    QSignalSpy failed(&switcher, &ServerSwitcher::notConnected);
    QSignalSpy unreachable(&switcher, &ServerSwitcher::connectFailed);
    QSignalSpy certificate(&switcher, &ServerSwitcher::certificateRefused);
    QSignalSpy connected(&switcher, &ServerSwitcher::connected);

    const QUrl nowhere = closedPort();
    switcher.connectTo(Stash::ServerEndpoint(nowhere));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    QCOMPARE(unreachable.count(), 1);
    QCOMPARE(unreachable.first().at(0).value<Stash::ServerEndpoint>().baseUrl(), nowhere);
    QCOMPARE(unreachable.first().at(1).toString(), failed.first().first().toString());
    QCOMPARE(certificate.count(), 0);
    QCOMPARE(connected.count(), 0);
    QVERIFY(profiles.profiles().isEmpty()); // no profile for a server that never answered
}

void tst_ServerSwitcher::missingPasswordIsSignalled()
{
    Stash::StashClient client;
    ProfileStore profiles;
    MemorySecretStore keychain;
    SecretVault vault(&keychain);
    ServerSwitcher switcher(&client, &profiles, &vault);
    ServerProfile profile;
    profile.name = QStringLiteral("Locked");
    profile.url = m_password->url();
    profile.auth = ServerProfile::Auth::Password;
    profile.username = QStringLiteral("ada");
    const QString id = profiles.add(profile);
    QSignalSpy switching(&switcher, &ServerSwitcher::switchingTo);
    QSignalSpy failed(&switcher, &ServerSwitcher::notConnected);
    QSignalSpy signIn(&switcher, &ServerSwitcher::signInFailed);
    QSignalSpy connecting(&switcher, &ServerSwitcher::connecting);

    switcher.connectToProfile(id);
    QCOMPARE(switching.count(), 1);
    QCOMPARE(profiles.activeId(), id);
    QTRY_COMPARE(signIn.count(), 1);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(signIn.first().first().toString().contains(QStringLiteral("Locked")),
             qPrintable(signIn.first().first().toString()));
    QCOMPARE(connecting.count(), 0); // never asked the server without a password

    // With the password it logs in and connects.
    QSignalSpy connected(&switcher, &ServerSwitcher::connected);
    QSignalSpy loggingIn(&switcher, &ServerSwitcher::loggingIn);
    vault.keep(ServerProfile::secretKeyFor(id), QStringLiteral("s3cret"));
    switcher.connectToProfile(id);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
    QCOMPARE(loggingIn.count(), 1);
    QCOMPARE(signIn.count(), 1);
}

void tst_ServerSwitcher::switchesProfilesFromTheServerMenu()
{
    // Two profiles set up before the window opens, as after an earlier run.
    QString openId;
    QString lockedId;
    {
        ProfileStore profiles;
        ServerProfile open;
        open.name = QStringLiteral("Open");
        open.url = m_open->url();
        openId = profiles.add(open);
        ServerProfile locked;
        locked.name = QStringLiteral("Locked");
        locked.url = m_password->url();
        locked.auth = ServerProfile::Auth::Password;
        locked.username = QStringLiteral("ada");
        lockedId = profiles.add(locked);
    }
    std::unique_ptr<MainWindow> window = openWindow(m_cache->path());
    QVERIFY2(window, "the main window was not exposed and active");
    window->secretVault()->keep(ServerProfile::secretKeyFor(lockedId), QStringLiteral("s3cret"));
    QSignalSpy connected(window.get(), &MainWindow::connected);
    QSignalSpy failed(window.get(), &MainWindow::connectionFailed);

    QAction *toOpen = serverAction(*window, openId);
    QVERIFY(toOpen);
    toOpen->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), 30, 15000);
    QCOMPARE(window->profiles()->activeId(), openId);
    QVERIFY(serverLabelText(*window).contains(m_open->url().toDisplayString()));

    // Something to undo on the first server: the switch must drop it.
    window->editor()->undoStack()->push(new QUndoCommand(QStringLiteral("edit on Open")));
    QCOMPARE(window->editor()->undoStack()->count(), 1);
    // The bulk panel refreshes after a change; the menu waits for that.
    QTRY_VERIFY(!window->bulkPanel()->isBusy());

    // The menu has been rebuilt since: find the other server's entry again.
    QAction *toLocked = serverAction(*window, lockedId);
    QVERIFY(toLocked);
    QVERIFY(!toLocked->isChecked());
    QVERIFY(serverAction(*window, openId)->isChecked());
    toLocked->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), 50, 15000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(window->profiles()->activeId(), lockedId);
    QCOMPARE(window->client()->endpoint().baseUrl(), m_password->url());
    QCOMPARE(window->editor()->undoStack()->count(), 0);
    QVERIFY(serverLabelText(*window).contains(m_password->url().toDisplayString()));
    QTRY_VERIFY(serverAction(*window, lockedId) && serverAction(*window, lockedId)->isChecked());
    QVERIFY(!serverAction(*window, openId)->isChecked());

    // And back.
    QTRY_VERIFY(!window->bulkPanel()->isBusy());
    serverAction(*window, openId)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 3, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(window->model()->rowCount(), 30, 15000);
    QCOMPARE(window->profiles()->activeId(), openId);
}

void tst_ServerSwitcher::windowAsksAfterAFailedConnect()
{
    // Not openWindow(): that one silences the questions, and this test wants them.
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy failed(&window, &MainWindow::connectionFailed);
    window.connectTo(Stash::ServerEndpoint(closedPort()));
    // The box is modal, yet the test runs on: nothing waits in a nested event loop.
    QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), 15000);
    auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
    QCOMPARE(box->windowTitle(), QStringLiteral("Could not connect"));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(box->text().contains(failed.first().first().toString()), qPrintable(box->text()));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QVERIFY(!window.isConnected());

    // Silenced, the same failure shows nothing.
    silencePrompts(window);
    window.connectTo(Stash::ServerEndpoint(closedPort()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 15000);
    QTest::qWait(100);
    QVERIFY(!QApplication::activeModalWidget());
}

void tst_ServerSwitcher::windowAsksBeforeUsingTheSettingsFile()
{
    RefusingSecretStore keychain;
    MainWindow window(&keychain);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy connected(&window, &MainWindow::connected);
    // A key to keep, and a keychain that refuses it: the window asks once.
    window.connectTo(Stash::ServerEndpoint(m_keyed->url(), QStringLiteral("key-1")));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
    QCOMPARE(box->windowTitle(), QStringLiteral("Keep the password?"));
    QVERIFY2(box->text().contains(QStringLiteral("the test keychain")), qPrintable(box->text()));
    QVERIFY2(!box->text().contains(QStringLiteral("key-1")), qPrintable(box->text()));
    QVERIFY(!window.secretVault()->usesSettingsFile());
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(window.secretVault()->usesSettingsFile());
    QTRY_VERIFY(!window.findChild<QMessageBox *>());
}

void tst_ServerSwitcher::keyFromTheEnvironmentAsksNothing()
{
    // --server with $STASH_API_KEY: the key serves this run. Nothing is to be
    // stored, so a keychain that refuses asks nothing, and no box swallows the
    // first keys pressed.
    RefusingSecretStore keychain;
    MainWindow window(&keychain);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy connected(&window, &MainWindow::connected);
    window.connectForThisRun(Stash::ServerEndpoint(m_keyed->url(), QStringLiteral("key-1")));
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
    QTest::qWait(300); // the keychain's refusal would have come by now
    QVERIFY(!window.findChild<QMessageBox *>());
    QVERIFY(!window.secretVault()->usesSettingsFile());
    // The profile is remembered (an address is no secret) and its key is this run's.
    const std::optional<ServerProfile> profile = window.profiles()->active();
    QVERIFY(profile);
    QCOMPARE(profile->auth, ServerProfile::Auth::ApiKey);
    QString secret = QStringLiteral("(unread)");
    window.secretVault()->read(*profile, [&secret](const QString &s) { secret = s; });
    QTRY_COMPARE(secret, QStringLiteral("key-1"));
    // Agreeing to the settings file later (for a key the person enters) does
    // not write the environment's key there.
    window.secretVault()->answerFallbackConsent(true);
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QStringLiteral("key-1")),
                 qPrintable(key));
}

void tst_ServerSwitcher::secondStartDownloadsNoThumbnailItHas()
{
    // The thumbnails' own folder (not a test's): the first start, with no
    // profile yet, must write where every later start reads (issue 13).
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
         QStringLiteral("/thumbnails"))
        .removeRecursively();
    const auto thumbnailRequests = [this] {
        return m_open->stats().value(QStringLiteral("thumbnailRequests")).toInt();
    };
    const auto start = [](MainWindow &window) {
        silencePrompts(window);
        window.resize(1200, 800);
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    };
    const auto settled = [](MainWindow &window) {
        const ThumbnailCache::Stats stats = window.thumbnails()->stats();
        return window.model()->isCountKnown() && stats.decoded > 0 &&
               window.thumbnails()->pendingCount() == 0;
    };
    int fetchedByTheFirst = 0;
    const int before = thumbnailRequests();
    {
        MainWindow first; // as `tessera --server URL` on a new machine
        QVERIFY(start(first));
        QVERIFY(first.profiles()->activeId().isEmpty());
        first.connectForThisRun(Stash::ServerEndpoint(m_open->url()));
        QTRY_VERIFY_WITH_TIMEOUT(settled(first), 20000);
        fetchedByTheFirst = thumbnailRequests() - before;
        QVERIFY(fetchedByTheFirst > 0);
    }
    MainWindow second; // as `tessera` the next time: the remembered profile
    QVERIFY(start(second));
    const QString remembered = second.profiles()->activeId();
    QVERIFY(!remembered.isEmpty());
    second.connectToProfile(remembered);
    QTRY_VERIFY_WITH_TIMEOUT(settled(second), 20000);
    QCOMPARE(thumbnailRequests() - before, fetchedByTheFirst); // none downloaded again
    QVERIFY(second.thumbnails()->stats().diskHits > 0);
    QCOMPARE(second.thumbnails()->stats().networkFetches, 0);
}

QTEST_MAIN(tst_ServerSwitcher)
#include "tst_serverswitcher.moc"
