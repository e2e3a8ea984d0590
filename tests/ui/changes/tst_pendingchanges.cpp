// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "changes/pendingchangesindicator.h"
#include "changes/pendingchangeswindow.h"
#include "awaitfuture.h"
#include "changesender.h"
#include "edit/editimagedialog.h"
#include "fakestash.h"
#include "imageeditor.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "mainwindow.h"
#include "notificationbar.h"
#include "outbox.h"
#include "session.h"
#include "settingsisolation.h"
#include "stashclient.h"
#include "translations.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUndoStack>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace Tessera;
using namespace Stash;

/// What the person sees of changes on their way, in the real main window
/// against tests/fake-stash: the status bar's count with "server unreachable
/// since" and Retry now, the refused ones in Edit → Pending changes… (send
/// again, discard), and the question when quitting with changes waiting.
class tst_PendingChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusBarCountsWaitingChangesAndRetryNowSends();
    void refusedChangeIsListedAndSentAgain();
    void refusedChangeCanBeDiscarded();
    void quittingWithWaitingChangesAsksFirst();
    void unreadableOutboxIsMovedAsideAndSaid();
    void unwritableOutboxRefusesChanges();
    void replacedKeyPausesUntilConnectedAgain();

private:
    std::optional<int> serverRating(const QString &id);
    QString rateFirstImage(int rating100);
    bool reconnect();

    std::unique_ptr<FakeStash> m_server;
    std::unique_ptr<StashClient> m_probe;
    QTemporaryDir m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void tst_PendingChanges::initTestCase()
{
    UiTest::isolate(QStringLiteral("tst_pendingchanges"));
    // English plurals, as the program speaks them ("1 change waiting").
    QVERIFY(Translations::install(qApp, QStringLiteral("en")));
    m_server =
        std::make_unique<FakeStash>(QStringList{QStringLiteral("--images"), QStringLiteral("40")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    m_probe = std::make_unique<StashClient>();
    m_probe->setEndpoint(ServerEndpoint(m_server->url()));
    QVERIFY(awaitFuture(m_probe->connectToServer()).ok());
}

void tst_PendingChanges::init()
{
    QVERIFY(m_server->reset());
    UiTest::clearSettings();
    m_window = UiTest::openWindow(m_cache.path());
    QVERIFY(m_window);
    QString why;
    QVERIFY2(UiTest::connectAndLoad(*m_window, m_server->url(), &why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isRowLoaded(0), 15000);
    m_window->editor()->sender()->outbox()->setDelayScale(0.02);
}

void tst_PendingChanges::cleanup()
{
    if (m_window) {
        QVERIFY(m_server->control({{QStringLiteral("failRate"), 0}}));
        m_window->editor()->sender()->outbox()->setDelayScale(0.02);
        m_window->editor()->sender()->outbox()->retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->editor()->isBusy(), 15000);
    }
    m_window.reset();
}

std::optional<int> tst_PendingChanges::serverRating(const QString &id)
{
    const Result<std::optional<Image>> found = awaitFuture(m_probe->findImage(id));
    return found && found.value() ? found.value()->rating100 : std::optional<int>(-1);
}

QString tst_PendingChanges::rateFirstImage(int rating100)
{
    const QString id = m_window->model()->idAt(0);
    m_window->editor()->setRating({id}, rating100, QStringLiteral("Rate the first image"));
    return id;
}

void tst_PendingChanges::statusBarCountsWaitingChangesAndRetryNowSends()
{
    PendingChangesIndicator *indicator = m_window->pendingChangesIndicator();
    QVERIFY(indicator->isHidden());
    QVERIFY(m_server->control({{QStringLiteral("failRate"), 1}}));
    // A long backoff, so that only Retry now can send it in time.
    m_window->editor()->sender()->outbox()->setDelayScale(100);
    const QString id = rateFirstImage(80);
    QTRY_VERIFY_WITH_TIMEOUT(indicator->isVisible(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(QStringLiteral("server unreachable since")),
                             15000);
    QVERIFY2(indicator->text().startsWith(QStringLiteral("1 change waiting")),
             qPrintable(indicator->text()));
    // The cell carries the pending mark.
    QVERIFY(m_window->model()->index(0).data(ImageListModel::PendingRole).toBool());
    auto *retry = indicator->findChild<QToolButton *>(QStringLiteral("retryNow"));
    QVERIFY(retry && retry->isVisible());

    QVERIFY(m_server->control({{QStringLiteral("failRate"), 0}}));
    retry->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverRating(id), std::optional<int>(80), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(indicator->isHidden(), 5000);
    QVERIFY(!m_window->model()->index(0).data(ImageListModel::PendingRole).toBool());
}

void tst_PendingChanges::refusedChangeIsListedAndSentAgain()
{
    const QString id = m_window->model()->idAt(0);
    const std::optional<int> before = serverRating(id);
    QVERIFY(m_server->control({{QStringLiteral("graphqlErrorNext"), 1}}));
    rateFirstImage(before == 100 ? 20 : 100);
    PendingChangesIndicator *indicator = m_window->pendingChangesIndicator();
    QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(QStringLiteral("1 not saved")), 15000);
    // Shown as the server holds it.
    QCOMPARE(m_window->session()->store()->image(id)->rating100, before);

    indicator->findChild<QToolButton *>(QStringLiteral("notSaved"))->click();
    PendingChangesWindow *window = m_window->pendingChangesWindow();
    QTRY_VERIFY(window->isVisible());
    QTreeWidget *refused = window->refusedList();
    QCOMPARE(refused->topLevelItemCount(), 1);
    QCOMPARE(refused->topLevelItem(0)->text(0), QStringLiteral("Rate the first image"));
    QVERIFY2(!refused->topLevelItem(0)->text(3).isEmpty(), "the server's reason is shown");
    refused->topLevelItem(0)->setSelected(true);
    // Edit image… opens the refused change's image in the edit dialog.
    window->findChild<QPushButton *>(QStringLiteral("editImage"))->click();
    auto *dialog = m_window->findChild<EditImageDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->currentId(), id);
    dialog->close();
    window->findChild<QPushButton *>(QStringLiteral("sendAgain"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverRating(id), std::optional<int>(before == 100 ? 20 : 100),
                              10000);
    QTRY_COMPARE(refused->topLevelItemCount(), 0);
    QTRY_VERIFY(indicator->isHidden());
    QCOMPARE(m_window->editor()->sender()->outbox()->refusedEntries().size(), 0);
    window->close();
}

void tst_PendingChanges::refusedChangeCanBeDiscarded()
{
    const QString id = m_window->model()->idAt(0);
    const std::optional<int> before = serverRating(id);
    QVERIFY(m_server->control({{QStringLiteral("graphqlErrorNext"), 1}}));
    rateFirstImage(before == 40 ? 60 : 40);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->editor()->sender()->outbox()->refusedEntries().size(), 1,
                              15000);
    m_window->showPendingChanges();
    PendingChangesWindow *window = m_window->pendingChangesWindow();
    QTreeWidget *refused = window->refusedList();
    QTRY_COMPARE(refused->topLevelItemCount(), 1);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    refused->setFocus();
    QTRY_VERIFY(refused->hasFocus());
    refused->topLevelItem(0)->setSelected(true);
    QTest::keyClick(refused, Qt::Key_Delete); // Delete discards, as the button does
    QTRY_COMPARE(refused->topLevelItemCount(), 0);
    QCOMPARE(m_window->editor()->sender()->outbox()->refusedEntries().size(), 0);
    QTRY_VERIFY(m_window->pendingChangesIndicator()->isHidden());
    QCOMPARE(serverRating(id), before);
    window->close();
}

void tst_PendingChanges::quittingWithWaitingChangesAsksFirst()
{
    QVERIFY(m_server->control({{QStringLiteral("failRate"), 1}}));
    const QString id = rateFirstImage(60);
    QTRY_COMPARE(m_window->editor()->sender()->pendingCount(), 1);

    // Cancel keeps the window; "Wait for them" quits once the server took the change.
    m_window->close();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("quitWithPendingChanges"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral("1 change has not reached the server yet")));
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(QStringLiteral("quitWithPendingChanges")));
    QVERIFY(m_window->isVisible());

    m_window->close();
    box = m_window->findChild<QMessageBox *>(QStringLiteral("quitWithPendingChanges"));
    QVERIFY(box);
    QPushButton *wait = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text().contains(QStringLiteral("Wait")))
            wait = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(wait);
    wait->click();
    QVERIFY(m_window->isVisible());
    QVERIFY(m_server->control({{QStringLiteral("failRate"), 0}}));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isVisible(), 15000);
    QCOMPARE(serverRating(id), std::optional<int>(60));
}

