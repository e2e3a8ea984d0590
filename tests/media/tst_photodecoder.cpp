// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "photodecoder.h"
#include "testimages.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>
#include <QTest>

using namespace Tessera;

/// The viewer's photos: a 54 MP camera photo, which Qt's default limit
/// refuses, is decoded scaled down for showing and at its own size for 1:1
/// (issue 12, item 9); one declaring more than Tessera shows is refused
/// before decoding.
class tst_PhotoDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cameraPhotoIsShownScaledDown();
    void cameraPhotoDecodesAtItsOwnSize();
    void beyondTheLimitIsRefusedBeforeDecoding();
    void smallPhotoIsItsOwnSize();

private:
    QByteArray m_camera; // 9000 × 6000
};

void tst_PhotoDecoder::initTestCase()
{
    m_camera = cameraJpeg(QSize(9000, 6000));
    QVERIFY(m_camera.size() > 1000);
    // What the viewer did before: a plain read fails at Qt's 128 MB limit.
    QBuffer buffer(&m_camera);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QImageReader plain(&buffer);
    QVERIFY2(plain.read().isNull(), "Qt's default limit no longer refuses 54 MP");
}

void tst_PhotoDecoder::cameraPhotoIsShownScaledDown()
{
    const PhotoDecoder::Decoded shown =
        PhotoDecoder::decode(m_camera, PhotoDecoder::MaxShownPixels);
    QVERIFY2(!shown.image.isNull(), qPrintable(shown.error));
    QCOMPARE(shown.fullSize, QSize(9000, 6000));
    QVERIFY(qint64(shown.image.width()) * shown.image.height() <= PhotoDecoder::MaxShownPixels);
    QVERIFY(shown.image.width() >= 4000); // sharp on a 4K screen
    // The aspect ratio is kept.
    QVERIFY(qAbs(double(shown.image.width()) / shown.image.height() - 1.5) < 0.01);
}

void tst_PhotoDecoder::cameraPhotoDecodesAtItsOwnSize()
{
    const PhotoDecoder::Decoded full = PhotoDecoder::decode(m_camera, PhotoDecoder::MaxFullPixels);
    QVERIFY2(!full.image.isNull(), qPrintable(full.error));
    QCOMPARE(full.image.size(), QSize(9000, 6000));
    QCOMPARE(full.fullSize, QSize(9000, 6000));
}

void tst_PhotoDecoder::beyondTheLimitIsRefusedBeforeDecoding()
{
    QElapsedTimer clock;
    clock.start();
    const PhotoDecoder::Decoded decoded =
        PhotoDecoder::decode(pngDeclaring(12000, 11000), PhotoDecoder::MaxShownPixels);
    QVERIFY(decoded.image.isNull());
    QCOMPARE(decoded.fullSize, QSize(12000, 11000));
    QVERIFY2(decoded.error.contains(QStringLiteral("132 megapixels")), qPrintable(decoded.error));
    QVERIFY2(decoded.error.contains(QStringLiteral("120")), qPrintable(decoded.error));
    QVERIFY(clock.elapsed() < 1000);
}

void tst_PhotoDecoder::smallPhotoIsItsOwnSize()
{
    const QByteArray small = cameraJpeg(QSize(1600, 1200));
    const PhotoDecoder::Decoded shown = PhotoDecoder::decode(small, PhotoDecoder::MaxShownPixels);
    QCOMPARE(shown.image.size(), QSize(1600, 1200));
    QCOMPARE(shown.fullSize, QSize(1600, 1200));
    // Garbage never crashes and names a reason.
    const PhotoDecoder::Decoded garbage =
        PhotoDecoder::decode(QByteArray(5000, 'x'), PhotoDecoder::MaxShownPixels);
    QVERIFY(garbage.image.isNull());
    QVERIFY(!garbage.error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PhotoDecoder)
#include "tst_photodecoder.moc"
