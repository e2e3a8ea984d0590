// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "fakestash.h"
#include "viewer/imagecanvas.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "viewer/imageviewer.h"
#include "mainwindow.h"
#include "uitesthelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Tessera;

using namespace UiTest;

/// The viewer over the main window's result: real pixels, previous/next
/// beyond the loaded rows, Esc, slideshow, and the grid following it.
class tst_ImageViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsLoadedRowAndSteps();
    void nextGoesBeyondLoadedRows();
    void jumpFarShowsRealImage();
    void escapeClosesAndSlideshowToggles();

private:
    /// Waits until the viewer shows `row`'s full image: the canvas holds a
    /// picture of that image's stored dimensions.
    bool showsImageOf(int row, int timeoutMs = 20000);

    std::unique_ptr<FakeStash> m_server; // 20,000 images
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ImageViewer::initTestCase()
{
    isolate(QStringLiteral("tst_imageviewer"));
    m_server = std::make_unique<FakeStash>(
        QStringList{QStringLiteral("--images"), QStringLiteral("20000")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
}

void tst_ImageViewer::init()
{
    clearSettings();
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_window = openWindow(m_cache->path());
    QVERIFY2(m_window, "the main window was not exposed and active");
    QString why;
    QVERIFY2(connectAndLoad(*m_window, m_server->url(), &why), qPrintable(why));
    QCOMPARE(m_window->model()->rowCount(), 20000);
    QTRY_VERIFY(m_window->model()->isRowLoaded(0));
}

void tst_ImageViewer::cleanup()
{
    if (m_window)
        m_window->viewer()->close();
    m_window.reset();
    m_cache.reset();
}

bool tst_ImageViewer::showsImageOf(int row, int timeoutMs)
{
    ImageViewer *viewer = m_window->viewer();
    ImageListModel *model = m_window->model();
    const bool shown = QTest::qWaitFor(
        [&] {
            if (viewer->currentRow() != row || !model->isRowLoaded(row))
                return false;
            const QImage &image = viewer->canvas()->image();
            const QSize stored =
                model->data(model->index(row), ImageListModel::DimensionsRole).toSize();
            return viewer->currentId() == model->idAt(row) && !image.isNull() &&
                   image.size() == stored;
        },
        timeoutMs);
    if (!shown) {
        qWarning("viewer row %d id '%s' (model id '%s', loaded %d), canvas %dx%d, stored %dx%d",
                 viewer->currentRow(), qPrintable(viewer->currentId()),
                 qPrintable(model->idAt(row)), model->isRowLoaded(row),
                 viewer->canvas()->image().width(), viewer->canvas()->image().height(),
                 model->data(model->index(row), ImageListModel::DimensionsRole).toSize().width(),
                 model->data(model->index(row), ImageListModel::DimensionsRole).toSize().height());
    }
    return shown;
}

void tst_ImageViewer::showsLoadedRowAndSteps()
{
    ImageViewer *viewer = m_window->viewer();
    ImageGridView *grid = m_window->grid();
    QSignalSpy moved(viewer, &ImageViewer::currentRowChanged);
    viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));

    viewer->showRow(0);
    QVERIFY2(showsImageOf(0), "row 0's full image did not show");
    QCOMPARE(moved.count(), 1);
    QCOMPARE(grid->currentIndex().row(), 0);
    const qint64 firstKey = viewer->canvas()->image().cacheKey();

    viewer->next();
    QCOMPARE(viewer->currentRow(), 1);
    QVERIFY2(showsImageOf(1), "row 1's full image did not show");
    QVERIFY(viewer->canvas()->image().cacheKey() != firstKey);
    QCOMPARE(grid->currentIndex().row(), 1);
    QVERIFY(grid->selectionModel()->isSelected(m_window->model()->index(1)));

    viewer->next();
    QVERIFY2(showsImageOf(2), "row 2's full image did not show");
    viewer->previous();
    QCOMPARE(viewer->currentRow(), 1);
    QVERIFY2(showsImageOf(1), "back on row 1");
    QCOMPARE(grid->currentIndex().row(), 1);

    // Keys: Right and Left step too; previous() stops at the first row.
    QTest::keyClick(viewer, Qt::Key_Right);
    QCOMPARE(viewer->currentRow(), 2);
    QTest::keyClick(viewer, Qt::Key_Left);
    QTest::keyClick(viewer, Qt::Key_Left);
    QCOMPARE(viewer->currentRow(), 0);
    viewer->previous();
    QCOMPARE(viewer->currentRow(), 0);
    QVERIFY2(showsImageOf(0), "row 0 again");
    QCOMPARE(grid->currentIndex().row(), 0);
}

