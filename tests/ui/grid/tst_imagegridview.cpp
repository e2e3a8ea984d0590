// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "fakestash.h"
#include "grid/imagedelegate.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "viewer/imageviewer.h"
#include "mainwindow.h"
#include "thumbnailcache.h"
#include "uitesthelpers.h"

#include <QPalette>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QKeyEvent>
#include <QTest>

#include <memory>

using namespace Tessera;

using namespace UiTest;

namespace {

int columnsOf(ImageGridView *grid)
{
    const int top = grid->visualRect(grid->model()->index(0, 0)).top();
    int columns = 0;
    while (columns < grid->model()->rowCount() &&
           grid->visualRect(grid->model()->index(columns, 0)).top() == top)
        ++columns;
    return columns;
}

} // namespace

/// The grid inside the main window: real thumbnails for the visible cells
/// only, paging near the scroll position, zoom and keyboard navigation.
class tst_ImageGridView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void visibleCellsGetThumbnails();
    void thumbnailsAheadAreReadyBeforeTheyScrollIn();
    void scrollingFarLoadsOnlyPagesNearTheEnd();
    void zoomShortcutsAndPersistence();
    void keyboardNavigationAndEnter();
    void lettersNeverJumpByTitle();
    void firstKeyInAFreshGridMoves();