bool tst_PendingChanges::reconnect()
{
    QString why;
    if (!UiTest::connectAndLoad(*m_window, m_server->url(), &why)) {
        qWarning("%s", qPrintable(why));
        return false;
    }
    return QTest::qWaitFor([this] { return m_window->model()->isRowLoaded(0); }, 15000);
}

void tst_PendingChanges::unreadableOutboxIsMovedAsideAndSaid()
{
    // The outbox file of this server holds garbage (a disk error, a half-copied profile).
    const QString path = Session::outboxPath(m_server->url());
    m_window->editor()->sender()->closeOutbox();
    QFile garbage(path);
    QVERIFY(garbage.open(QIODevice::WriteOnly | QIODevice::Truncate));
    garbage.write(QByteArray(4096, '\x5a'));
    garbage.close();

    QVERIFY(reconnect());
    QVERIFY2(m_window->notifications()->text().contains(QStringLiteral("could not be read")),
             qPrintable(m_window->notifications()->text()));
    const QString aside = m_window->editor()->sender()->outbox()->movedAsidePath();
    QVERIFY(!aside.isEmpty());
    QVERIFY(m_window->notifications()->text().contains(aside));
    QVERIFY(QFile::exists(aside));
    QCOMPARE(QFile(aside).size(), 4096); // kept as it was, for whoever wants to look
    // A new one took its place: changes are kept and sent again.
    const QString id = rateFirstImage(40);
    QTRY_COMPARE_WITH_TIMEOUT(serverRating(id), std::optional<int>(40), 10000);
}

