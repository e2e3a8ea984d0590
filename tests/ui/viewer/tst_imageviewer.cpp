// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "viewer/imagecanvas.h"
#include "imagelistmodel.h"
#include "imagequery.h"
#include "viewer/imageviewer.h"
#include "session.h"
#include "sessionfixture.h"
#include "fakestash.h"
#include "stashclient.h"
#include "testimages.h"
#include "uitesthelpers.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Tessera;

/// The viewer over a session's result: real pixels, previous/next beyond the
/// loaded rows, Esc, slideshow, and a currentRowChanged for every step (the
/// main window's grid follows it; tst_mainwindow checks that wiring).
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
    void cameraPhotoShowsScaledThenSharpAtActualSize();

private:
    /// Waits until the viewer shows `row`'s full image: the canvas holds a
    /// picture of that image's stored dimensions.
    bool showsImageOf(int row, int timeoutMs = 20000);
    /// Shows the viewer and waits until it is exposed.
    bool showViewer();

    SessionFixture m_fixture; // 20,000 images
    Session *m_session = nullptr;
    ImageListModel *m_model = nullptr;
    std::unique_ptr<ImageViewer> m_viewer;
};

void tst_ImageViewer::initTestCase()
{
    UiTest::isolate(QStringLiteral("tst_imageviewer"));
    QVERIFY2(m_fixture.start({QStringLiteral("--images"), QStringLiteral("20000")}),
             qPrintable(m_fixture.errorText()));
}

void tst_ImageViewer::init()
{
    m_session = m_fixture.newSession();
    QVERIFY2(m_session, qPrintable(m_fixture.errorText()));
    m_model = m_session->images();
    ImageQuery query;
    query.filter.sort = QStringLiteral("path"); // the main window's default order
    m_model->setQuery(query);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 20000, 20000);
    QTRY_VERIFY(m_model->isRowLoaded(0));
    m_viewer = std::make_unique<ImageViewer>(m_session);
    m_viewer->setRatingSystem(m_session->client()->serverInfo()->ratingSystem);
}

void tst_ImageViewer::cleanup()
{
    if (m_viewer)
        m_viewer->close();
    m_viewer.reset();
    m_model = nullptr;
    m_session = nullptr;
    m_fixture.endSession();
}

bool tst_ImageViewer::showViewer()
{
    m_viewer->show();
    return QTest::qWaitForWindowExposed(m_viewer.get());
}

bool tst_ImageViewer::showsImageOf(int row, int timeoutMs)
{
    ImageViewer *viewer = m_viewer.get();
    ImageListModel *model = m_model;
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
    ImageViewer *viewer = m_viewer.get();
    QSignalSpy moved(viewer, &ImageViewer::currentRowChanged);
    QVERIFY(showViewer());

    viewer->showRow(0);
    QVERIFY2(showsImageOf(0), "row 0's full image did not show");
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.last().first().toInt(), 0);
    const qint64 firstKey = viewer->canvas()->image().cacheKey();

    viewer->next();
    QCOMPARE(viewer->currentRow(), 1);
    QVERIFY2(showsImageOf(1), "row 1's full image did not show");
    QVERIFY(viewer->canvas()->image().cacheKey() != firstKey);
    QCOMPARE(moved.count(), 2);
    QCOMPARE(moved.last().first().toInt(), 1);

    viewer->next();
    QVERIFY2(showsImageOf(2), "row 2's full image did not show");
    viewer->previous();
    QCOMPARE(viewer->currentRow(), 1);
    QVERIFY2(showsImageOf(1), "back on row 1");
    QCOMPARE(moved.count(), 4);
    QCOMPARE(moved.last().first().toInt(), 1);

    // Keys: Right and Left step too; previous() stops at the first row.
    QTest::keyClick(viewer, Qt::Key_Right);
    QCOMPARE(viewer->currentRow(), 2);
    QTest::keyClick(viewer, Qt::Key_Left);
    QTest::keyClick(viewer, Qt::Key_Left);
    QCOMPARE(viewer->currentRow(), 0);
    viewer->previous();
    QCOMPARE(viewer->currentRow(), 0);
    QVERIFY2(showsImageOf(0), "row 0 again");
    QCOMPARE(moved.count(), 7); // nothing for the stop at the first row
    QCOMPARE(moved.last().first().toInt(), 0);
}