private:
    std::unique_ptr<FakeStash> m_server; // 20,000 images
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ImageGridView::initTestCase()
{
    isolate(QStringLiteral("tst_imagegridview"));
    m_server = std::make_unique<FakeStash>(
        QStringList{QStringLiteral("--images"), QStringLiteral("20000")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
}

void tst_ImageGridView::init()
{
    clearSettings();
    QVERIFY(m_server->reset());
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_window = openWindow(m_cache->path());
    QVERIFY2(m_window, "the main window was not exposed and active");
}

void tst_ImageGridView::cleanup()
{
    m_window.reset();
    m_cache.reset();
}

void tst_ImageGridView::visibleCellsGetThumbnails()
{
    MainWindow &w = *m_window;
    ImageGridView *grid = w.grid();
    ThumbnailCache *thumbnails = w.thumbnails();
    QString why;
    QVERIFY2(connectAndLoad(w, m_server->url(), &why), qPrintable(why));
    QCOMPARE(w.model()->rowCount(), 20000);
    QTRY_VERIFY(w.model()->isRowLoaded(0));

    const auto [firstVisible, lastVisible] = grid->visibleRows();
    QCOMPARE(firstVisible, 0);
    QVERIFY(lastVisible > 0 && lastVisible < 200);
    const int visible = lastVisible - firstVisible + 1;

    // Every visible cell's thumbnail arrives (decoded into memory).
    QTRY_VERIFY_WITH_TIMEOUT(thumbnails->stats().decoded >= visible, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(thumbnails->pendingCount() == 0 && thumbnails->fetchesInFlight() == 0,
                             20000);
    for (int row = firstVisible; row <= lastVisible; ++row) {
        QVERIFY2(!w.model()
                      ->data(w.model()->index(row), ImageListModel::ThumbnailRole)
                      .value<QImage>()
                      .isNull(),
                 qPrintable(QStringLiteral("row %1 has no thumbnail").arg(row)));
    }

    // What is painted in the first cell's thumbnail box is a picture, not the placeholder.
    const QRect box = ImageDelegate::thumbnailRect(grid->visualRect(w.model()->index(0)));
    QVERIFY(box.width() > 50 && box.height() > 50);
    const QColor placeholder = grid->palette().color(QPalette::Midlight);
    int colours = 0;
    double placeholderShare = 1.0;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            const QImage shot = grid->viewport()->grab().toImage().scaled(
                grid->viewport()->size()); // device pixels → widget pixels
            colours = distinctColours(shot, box);
            int same = 0;
            for (int y = box.top(); y <= box.bottom(); ++y) {
                for (int x = box.left(); x <= box.right(); ++x)
                    same += QColor(shot.pixel(x, y)) == placeholder;
            }
            placeholderShare = double(same) / (box.width() * box.height());
            return colours > 64 && placeholderShare < 0.5;
        }(),
        qPrintable(QStringLiteral("first cell: %1 colours, %2 placeholder")
                       .arg(colours)
                       .arg(placeholderShare)),
        10000);

    // Only the visible rows and a read-ahead window asked for thumbnails.
    const int fetched = m_server->stats().value(QStringLiteral("thumbnailRequests")).toInt();
    qInfo("%d visible cells, %d thumbnails fetched", visible, fetched);
    QVERIFY(fetched >= visible);
    QVERIFY2(fetched <= 4 * visible + 20, qPrintable(QString::number(fetched)));
    QVERIFY(fetched < 400);
    // and only the pages covering them were loaded.
    QVERIFY(!w.model()->isRowLoaded(1000));
}

void tst_ImageGridView::thumbnailsAheadAreReadyBeforeTheyScrollIn()
{
    // Issue 13: the model schedules thumbnails from the visible range, two
    // screens ahead in the scroll direction and one behind, not only the
    // painted cells: after a scroll step settles, the next screen is in.
    MainWindow &w = *m_window;
    ImageGridView *grid = w.grid();
    ImageListModel *model = w.model();
    ThumbnailCache *thumbnails = w.thumbnails();
    QString why;
    QVERIFY2(connectAndLoad(w, m_server->url(), &why), qPrintable(why));
    const auto settled = [&] { return thumbnails->pendingCount() == 0 && !model->isLoading(); };
    const auto cachedIn = [&](int first, int last) {
        int ready = 0;
        for (int row = first; row <= last; ++row) {
            const QString key =
                model->data(model->index(row), ImageListModel::PixelKeyRole).toString();
            ready += !key.isEmpty() && !thumbnails->cached(key, model->thumbnailSize()).isNull();
        }
        return ready;
    };
    QTRY_VERIFY(model->isRowLoaded(0));
    const auto [first, last] = grid->visibleRows();
    const int screen = last - first + 1;
    QTRY_VERIFY_WITH_TIMEOUT(cachedIn(first, last) == screen && settled(), 20000);
    // Fetched: more than what is visible; the two screens below are ready.
    const int fetched = m_server->stats().value(QStringLiteral("thumbnailRequests")).toInt();
    QVERIFY2(fetched >= 3 * screen - columnsOf(grid), qPrintable(QString::number(fetched)));
    QCOMPARE(cachedIn(last + 1, last + 2 * screen), 2 * screen);

    // One screen down: what scrolls in was there before it did, and the
    // read-ahead moves on with the scrolling.
    grid->verticalScrollBar()->setValue(grid->verticalScrollBar()->value() +
                                        grid->verticalScrollBar()->pageStep());
    QTest::qWait(0);
    const auto [firstAfter, lastAfter] = grid->visibleRows();
    QVERIFY(firstAfter > first);
    QCOMPARE(cachedIn(firstAfter, lastAfter), lastAfter - firstAfter + 1); // no blank cell
    QTRY_VERIFY_WITH_TIMEOUT(
        settled() && cachedIn(lastAfter + 1, lastAfter + 2 * screen) == 2 * screen, 20000);
}

void tst_ImageGridView::scrollingFarLoadsOnlyPagesNearTheEnd()
{
    MainWindow &w = *m_window;
    ImageGridView *grid = w.grid();
    ImageListModel *model = w.model();
    QString why;
    QVERIFY2(connectAndLoad(w, m_server->url(), &why), qPrintable(why));
    QCOMPARE(model->rowCount(), 20000);
    QTRY_VERIFY(model->isRowLoaded(0));
    QTRY_VERIFY(!model->isLoading());
    // The totals' stats request also goes to findImages: let it answer first.
    QTRY_VERIFY_WITH_TIMEOUT(w.statusText().contains(QStringLiteral("MP")), 15000);
    const int before = rootFieldCount(m_server->stats(), QStringLiteral("findImages"));

    grid->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(19999), 15000);
    QTRY_VERIFY(!model->isLoading());
    const auto [first, last] = grid->visibleRows();
    QCOMPARE(last, 19999);
    QVERIFY(first > 19000);
    // Every visible cell shows a loaded title.
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model->index(row);
        QVERIFY2(index.data(ImageListModel::LoadedRole).toBool(), qPrintable(QString::number(row)));
        QVERIFY2(!index.data(ImageListModel::TitleRole).toString().isEmpty(),
                 qPrintable(QString::number(row)));
    }

    const QJsonObject stats = m_server->stats();
    const int pages = rootFieldCount(stats, QStringLiteral("findImages")) - before;
    QVERIFY2(pages >= 1 && pages <= 3,
             qPrintable(QStringLiteral("%1 findImages requests").arg(pages)));
    const int lastPage = FakeStash::lastVariables(stats, QStringLiteral("FindImages"))
                             .value(QStringLiteral("filter"))
                             .toObject()
                             .value(QStringLiteral("page"))
                             .toInt();
    QVERIFY2(lastPage >= 20000 / model->pageSize() - 1, qPrintable(QString::number(lastPage)));
    // Nothing in between was loaded.
    QVERIFY(!model->isRowLoaded(5000));
    QVERIFY(!model->isRowLoaded(10000));
    QVERIFY(!model->isRowLoaded(19000));

    // The thumbnails fetched are those around the end, not a scan of the list.
    const int thumbnails = stats.value(QStringLiteral("thumbnailRequests")).toInt();
    QVERIFY2(thumbnails < 400, qPrintable(QString::number(thumbnails)));
}

