// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkimageupdate.h"
#include "image.h"
#include "imageupdate.h"

#include <QFlags>

namespace Tessera {

/// The editable fields of an image, as a set: what an edit touches, and so
/// what its undo must restore.
enum class ImageField {
    Title = 1 << 0,
    Code = 1 << 1,
    Rating = 1 << 2,
    Organized = 1 << 3,
    Urls = 1 << 4,
    Date = 1 << 5,
    Details = 1 << 6,
    Photographer = 1 << 7,
    Studio = 1 << 8,
    Performers = 1 << 9,
    Tags = 1 << 10,
    Galleries = 1 << 11,
};
Q_DECLARE_FLAGS(ImageFields, ImageField)
Q_DECLARE_OPERATORS_FOR_FLAGS(ImageFields)

namespace ImageFieldValues {

/// An update that sets `fields` of the image to the values `image` has
/// (empty text, no rating, no studio → null, which clears).
Stash::ImageUpdate updateFrom(const Stash::Image &image, ImageFields fields);
/// The same change as one bulk input for many images (lists in SET mode).
Stash::BulkImageUpdate bulkFrom(const Stash::Image &image, ImageFields fields,
                                const QStringList &ids);
/// Copies `fields` from one image to another (the optimistic patch).
void copy(const Stash::Image &from, Stash::Image &to, ImageFields fields);
/// Which fields differ between two images.
ImageFields differing(const Stash::Image &a, const Stash::Image &b);
/// Whether two images have the same values in `fields`.
bool sameValues(const Stash::Image &a, const Stash::Image &b, ImageFields fields);

} // namespace ImageFieldValues

} // namespace Tessera
