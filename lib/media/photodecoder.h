// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace Tessera::PhotoDecoder {

/// The most pixels decoded for showing a photo fitted to the window: a 4K
/// screen is 8.3 MP, so this is sharp there and costs at most 64 MB. Larger
/// photos are read scaled down (JPEG scales while decoding, at a fraction of
/// the cost), and their full resolution is decoded only for 1:1 and zoom.
inline constexpr qint64 MaxShownPixels = 16'000'000;
/// The most pixels decoded at full resolution: above the 100 MP of medium
/// format cameras (45–60 MP is usual), below what would exhaust memory.
/// Qt's own limit (128 MB, about 33 MP) is raised to fit it.
inline constexpr qint64 MaxFullPixels = 120'000'000;

struct Decoded
{
    QImage image;   ///< null when the bytes did not decode or were refused
    QSize fullSize; ///< the photo's own size, as shown (after its EXIF rotation)
    QString error;  ///< why `image` is null, for the person
};

/// Decodes `bytes` with at most `maxPixels` pixels (MaxShownPixels or
/// MaxFullPixels), keeping the aspect ratio and honouring EXIF orientation.
/// Refuses, before decoding anything, a photo declaring more than
/// MaxFullPixels. Safe on any thread.
Decoded decode(const QByteArray &bytes, qint64 maxPixels);

} // namespace Tessera::PhotoDecoder
