// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "fakestash.h"
#include "grid/filterbar.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "viewer/imageviewer.h"
#include "mainwindow.h"
#include "selectionidcollector.h"
#include "stashclient.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Tessera;

using namespace UiTest;

namespace {

QPoint centreOf(ImageGridView *grid, int row)
{
    return grid->visualRect(grid->model()->index(row, 0)).center();
}

} // namespace

/// The main window over the fake server: loading, status bar, query
/// variables, selection (mouse and the real shortcuts), the viewer's wiring to
/// the grid, a failed connect.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsRows();
    void filterChangesSendVariables();
    void randomSortSendsSeed();
    void mouseSelection();
    void selectAllClearInvertShortcuts();
    void gridOpensAndFollowsViewer();
    void failedConnection();

private:
    std::unique_ptr<FakeStash> m_small; // 5,000 images
    std::unique_ptr<FakeStash> m_big;   // 20,000 images
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    isolate(QStringLiteral("tst_mainwindow"));
    m_small = std::make_unique<FakeStash>(
        QStringList{QStringLiteral("--images"), QStringLiteral("5000")});
    QVERIFY2(m_small->start(), qPrintable(m_small->errorText()));
    m_big = std::make_unique<FakeStash>(
        QStringList{QStringLiteral("--images"), QStringLiteral("20000")});
    QVERIFY2(m_big->start(), qPrintable(m_big->errorText()));
}

void tst_MainWindow::init()
{
    clearSettings();
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_window = openWindow(m_cache->path());
    QVERIFY2(m_window, "the main window was not exposed and active");
}

void tst_MainWindow::cleanup()
{
    m_window.reset();
    m_cache.reset();
}

void tst_MainWindow::loadsRows()
{
    MainWindow &w = *m_window;
    QString why;
    QVERIFY2(connectAndLoad(w, m_small->url(), &why), qPrintable(why));
    QVERIFY(w.isConnected());
    QCOMPARE(w.model()->rowCount(), 5000);
    QCOMPARE(w.grid()->model()->rowCount(), 5000);
    QTRY_VERIFY(w.grid()->hasFocus());
    QTRY_VERIFY2(w.statusText().startsWith(QStringLiteral("0 of 5,000 selected")),
                 qPrintable(w.statusText()));
    QTRY_VERIFY2(w.statusText().contains(QStringLiteral("5,000 images")),
                 qPrintable(w.statusText()));

    // The server's version shows in the status bar.
    QString serverText;
    const QList<QLabel *> labels = w.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->text().contains(QStringLiteral("0.30.1")))
            serverText = label->text();
    }
    QVERIFY2(!serverText.isEmpty(), "no status bar label shows the server version 0.30.1");
    QVERIFY(serverText.contains(m_small->url().toDisplayString()));

    // The first rows are real images.
    QTRY_VERIFY(w.model()->isRowLoaded(0));
    QVERIFY(!w.model()->data(w.model()->index(0), ImageListModel::TitleRole).toString().isEmpty());
    QVERIFY(!w.model()->isRowLoaded(4999)); // nobody looked there
}

