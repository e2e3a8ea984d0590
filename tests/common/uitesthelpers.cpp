// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "uitesthelpers.h"

#include "fakestash.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "mainwindow.h"
#include "secretvault.h"
#include "serverswitcher.h"
#include "settingsisolation.h"
#include "stashclient.h"
#include "thumbnailcache.h"

#include <QApplication>
#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Tessera;

namespace UiTest {

void isolate(const QString &testName)
{
    // Settings land in the test-mode config directory, one file per executable,
    // so concurrent ui test executables never read each other's zoom or sort.
    TestSettings::isolate(QStringLiteral("TesseraUiTests"), testName);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    clearSettings();
}

void whenModalIsUp(std::function<bool(QWidget *modal)> act)
{
    // A timer owned by the application, gone once it acted or gave up:
    // nothing outlives the test (a lambda holding itself would leak).
    auto *poll = new QTimer(QCoreApplication::instance());
    poll->setInterval(20);
    auto attemptsLeft = std::make_shared<int>(500);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, attemptsLeft, act = std::move(act)] {
        // Stopped while acting (a click may run a nested event loop) and for
        // good after: deleteLater() waits for the nested loop of exec() to end.
        poll->stop();
        QWidget *modal = QApplication::activeModalWidget();
        if ((modal && act(modal)) || --*attemptsLeft <= 0)
            poll->deleteLater();
        else
            poll->start();
    });
    poll->start();
}

void clearSettings()
{
    TestSettings::clear();
}

void silencePrompts(MainWindow &window)
{
    QObject::disconnect(window.serverSwitcher(), &ServerSwitcher::certificateRefused, &window,
                        nullptr);
    QObject::disconnect(window.serverSwitcher(), &ServerSwitcher::connectFailed, &window, nullptr);
    QObject::disconnect(window.secretVault(), &SecretVault::fallbackConsentNeeded, &window,
                        nullptr);
}

std::unique_ptr<MainWindow> openWindow(const QString &cacheDir)
{
    auto window = std::make_unique<MainWindow>();
    silencePrompts(*window);
    window->thumbnails()->setDiskCacheDirectory(cacheDir);
    window->resize(1200, 800);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window.get()) || !QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

bool connectAndLoad(MainWindow &window, const QUrl &url, QString *why, int timeoutMs)
{
    QSignalSpy connected(&window, &MainWindow::connected);
    QSignalSpy failed(&window, &MainWindow::connectionFailed);
    window.connectTo(Stash::ServerEndpoint(url));
    const bool answered =
        QTest::qWaitFor([&] { return !connected.isEmpty() || !failed.isEmpty(); }, timeoutMs);
    if (!answered) {
        *why = QStringLiteral("no answer to connectTo()");
        return false;
    }
    if (!failed.isEmpty()) {
        *why = QStringLiteral("connection failed: ") + failed.first().first().toString();
        return false;
    }
    if (!QTest::qWaitFor([&] { return window.model()->isCountKnown(); }, timeoutMs)) {
        *why = QStringLiteral("the first page did not arrive");
        return false;
    }
    // Let the grid settle: the rows bring a scroll bar, the narrower viewport
    // new cells and a new layout. A scrollTo() before that lands on the old one.
    ImageGridView *grid = window.grid();
    const auto settled = [&] {
        const int rows = window.model()->rowCount();
        const bool fits = rows == 0 || grid->visualRect(window.model()->index(rows - 1)).bottom() <
                                           grid->viewport()->height();
        return (fits || grid->verticalScrollBar()->isVisible()) &&
               grid->gridSize() == grid->cellSize();
    };
    if (!QTest::qWaitFor(settled, timeoutMs)) {
        *why = QStringLiteral("the grid's layout did not settle");
        return false;
    }
    QCoreApplication::processEvents();
    return true;
}

int rootFieldCount(const QJsonObject &stats, const QString &field)
{
    return FakeStash::rootFieldCount(stats, field);
}

QJsonObject lastVariables(FakeStash &server, const QString &name)
{
    return server.lastVariables(name);
}

int serverCount(Stash::StashClient *client, const Stash::FindFilter &filter,
                const Stash::ImageFilter &imageFilter)
{
    Stash::FindFilter one = filter;
    one.page = 1;
    one.perPage = 1;
    auto future = client->findImages(one, imageFilter);
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 15000) || future.isCanceled() ||
        future.resultCount() < 1 || !future.result().ok())
        return -1;
    return future.result().value().count;
}

int distinctColours(const QImage &image, const QRect &rect)
{
    QSet<QRgb> colours;
    const QRect area = rect.intersected(image.rect());
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace UiTest