void tst_ImageGridView::zoomShortcutsAndPersistence()
{
    MainWindow &w = *m_window;
    ImageGridView *grid = w.grid();
    QString why;
    QVERIFY2(connectAndLoad(w, m_server->url(), &why), qPrintable(why));
    QTRY_VERIFY(grid->hasFocus());
    QCOMPARE(grid->zoomLevel(), 2);
    QSignalSpy zoomed(grid, &ImageGridView::zoomLevelChanged);
    const QSize start = grid->cellSize();
    QCOMPARE(grid->gridSize(), start);
    QCOMPARE(grid->visualRect(w.model()->index(0)).size(), start);
    const int columnsAtStart = columnsOf(grid);

    QTest::keyClick(grid, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(grid->zoomLevel(), 3);
    QCOMPARE(zoomed.count(), 1);
    const QSize bigger = grid->cellSize();
    QVERIFY(bigger.width() > start.width());
    QVERIFY(bigger.height() > start.height());
    QCOMPARE(grid->gridSize(), bigger);
    QCOMPARE(grid->visualRect(w.model()->index(0)).size(), bigger);
    QVERIFY(columnsOf(grid) < columnsAtStart);
    QCOMPARE(w.model()->thumbnailSize(), grid->thumbnailSize() * w.devicePixelRatioF());

    QTest::keyClick(grid, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(grid, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(grid->zoomLevel(), 1);
    QVERIFY(grid->cellSize().width() < start.width());
    QVERIFY(columnsOf(grid) > columnsAtStart);
    // The smallest level is a floor.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(grid, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(grid->zoomLevel(), 0);
    QTest::keyClick(grid, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(grid->zoomLevel(), 1);

    // A new window starts at the saved level.
    m_window.reset();
    MainWindow again;
    QCOMPARE(again.grid()->zoomLevel(), 1);
    QCOMPARE(again.grid()->cellSize().width() >= ImageGridView::zoomWidths().at(1), true);
}

void tst_ImageGridView::firstKeyInAFreshGridMoves()
{
    MainWindow &w = *m_window;
    ImageGridView *grid = w.grid();
    ImageListModel *model = w.model();
    QString why;
    QVERIFY2(connectAndLoad(w, m_server->url(), &why), qPrintable(why));
    QTRY_VERIFY(grid->hasFocus());
    QTRY_VERIFY(model->isRowLoaded(0));
    // The first image is current, and nothing is selected yet.
    QCOMPARE(grid->currentIndex().row(), 0);
    QVERIFY(grid->selectionModel()->selectedIndexes().isEmpty());
    // So the very first key acts: an arrow moves one on, End goes to the end.
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->currentIndex().row(), 1);
    QTest::keyClick(grid, Qt::Key_End);
    QCOMPARE(grid->currentIndex().row(), model->rowCount() - 1);
}

void tst_ImageGridView::lettersNeverJumpByTitle()
{
    // A letter that reaches the grid itself (no shortcut took it, as after the
    // viewer closed) must not jump to an image whose title starts with it
    // (issue 12, item 14): letters are shortcuts, not type-ahead.
    MainWindow &w = *m_window;
    ImageGridView *grid = w.grid();
    ImageListModel *model = w.model();
    QString why;
    QVERIFY2(connectAndLoad(w, m_server->url(), &why), qPrintable(why));
    QTRY_VERIFY(model->isRowLoaded(5));
    grid->setCurrentIndex(model->index(0));
    // A letter that some loaded title starts with, but not the current one's.
    const auto firstLetter = [model](int row) {
        const QString title = model->index(row).data(Qt::DisplayRole).toString();
        return title.isEmpty() ? QChar() : title.at(0).toLower();
    };
    QChar letter;
    for (int row = 1; row <= 5 && letter.isNull(); ++row) {
        const QChar c = firstLetter(row);
        if (c.isLetter() && c.unicode() < 128 && c != firstLetter(0))
            letter = c;
    }
    QVERIFY(letter.isLetter());
    QKeyEvent press(QEvent::KeyPress, Qt::Key_A + (letter.unicode() - 'a'), Qt::NoModifier,
                    QString(letter));
    QApplication::sendEvent(grid, &press);
    QCOMPARE(grid->currentIndex().row(), 0);
    grid->keyboardSearch(QString(letter)); // the view's type-ahead itself
    QCOMPARE(grid->currentIndex().row(), 0);
}

void tst_ImageGridView::keyboardNavigationAndEnter()
{
    MainWindow &w = *m_window;
    ImageGridView *grid = w.grid();
    ImageListModel *model = w.model();
    QString why;
    QVERIFY2(connectAndLoad(w, m_server->url(), &why), qPrintable(why));
    QTRY_VERIFY(grid->hasFocus());
    QTRY_VERIFY(model->isRowLoaded(0));
    const int columns = columnsOf(grid);
    QVERIFY(columns > 1);

    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {},
                      grid->visualRect(model->index(0)).center());
    QCOMPARE(grid->currentIndex().row(), 0);
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->currentIndex().row(), 1);
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->currentIndex().row(), 1 + columns);
    QTest::keyClick(grid, Qt::Key_Left);
    QCOMPARE(grid->currentIndex().row(), columns);
    QTest::keyClick(grid, Qt::Key_Up);
    QCOMPARE(grid->currentIndex().row(), 0);
    QTest::keyClick(grid, Qt::Key_End);
    QCOMPARE(grid->currentIndex().row(), 19999);
    // The end is scrolled into view and its page loads.
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(19999), 15000);
    QVERIFY(grid->viewport()->rect().contains(grid->visualRect(model->index(19999)).center()));
    QTest::keyClick(grid, Qt::Key_Home);
    QCOMPARE(grid->currentIndex().row(), 0);
    QTest::keyClick(grid, Qt::Key_Right);
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(grid->currentIndex().row(), 2);
    QVERIFY(!w.viewer()->isVisible());

    // Enter opens the viewer on the current row.
    QTest::keyClick(grid, Qt::Key_Return);
    QTRY_VERIFY(w.viewer()->isVisible());
    QCOMPARE(w.viewer()->currentRow(), 2);
    QCOMPARE(w.viewer()->currentId(), model->idAt(2));
    w.viewer()->close();
    QTRY_VERIFY(!w.viewer()->isVisible());
}

QTEST_MAIN(tst_ImageGridView)
#include "tst_imagegridview.moc"
