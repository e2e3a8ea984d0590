// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "testimages.h"
#include "thumbnaildecoder.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>
#include <QTest>

using namespace Tessera;

/// Thumbnails are decoded from whatever the server sends: an image whose
/// header declares absurd dimensions is refused before any pixel is decoded
/// (issue 12, item 8); ordinary ones decode fitted into their box.
class tst_ThumbnailDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bombIsRefusedBeforeDecoding();
    void largeButRealIsNotRefused();
    void ordinaryImageDecodesFitted();
};

void tst_ThumbnailDecoder::bombIsRefusedBeforeDecoding()
{
    const QByteArray bomb = pngDeclaring(30000, 30000);
    // Qt reads the declared size from the header alone.
    QBuffer buffer;
    buffer.setData(bomb);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QCOMPARE(QImageReader(&buffer).size(), QSize(30000, 30000));

    QElapsedTimer clock;
    clock.start();
    const ThumbnailDecoder::Decoded decoded = ThumbnailDecoder::decode(bomb, 256);
    QVERIFY(decoded.tooLarge);
    QVERIFY(decoded.image.isNull());
    QVERIFY2(clock.elapsed() < 1000, "refused without decoding");
}

void tst_ThumbnailDecoder::largeButRealIsNotRefused()
{
    // 9000 × 6000 (54 MP), as a camera makes: not refused (this one's data is only a token).
    const ThumbnailDecoder::Decoded decoded =
        ThumbnailDecoder::decode(pngDeclaring(9000, 6000), 256);
    QVERIFY(!decoded.tooLarge);
}

void tst_ThumbnailDecoder::ordinaryImageDecodesFitted()
{
    QImage source(400, 200, QImage::Format_RGB32);
    source.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(source.save(&buffer, "PNG"));
    const ThumbnailDecoder::Decoded decoded = ThumbnailDecoder::decode(png, 128);
    QVERIFY(!decoded.tooLarge);
    QCOMPARE(decoded.image.size(), QSize(128, 64));
    QCOMPARE(decoded.image.format(), QImage::Format_RGB32);
    // Never upscaled.
    QCOMPARE(ThumbnailDecoder::decode(png, 1024).image.size(), QSize(400, 200));
}

QTEST_GUILESS_MAIN(tst_ThumbnailDecoder)
#include "tst_thumbnaildecoder.moc"