void tst_ImageViewer::nextGoesBeyondLoadedRows()
{
    ImageViewer *viewer = m_viewer.get();
    ImageListModel *model = m_model;
    QSignalSpy moved(viewer, &ImageViewer::currentRowChanged);
    const int lastOfPage = model->pageSize() - 1;
    QTRY_VERIFY(model->isRowLoaded(lastOfPage));
    QVERIFY2(!model->isRowLoaded(lastOfPage + 1), "the second page should not be loaded yet");
    QVERIFY(showViewer());

    viewer->showRow(lastOfPage);
    QVERIFY2(showsImageOf(lastOfPage), "the last row of the first page did not show");
    viewer->next();
    QCOMPARE(viewer->currentRow(), lastOfPage + 1);
    QVERIFY2(showsImageOf(lastOfPage + 1), "the first row of the second page did not show");
    viewer->next();
    QVERIFY2(showsImageOf(lastOfPage + 2), "the next row did not show");
    QCOMPARE(moved.count(), 3);
    QCOMPARE(moved.last().first().toInt(), lastOfPage + 2);
}

void tst_ImageViewer::jumpFarShowsRealImage()
{
    ImageViewer *viewer = m_viewer.get();
    ImageListModel *model = m_model;
    QSignalSpy moved(viewer, &ImageViewer::currentRowChanged);
    QVERIFY(!model->isRowLoaded(15000));
    QVERIFY(showViewer());

    viewer->showRow(15000);
    QCOMPARE(viewer->currentRow(), 15000);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.last().first().toInt(), 15000);
    QVERIFY2(showsImageOf(15000), "row 15,000 did not show its image");
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
    QCOMPARE(moved.last().first().toInt(), 19999);
}

void tst_ImageViewer::escapeClosesAndSlideshowToggles()
{
    ImageViewer *viewer = m_viewer.get();
    QVERIFY(showViewer());
    viewer->showRow(3);
    QCOMPARE(viewer->currentRow(), 3);
    QVERIFY2(showsImageOf(3), "row 3 did not show");

    // Slideshow: runs on its timer, stops again.
    QSignalSpy moved(viewer, &ImageViewer::currentRowChanged);
    QVERIFY(!viewer->isSlideshowRunning());
    viewer->setSlideshowInterval(100);
    viewer->toggleSlideshow();
    QVERIFY(viewer->isSlideshowRunning());
    QTRY_VERIFY_WITH_TIMEOUT(viewer->currentRow() >= 5, 5000);
    viewer->toggleSlideshow();
    QVERIFY(!viewer->isSlideshowRunning());
    // Every step said so, in order (the main window's grid follows these).
    QCOMPARE(moved.count(), viewer->currentRow() - 3);
    for (int i = 0; i < moved.count(); ++i)
        QCOMPARE(moved.at(i).first().toInt(), 4 + i);
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

void tst_ImageViewer::cameraPhotoShowsScaledThenSharpAtActualSize()
{
    // A 54 MP photo (Qt alone refuses it): shown fitted from a scaled-down
    // decode, and at 1:1 in its full resolution, with the view kept.
    QTemporaryDir folder;
    QFile photo(folder.filePath(QStringLiteral("camera.jpg")));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.write(cameraJpeg(QSize(9000, 6000)));
    photo.close();
    const int row = 7; // no other case looks at it
    QVERIFY(m_fixture.server()->control(
        {{QStringLiteral("photoFile"),
          QJsonObject{{QStringLiteral("id"), m_model->idAt(row).toInt()},
                      {QStringLiteral("path"), photo.fileName()},
                      {QStringLiteral("width"), 9000},
                      {QStringLiteral("height"), 6000}}}}));
    ImageViewer *viewer = m_viewer.get();
    ImageCanvas *canvas = viewer->canvas();
    QVERIFY(showViewer());
    viewer->showRow(row);
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->image().isNull(), 20000);
    QCOMPARE(canvas->fullSize(), QSize(9000, 6000));
    QVERIFY(canvas->image().width() < 9000);
    QVERIFY(canvas->isFitted());
    QVERIFY(!canvas->needsMoreDetail());

    // Ctrl+1: one photo pixel per screen pixel, so the full resolution comes.
    QTest::keyClick(viewer, Qt::Key_1, Qt::ControlModifier);
    QVERIFY(!canvas->isFitted());
    QTRY_COMPARE_WITH_TIMEOUT(canvas->image().size(), QSize(9000, 6000), 20000);
    QVERIFY(!canvas->isFitted()); // the view stayed at 1:1
    QCOMPARE(canvas->zoom(), 1.0);
    QVERIFY(!canvas->needsMoreDetail());

    // Away and back: fitted again from the scaled decode.
    viewer->next();
    viewer->previous();
    QTRY_VERIFY_WITH_TIMEOUT(!canvas->image().isNull() && canvas->image().width() < 9000, 20000);
    QVERIFY(canvas->isFitted());
}

QTEST_MAIN(tst_ImageViewer)
#include "tst_imageviewer.moc"
