// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "thumbnaildecoder.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QImageReader>
#include <QTest>
#include <QtEndian>

using namespace Tessera;

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray chunk(const char *type, const QByteArray &data)
{
    QByteArray body = QByteArray(type) + data;
    QByteArray out(4, '\0');
    qToBigEndian(quint32(data.size()), out.data());
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    return out + crc;
}

/// A PNG header that declares width × height, with a token of pixel data:
/// what a PNG bomb looks like before anything is decoded.
QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 2; // RGB
    const QByteArray zlibOfNothing = QByteArray::fromHex("789c030000000001");
    return QByteArray::fromHex("89504e470d0a1a0a") + chunk("IHDR", header) +
           chunk("IDAT", zlibOfNothing) + chunk("IEND", {});
}

} // namespace

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