void tst_MainWindow::filterChangesSendVariables()
{
    MainWindow &w = *m_window;
    FakeStash &server = *m_small;
    QString why;
    QVERIFY2(connectAndLoad(w, server.url(), &why), qPrintable(why));
    QCOMPARE(w.model()->rowCount(), 5000);
    FilterBar *bar = w.filterBar();
    const auto findImages = [&server] {
        return lastVariables(server, QStringLiteral("FindImages"));
    };
    const auto operations = [&server] {
        return server.stats()
            .value(QStringLiteral("operations"))
            .toObject()
            .value(QStringLiteral("FindImages"))
            .toInt();
    };
    QTRY_VERIFY(!w.model()->isLoading());

    // Search: typed letter by letter, one query after the 300 ms debounce.
    const int before = operations();
    QTest::keyClicks(bar->searchEdit(), QStringLiteral("clip"));
    QTRY_COMPARE_WITH_TIMEOUT(findImages()
                                  .value(QStringLiteral("filter"))
                                  .toObject()
                                  .value(QStringLiteral("q"))
                                  .toString(),
                              QStringLiteral("clip"), 5000);
    QTRY_VERIFY(w.model()->isCountKnown());
    QTRY_VERIFY(!w.model()->isLoading());
    const int clips = serverCount(w.client(), bar->findFilter(), bar->imageFilter());
    QVERIFY(clips > 0 && clips < 5000);
    QCOMPARE(w.model()->rowCount(), clips);
    QTRY_VERIFY2(w.statusText().startsWith(
                     QStringLiteral("0 of %1 selected").arg(QLocale().toString(clips))),
                 qPrintable(w.statusText()));
    // "c", "cl", "cli" never went out: the debounce sent one query (its first page).
    QCOMPARE(operations() - before, 2); // the page, plus serverCount()'s own request

    // Clearing the text goes back to everything.
    bar->searchEdit()->clear();
    QTRY_VERIFY(
        !findImages().value(QStringLiteral("filter")).toObject().contains(QStringLiteral("q")));
    QTRY_COMPARE(w.model()->rowCount(), 5000);

    // Sort and direction.
    auto *sort = childNamed<QComboBox>(bar, QStringLiteral("Sort by"));
    auto *direction = childNamed<QToolButton>(bar, QStringLiteral("Sort direction"));
    QVERIFY(sort && direction);
    sort->setCurrentIndex(sort->findData(QStringLiteral("rating")));
    QTRY_COMPARE(findImages()
                     .value(QStringLiteral("filter"))
                     .toObject()
                     .value(QStringLiteral("sort"))
                     .toString(),
                 QStringLiteral("rating"));
    QCOMPARE(findImages()
                 .value(QStringLiteral("filter"))
                 .toObject()
                 .value(QStringLiteral("direction"))
                 .toString(),
             QStringLiteral("ASC"));
    direction->click();
    QTRY_COMPARE(findImages()
                     .value(QStringLiteral("filter"))
                     .toObject()
                     .value(QStringLiteral("direction"))
                     .toString(),
                 QStringLiteral("DESC"));
    QCOMPARE(findImages()
                 .value(QStringLiteral("filter"))
                 .toObject()
                 .value(QStringLiteral("sort"))
                 .toString(),
             QStringLiteral("rating"));
    QTRY_COMPARE(w.model()->rowCount(), 5000);
    QTRY_VERIFY(w.model()->isRowLoaded(0));

    // Rating at least 3 stars.
    auto *ratingMin = childNamed<QComboBox>(bar, QStringLiteral("Minimum rating"));
    QVERIFY(ratingMin);
    ratingMin->setCurrentIndex(ratingMin->findData(3));
    const QJsonObject atLeastThree{{QStringLiteral("value"), 59},
                                   {QStringLiteral("modifier"), QStringLiteral("GREATER_THAN")}};
    QTRY_COMPARE(findImages()
                     .value(QStringLiteral("image_filter"))
                     .toObject()
                     .value(QStringLiteral("rating100"))
                     .toObject(),
                 atLeastThree);
    QTRY_VERIFY(w.model()->isCountKnown());
    const int rated = serverCount(w.client(), bar->findFilter(), bar->imageFilter());
    QVERIFY(rated > 0 && rated < 5000);
    QTRY_COMPARE(w.model()->rowCount(), rated);

    // Organized only, on top of the rating.
    auto *organized = childNamed<QComboBox>(bar, QStringLiteral("Organized"));
    QVERIFY(organized);
    organized->setCurrentIndex(1);
    QTRY_COMPARE(findImages()
                     .value(QStringLiteral("image_filter"))
                     .toObject()
                     .value(QStringLiteral("organized")),
                 QJsonValue(true));
    QJsonObject last = findImages();
    QCOMPARE(last.value(QStringLiteral("image_filter"))
                 .toObject()
                 .value(QStringLiteral("rating100"))
                 .toObject(),
             atLeastThree);
    QCOMPARE(
        last.value(QStringLiteral("filter")).toObject().value(QStringLiteral("sort")).toString(),
        QStringLiteral("rating"));
    QCOMPARE(last.value(QStringLiteral("filter"))
                 .toObject()
                 .value(QStringLiteral("direction"))
                 .toString(),
             QStringLiteral("DESC"));
    QTRY_VERIFY(w.model()->isCountKnown());
    const int both = serverCount(w.client(), bar->findFilter(), bar->imageFilter());
    QVERIFY(both > 0 && both < rated);
    QTRY_COMPARE(w.model()->rowCount(), both);
    QTRY_VERIFY2(
        w.statusText().startsWith(QStringLiteral("0 of %1 selected").arg(QLocale().toString(both))),
        qPrintable(w.statusText()));

    // Not organized.
    organized->setCurrentIndex(2);
    QTRY_COMPARE(findImages()
                     .value(QStringLiteral("image_filter"))
                     .toObject()
                     .value(QStringLiteral("organized")),
                 QJsonValue(false));
}