void tst_ImageViewer::nextGoesBeyondLoadedRows()
{
    ImageViewer *viewer = m_window->viewer();
    ImageListModel *model = m_window->model();
    const int lastOfPage = model->pageSize() - 1;
    QTRY_VERIFY(model->isRowLoaded(lastOfPage));
    QVERIFY2(!model->isRowLoaded(lastOfPage + 1), "the second page should not be loaded yet");
    viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));

    viewer->showRow(lastOfPage);
    QVERIFY2(showsImageOf(lastOfPage), "the last row of the first page did not show");
    viewer->next();
    QCOMPARE(viewer->currentRow(), lastOfPage + 1);
    QVERIFY2(showsImageOf(lastOfPage + 1), "the first row of the second page did not show");
    viewer->next();
    QVERIFY2(showsImageOf(lastOfPage + 2), "the next row did not show");
    QCOMPARE(m_window->grid()->currentIndex().row(), lastOfPage + 2);
}

void tst_ImageViewer::jumpFarShowsRealImage()
{
    ImageViewer *viewer = m_window->viewer();
    ImageListModel *model = m_window->model();
    ImageGridView *grid = m_window->grid();
    QVERIFY(!model->isRowLoaded(15000));
    viewer->show();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));

    viewer->showRow(15000);
    QCOMPARE(viewer->currentRow(), 15000);
    QVERIFY2(showsImageOf(15000), "row 15,000 did not show its image");
    // The grid followed: its current row is the viewer's and it is in view.
    QCOMPARE(grid->currentIndex().row(), 15000);
    QTRY_VERIFY(grid->viewport()->rect().intersects(grid->visualRect(model->index(15000))));
    // Stepping on from there, and back across the jump.
    viewer->next();
    QVERIFY2(showsImageOf(15001), "row 15,001 did not show");
    viewer->previous();
    viewer->previous();
    QVERIFY2(showsImageOf(14999), "row 14,999 did not show");
    QVERIFY(!model->isRowLoaded(10000)); // nothing in between was loaded

    // The last row.
    QTest::keyClick(viewer, Qt::Key_End);
    QVERIFY2(showsImageOf(19999), "the last row did not show");
    viewer->next(); // no wrap without a slideshow
    QCOMPARE(viewer->currentRow(), 19999);
}

void tst_ImageViewer::escapeClosesAndSlideshowToggles()
{
    ImageViewer *viewer = m_window->viewer();
    ImageGridView *grid = m_window->grid();
    // Opened from the grid on the current row.
    grid->setCurrentIndex(m_window->model()->index(3));
    m_window->openViewer();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QCOMPARE(viewer->currentRow(), 3);
    QVERIFY2(showsImageOf(3), "row 3 did not show");

    // Slideshow: runs on its timer, stops again.
    QVERIFY(!viewer->isSlideshowRunning());
    viewer->setSlideshowInterval(100);
    viewer->toggleSlideshow();
    QVERIFY(viewer->isSlideshowRunning());
    QTRY_VERIFY_WITH_TIMEOUT(viewer->currentRow() >= 5, 5000);
    viewer->toggleSlideshow();
    QVERIFY(!viewer->isSlideshowRunning());
    QCOMPARE(grid->currentIndex().row(), viewer->currentRow()); // the grid followed every step
    // S toggles it too.
    QTest::keyClick(viewer, Qt::Key_S);
    QVERIFY(viewer->isSlideshowRunning());
    QTest::keyClick(viewer, Qt::Key_S);
    QVERIFY(!viewer->isSlideshowRunning());

    // Esc closes (and stops a running slideshow).
    viewer->toggleSlideshow();
    QVERIFY(viewer->isSlideshowRunning());
    QTest::keyClick(viewer, Qt::Key_Escape);
    QTRY_VERIFY(!viewer->isVisible());
    QVERIFY(!viewer->isSlideshowRunning());
}

QTEST_MAIN(tst_ImageViewer)
#include "tst_imageviewer.moc"
