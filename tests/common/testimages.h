// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QtEndian>

/// Images the tests make: a PNG whose header lies about its size (as a PNG
/// bomb looks before anything is decoded), and a photo as large as a
/// camera's. Header-only; the test links Qt GUI.
namespace PngDeclaring {

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline QByteArray chunk(const char *type, const QByteArray &data)
{
    QByteArray body = QByteArray(type) + data;
    QByteArray out(4, '\0');
    qToBigEndian(quint32(data.size()), out.data());
    out += body;
    QByteArray crc(4, '\0');
    qToBigEndian(crc32(body), crc.data());
    return out + crc;
}

} // namespace PngDeclaring

/// A PNG header that declares width × height, with a token of pixel data.
inline QByteArray pngDeclaring(quint32 width, quint32 height)
{
    QByteArray header(13, '\0');
    qToBigEndian(width, header.data());
    qToBigEndian(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 2; // RGB
    const QByteArray zlibOfNothing = QByteArray::fromHex("789c030000000001");
    return QByteArray::fromHex("89504e470d0a1a0a") + PngDeclaring::chunk("IHDR", header) +
           PngDeclaring::chunk("IDAT", zlibOfNothing) + PngDeclaring::chunk("IEND", {});
}

/// A JPEG of `size` with some structure in it, as a camera photo of that
/// size (9000 × 6000 is 54 MP, beyond what Qt decodes by default).
inline QByteArray cameraJpeg(QSize size)
{
    QImage image(size, QImage::Format_RGB888);
    image.fill(QColor(40, 90, 140));
    QPainter painter(&image);
    for (int i = 0; i < 8; ++i)
        painter.fillRect(i * size.width() / 8, 0, size.width() / 16, size.height(),
                         QColor(30 * i, 200 - 20 * i, 90));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 40);
    return bytes;
}