void tst_MainWindow::randomSortSendsSeed()
{
    MainWindow &w = *m_window;
    FakeStash &server = *m_small;
    QString why;
    QVERIFY2(connectAndLoad(w, server.url(), &why), qPrintable(why));
    FilterBar *bar = w.filterBar();
    auto *sort = childNamed<QComboBox>(bar, QStringLiteral("Sort by"));
    QVERIFY(sort);
    const auto sentSort = [&server] {
        return lastVariables(server, QStringLiteral("FindImages"))
            .value(QStringLiteral("filter"))
            .toObject()
            .value(QStringLiteral("sort"))
            .toString();
    };
    static const QRegularExpression seeded(QStringLiteral("^random_\\d+$"));

    sort->setCurrentIndex(sort->findData(QStringLiteral("random")));
    QTRY_VERIFY2(seeded.match(sentSort()).hasMatch(), qPrintable(sentSort()));
    const QString first = sentSort();
    QTRY_VERIFY(w.model()->isRowLoaded(0));

    // Reshuffle (the button) sends another seed and reloads.
    QSignalSpy reset(w.model(), &QAbstractItemModel::modelReset);
    auto *reshuffle = childNamed<QToolButton>(bar, QStringLiteral("Reshuffle"));
    QVERIFY(reshuffle);
    QVERIFY(reshuffle->isVisible());
    reshuffle->click();
    QTRY_VERIFY2(sentSort() != first, qPrintable(sentSort()));
    QVERIFY2(seeded.match(sentSort()).hasMatch(), qPrintable(sentSort()));
    QVERIFY(reset.count() >= 1);
    QTRY_COMPARE(w.model()->rowCount(), 5000);
    QTRY_VERIFY(w.model()->isRowLoaded(0));
    QVERIFY(!w.model()->idAt(0).isEmpty());

    // Back to a plain sort: the reshuffle button goes away.
    sort->setCurrentIndex(sort->findData(QStringLiteral("title")));
    QTRY_COMPARE(sentSort(), QStringLiteral("title"));
    QVERIFY(!reshuffle->isVisible());
}

