// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QByteArray>
#include <QImage>

namespace Tessera::ThumbnailDecoder {

/// The most pixels an image may declare to be decoded as a thumbnail. Far
/// above any real thumbnail (and a 60 MP camera photo); a PNG of 30,000 ×
/// 30,000 (900 MP in 2.6 MB) would cost seconds of CPU and gigabytes.
inline constexpr qint64 MaxSourcePixels = 100'000'000;

struct Decoded
{
    QImage image; ///< null when the bytes did not decode or were refused
    /// Refused before decoding: its header declares more than MaxSourcePixels.
    bool tooLarge = false;
};

/// Decodes `bytes` fitted into a `box`-sized square, scaling while decoding
/// where the format allows it (JPEG decodes at a fraction of the cost), never
/// upscaling, in a format the painter draws without converting. Reads the
/// header first and refuses what is too large. Safe on any thread.
Decoded decode(const QByteArray &bytes, int box);

} // namespace Tessera::ThumbnailDecoder
