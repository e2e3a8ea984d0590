// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkedit.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Stash {
struct RatingSystem;
}

namespace Tessera {

/// The list fields the bulk panel shows by share and changes value by value.
enum class ListKind { Tags, Performers, Galleries };

/// One tag, performer, gallery or studio: its id and the name to show.
struct BulkValue
{
    QString id;
    QString name;
    friend bool operator==(const BulkValue &, const BulkValue &) = default;
};

/// A bulk edit as the panel hands it to the runner: the change with its undo
/// text, whether to ask whatever the count, and the words for a partial result.
struct PlannedBulkEdit
{
    BulkEdit edit;
    bool alwaysConfirm = false; ///< images lose values (clearing, SET): always say which
    /// "Added tag beach to 1,500 of 10,000 images", for a run that stopped part-way; empty:
    /// the panel's generic words.
    std::function<QString(int applied, int total)> partial;
};

/// A text field every selected image can be given (title, code, date, details, photographer).
struct BulkTextField
{
    QString serverName;
    QString label; ///< "Title", for the form
    /// "title", inside a sentence ("Set the title of …"); not the label lower-cased, which is
    /// wrong where nouns are capitalised (German).
    QString noun;
};

/// Turning what a person asks for ("add tag beach", "clear the studio") into
/// the BulkEdit for `count` images, with its undo text. Pure: no network, no
/// widgets; the words are the bulk panel's (its translation context).
namespace BulkEdits {

/// Adds (ADD) or removes (REMOVE) `values` on every image, or (SET) gives every
/// image exactly `values` (always asked: images may lose values).
PlannedBulkEdit listChange(ListKind kind, Stash::BulkMode mode, const QList<BulkValue> &values,
                           int count);
/// nullopt clears; `system` words the rating ("4 stars").
PlannedBulkEdit rating(std::optional<int> rating100, const Stash::RatingSystem &system, int count);
PlannedBulkEdit organized(bool organized, int count);
/// nullopt clears (always asked).
PlannedBulkEdit studio(const std::optional<BulkValue> &studio, int count);

/// The text fields, in the form's order.
QList<BulkTextField> textFields();
/// Why `value` cannot go into the field `serverName` of every image (an unknown
/// field, a malformed date, or a partial date on a server that stores only full
/// ones: `allowPartialDates` is ServerInfo::supportsPartialDates()), else nullopt.
std::optional<Stash::Error> checkText(const QString &serverName, const QString &value,
                                      bool allowPartialDates);
/// Sets the field to `value` (trimmed), or clears it when empty (always asked).
Stash::Result<PlannedBulkEdit> text(const QString &serverName, const QString &value, int count,
                                    bool allowPartialDates);

/// Why the URLs cannot be changed so: ADD and REMOVE need at least one.
std::optional<Stash::Error> checkUrls(Stash::BulkMode mode, const QStringList &urls);
/// Adds, removes or (always asked) sets the URLs of every image.
Stash::Result<PlannedBulkEdit> urls(Stash::BulkMode mode, const QStringList &urls, int count);

} // namespace BulkEdits

} // namespace Tessera
