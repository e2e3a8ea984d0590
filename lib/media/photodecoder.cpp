// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "photodecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageIOHandler>
#include <QImageReader>

#include <algorithm>
#include <cmath>

namespace Tessera::PhotoDecoder {

namespace {

qint64 pixelsOf(QSize size)
{
    return qint64(size.width()) * size.height();
}

/// The allocation limit (in MB) that lets MaxFullPixels decode in 32-bit
/// pixels, with room for the decoder's own rows.
constexpr int AllocationLimitMB = int(MaxFullPixels * 4 / (1024 * 1024)) + 16;

} // namespace

Decoded decode(const QByteArray &bytes, qint64 maxPixels)
{
    Decoded result;
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly)) {
        result.error = buffer.errorString();
        return result;
    }
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // honour EXIF orientation as Stash's UI does
    reader.setAllocationLimit(AllocationLimitMB);
    const QSize stored = reader.size(); // from the header, before any pixel
    if (stored.isValid()) {
        const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
        result.fullSize = turned ? stored.transposed() : stored;
        if (pixelsOf(stored) > MaxFullPixels) {
            result.error =
                QCoreApplication::translate(
                    "PhotoDecoder", "it is %1 × %2 pixels (%3 megapixels), more than the %4 "
                                    "megapixels Tessera shows")
                    .arg(result.fullSize.width())
                    .arg(result.fullSize.height())
                    .arg(pixelsOf(stored) / 1'000'000)
                    .arg(MaxFullPixels / 1'000'000);
            return result;
        }
        if (pixelsOf(stored) > maxPixels) {
            // The scaled size is of the stored image, before its rotation.
            const double factor = std::sqrt(double(maxPixels) / double(pixelsOf(stored)));
            const QSize scaled(std::max(1, int(stored.width() * factor)),
                               std::max(1, int(stored.height() * factor)));
            reader.setScaledSize(scaled);
        }
    }
    result.image = reader.read();
    if (result.image.isNull()) {
        result.error = reader.errorString();
        return result;
    }
    if (!result.fullSize.isValid())
        result.fullSize = result.image.size(); // a format without a size in its header
    return result;
}

} // namespace Tessera::PhotoDecoder
