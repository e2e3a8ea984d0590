// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkimageupdate.h"
#include "image.h"
#include "imageupdate.h"

#include <QFlags>
#include <QStringView>

#include <span>

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

/// One editable field, the one place that lists them: its flag, its names on the server, its
/// words for people and how its value moves between an image and an update.
struct ImageFieldRow
{
    ImageField field;
    /// Its key in ImageUpdateInput and BulkImageUpdateInput, as the update mutations send it
    /// ("rating100", "studio_id", "tag_ids").
    const char *serverName;
    /// Its switch in the FindImageFields query ("rating", "studio", "tags"): what
    /// BulkEdit::fieldNames() hands to StashClient::findImageFields.
    const char *readName;
    /// "Title", for a form. Marked with QT_TRANSLATE_NOOP in ImageFieldTable::kContext:
    /// translate at the use site with QCoreApplication::translate(kContext, label).
    const char *label;
    /// "title", inside a sentence ("Set the title of …"); not the label lower-cased, which is
    /// wrong where nouns are capitalised (German). Same context as the label.
    const char *noun;
    void (*write)(const Stash::Image &, Stash::ImageUpdate &); ///< into an update (empty → null)
    void (*copy)(const Stash::Image &from, Stash::Image &to);
    bool (*same)(const Stash::Image &, const Stash::Image &);
};

namespace ImageFieldTable {

/// The translation context of every label and noun in the table.
inline constexpr char kContext[] = "Tessera::ImageFieldTable";

/// Every field, each exactly once, in the edit form's order.
std::span<const ImageFieldRow> rows();
/// Every field the client can edit (all the rows' flags).
ImageFields editable();
/// The row of one field (`field` must be a single flag).
const ImageFieldRow &row(ImageField field);
/// The row whose serverName is `name`, else nullptr.
const ImageFieldRow *byServerName(QStringView name);
/// The readNames of `fields`, for StashClient::findImageFields.
QStringList readNames(ImageFields fields);

} // namespace ImageFieldTable

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