void tst_PendingChanges::unwritableOutboxRefusesChanges()
{
    // The outbox folder cannot be made (a file is in its place; a full or
    // read-only disk ends the same way): changes are refused, never pretended.
    const QString folder = QFileInfo(Session::outboxPath(m_server->url())).absolutePath();
    m_window->editor()->sender()->closeOutbox();
    QVERIFY(QDir(folder).removeRecursively());
    QFile blocker(folder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto removeBlocker = qScopeGuard([folder] { QFile::remove(folder); });

    QVERIFY(reconnect());
    QVERIFY2(m_window->notifications()->text().contains(QStringLiteral("cannot be kept safe")),
             qPrintable(m_window->notifications()->text()));
    const QString id = m_window->model()->idAt(0);
    const std::optional<int> before = m_window->session()->store()->image(id)->rating100;
    QSignalSpy failed(m_window->editor(), &ImageEditor::changeFailed);
    rateFirstImage(before == 20 ? 40 : 20);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().at(1).value<Error>().message().contains(
                 QStringLiteral("cannot be kept safe")),
             qPrintable(failed.first().at(1).value<Error>().message()));
    QCOMPARE(m_window->session()->store()->image(id)->rating100, before);
    QVERIFY(!m_window->editor()->undoStack()->canUndo());
    QCOMPARE(serverRating(id), before);
}

void tst_PendingChanges::replacedKeyPausesUntilConnectedAgain()
{
    // The API key is replaced in Stash while a change is on its way: the
    // outbox pauses and says so; connected again with the new key, it goes on.
    FakeStash keyed({QStringLiteral("--images"), QStringLiteral("10"), QStringLiteral("--api-key"),
                     QStringLiteral("first-key")});
    QVERIFY2(keyed.start(), qPrintable(keyed.errorText()));
    QSignalSpy connected(m_window.get(), &MainWindow::connected);
    m_window->connectTo(ServerEndpoint(keyed.url(), QStringLiteral("first-key")));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isRowLoaded(0), 15000);
    m_window->editor()->sender()->outbox()->setDelayScale(0.02);

    QVERIFY(keyed.control({{QStringLiteral("apiKey"), QStringLiteral("second-key")}}));
    const QString id = rateFirstImage(100);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->editor()->sender()->outbox()->isPaused(), 15000);
    QVERIFY2(m_window->notifications()->text().contains(QStringLiteral("API key")),
             qPrintable(m_window->notifications()->text()));
    QCOMPARE(m_window->editor()->sender()->pendingCount(), 1);
    QVERIFY(m_window->model()->index(0).data(ImageListModel::PendingRole).toBool());

    connected.clear();
    m_window->connectTo(ServerEndpoint(keyed.url(), QStringLiteral("second-key")));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->editor()->sender()->pendingCount(), 0, 15000);
    StashClient probe;
    probe.setEndpoint(ServerEndpoint(keyed.url(), QStringLiteral("second-key")));
    QVERIFY(awaitFuture(probe.connectToServer()).ok());
    const Result<std::optional<Image>> found = awaitFuture(probe.findImage(id));
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->rating100, std::optional<int>(100));
    // Back to the test's own server for cleanup().
    QVERIFY(reconnect());
}

QTEST_MAIN(tst_PendingChanges)
#include "tst_pendingchanges.moc"