void tst_MainWindow::mouseSelection()
{
    MainWindow &w = *m_window;
    QString why;
    QVERIFY2(connectAndLoad(w, m_big->url(), &why), qPrintable(why));
    ImageGridView *grid = w.grid();
    QTRY_VERIFY(w.model()->isRowLoaded(5));
    QWidget *viewport = grid->viewport();
    QVERIFY(grid->visualRect(w.model()->index(5)).intersects(viewport->rect()));
    const auto selected = [&](int row) {
        return grid->selectionModel()->isSelected(w.model()->index(row));
    };

    QTest::mouseClick(viewport, Qt::LeftButton, {}, centreOf(grid, 0));
    QCOMPARE(w.selectedCount(), 1);
    QVERIFY(selected(0));
    QCOMPARE(grid->currentIndex().row(), 0);
    QVERIFY2(w.statusText().startsWith(QStringLiteral("1 of 20,000 selected")),
             qPrintable(w.statusText()));

    // A plain click replaces the selection.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, centreOf(grid, 1));
    QCOMPARE(w.selectedCount(), 1);
    QVERIFY(selected(1) && !selected(0));

    // Ctrl+click adds, and again removes.
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, centreOf(grid, 3));
    QCOMPARE(w.selectedCount(), 2);
    QVERIFY(selected(1) && selected(3));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, centreOf(grid, 3));
    QCOMPARE(w.selectedCount(), 1);
    QVERIFY(selected(1) && !selected(3));
    QVERIFY2(w.statusText().startsWith(QStringLiteral("1 of 20,000 selected")),
             qPrintable(w.statusText()));

    // Shift+click selects the range from the anchor.
    QTest::mouseClick(viewport, Qt::LeftButton, {}, centreOf(grid, 0));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, centreOf(grid, 4));
    QCOMPARE(w.selectedCount(), 5);
    for (int row = 0; row <= 4; ++row)
        QVERIFY(selected(row));
    QVERIFY(!selected(5));
    QVERIFY2(w.statusText().startsWith(QStringLiteral("5 of 20,000 selected")),
             qPrintable(w.statusText()));

    // Ctrl+click inside the range takes one out.
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, centreOf(grid, 2));
    QCOMPARE(w.selectedCount(), 4);
    QVERIFY(!selected(2));
    QCOMPARE(w.selectedIds().size(), 4);
    QVERIFY(!w.selectedIds().contains(w.model()->idAt(2)));
    QVERIFY(w.selectedIds().contains(w.model()->idAt(4)));
}

void tst_MainWindow::selectAllClearInvertShortcuts()
{
    MainWindow &w = *m_window;
    QString why;
    QVERIFY2(connectAndLoad(w, m_big->url(), &why), qPrintable(why));
    ImageGridView *grid = w.grid();
    QCOMPARE(w.model()->rowCount(), 20000);
    QTRY_VERIFY(grid->hasFocus());
    QTRY_VERIFY(w.model()->isRowLoaded(0));
    QVERIFY(!w.model()->isRowLoaded(19999));
    QSignalSpy finished(w.selectionIds(), &SelectionIdCollector::finished);

    // Ctrl+A through the window's shortcut: every row, loaded or not.
    QTest::keyClick(grid, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(w.selectedCount(), 20000);
    QVERIFY(grid->selectionModel()->isSelected(w.model()->index(19999)));
    QVERIFY2(w.statusText().startsWith(QStringLiteral("20,000 of 20,000 selected")),
             qPrintable(w.statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const QStringList ids = w.selectedIds();
    QCOMPARE(ids.size(), 20000);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 20000);
    QVERIFY(!w.model()->isRowLoaded(19999)); // the ids came without loading the rows
    QCOMPARE(ids.first(), w.model()->idAt(0));

    // Ctrl+Shift+A clears.
    QTest::keyClick(grid, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.selectedCount(), 0);
    QVERIFY(w.selectedIds().isEmpty());
    QVERIFY2(w.statusText().startsWith(QStringLiteral("0 of 20,000 selected")),
             qPrintable(w.statusText()));

    // Ctrl+I inverts: total − previous.
    QWidget *viewport = grid->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, centreOf(grid, 0));
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, centreOf(grid, 2));
    QCOMPARE(w.selectedCount(), 3);
    QTest::keyClick(grid, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(w.selectedCount(), 20000 - 3);
    QVERIFY(!grid->selectionModel()->isSelected(w.model()->index(1)));
    QVERIFY(grid->selectionModel()->isSelected(w.model()->index(3)));
    QVERIFY(grid->selectionModel()->isSelected(w.model()->index(19999)));
    QVERIFY2(w.statusText().startsWith(QStringLiteral("19,997 of 20,000 selected")),
             qPrintable(w.statusText()));
    QTest::keyClick(grid, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(w.selectedCount(), 3);
    QVERIFY2(w.statusText().startsWith(QStringLiteral("3 of 20,000 selected")),
             qPrintable(w.statusText()));

    // Select all again, then a click narrows the selection: the collected ids no longer count.
    QTest::keyClick(grid, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(w.selectedCount(), 20000);
    QTest::mouseClick(viewport, Qt::LeftButton, {}, centreOf(grid, 1));
    QCOMPARE(w.selectedCount(), 1);
    QCOMPARE(w.selectedIds(), QStringList{w.model()->idAt(1)});
}

void tst_MainWindow::gridOpensAndFollowsViewer()
{
    MainWindow &w = *m_window;
    QString why;
    QVERIFY2(connectAndLoad(w, m_big->url(), &why), qPrintable(why));
    QCOMPARE(w.model()->rowCount(), 20000);
    QTRY_VERIFY(w.model()->isRowLoaded(0));
    ImageViewer *viewer = w.viewer();
    ImageGridView *grid = w.grid();
    ImageListModel *model = w.model();

    // Opened from the grid on the current row.
    grid->setCurrentIndex(model->index(3));
    w.openViewer();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QCOMPARE(viewer->currentRow(), 3);
    QCOMPARE(grid->currentIndex().row(), 3);

    // The grid's current row and selection follow the viewer's steps.
    viewer->next();
    QCOMPARE(grid->currentIndex().row(), 4);
    QVERIFY(grid->selectionModel()->isSelected(model->index(4)));
    viewer->previous();
    viewer->previous();
    QCOMPARE(grid->currentIndex().row(), 2);
    QVERIFY(grid->selectionModel()->isSelected(model->index(2)));
    QVERIFY(!grid->selectionModel()->isSelected(model->index(4)));

    // A far jump: the grid's current row is the viewer's and it is in view.
    viewer->showRow(15000);
    QCOMPARE(grid->currentIndex().row(), 15000);
    QTRY_VERIFY(grid->viewport()->rect().intersects(grid->visualRect(model->index(15000))));
    viewer->next();
    QCOMPARE(grid->currentIndex().row(), 15001);

    // Enter in the grid opens the viewer on the grid's current row.
    viewer->close();
    QTRY_VERIFY(!viewer->isVisible());
    w.activateWindow();
    grid->setFocus();
    QTRY_VERIFY(grid->hasFocus());
    grid->setCurrentIndex(model->index(7));
    QTest::keyClick(grid, Qt::Key_Return);
    QTRY_VERIFY(viewer->isVisible());
    QCOMPARE(viewer->currentRow(), 7);
    viewer->close();
}

void tst_MainWindow::failedConnection()
{
    // A port that was free a moment ago and is closed now.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    MainWindow &w = *m_window;
    QSignalSpy failed(&w, &MainWindow::connectionFailed);
    QSignalSpy connected(&w, &MainWindow::connected);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    w.connectTo(Stash::ServerEndpoint(url));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
    const QString message = failed.first().first().toString();
    qInfo("connection failed: %s", qPrintable(message));
    QVERIFY(!message.trimmed().isEmpty());
    QVERIFY2(message.size() > 10, qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("QNetworkReply")), qPrintable(message));
    QCOMPARE(connected.count(), 0);
    QVERIFY(!w.isConnected());
    QCOMPARE(w.model()->rowCount(), 0);

    // The window keeps working and can connect afterwards.
    QVERIFY2(w.statusText().startsWith(QStringLiteral("0 of 0 selected")),
             qPrintable(w.statusText()));
    w.selectAll();
    w.invertSelection();
    w.openViewer();
    QVERIFY(!w.viewer()->isVisible());
    QString why;
    QVERIFY2(connectAndLoad(w, m_small->url(), &why), qPrintable(why));
    QCOMPARE(w.model()->rowCount(), 5000);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
