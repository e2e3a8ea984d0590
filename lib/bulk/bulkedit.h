// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkimageupdate.h"
#include "image.h"
#include "imagefields.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Tessera {

/// One change for many images (the bulk panel's unit of work): the server
/// input without ids, plus the names of what it adds, for the screen.
struct BulkEdit
{
    QString text;                  ///< the undo step's name, e.g. "Add tag beach to 812 images"
    Stash::BulkImageUpdate change; ///< ids are filled per chunk
    /// Names of the objects the change refers to, by id (to show them at once).
    QList<Stash::Tag> tags;
    QList<Stash::Performer> performers;
    QList<Stash::Gallery> galleries;
    std::optional<Stash::Studio> studio;

    /// The fields the change touches (what must be read before, for an exact undo).
    ImageFields fields() const;
    /// Server field names of fields(), for StashClient::findImageFields.
    QStringList fieldNames() const;
    /// `before` with this change applied, as the server will store it.
    Stash::Image applied(const Stash::Image &before) const;
};

/// What a bulk edit will do, counted from the images' current values.
struct BulkPreview
{
    int total = 0;
    int changing = 0; ///< images whose stored values change
    /// Per list value (tag, performer, gallery, url): how many gain it and how many already have
    /// it, or (REMOVE / SET) how many lose it.
    struct ValueCount
    {
        QString name;
        int gain = 0;
        int already = 0;
        int lose = 0;
    };
    QList<ValueCount> values;

    /// "tag beach: 812 images gain it, 188 already have it; ..."
    QString describe() const;
    static BulkPreview compute(const BulkEdit &edit, const QList<Stash::Image> &before);
};

/// The server changes that bring images back to their `before` values after
/// `edit`: minimal deltas for ADD / REMOVE (undoing "add tag X" removes X only
/// from the images that lacked it) and, grouped by previous value, SETs for
/// everything else (each image gets its own previous rating back, nulls included).
QList<Stash::BulkImageUpdate> inverseOf(const BulkEdit &edit, const QList<Stash::Image> &before);

/// Splits an update into chunks of at most `chunkSize` ids.
QList<Stash::BulkImageUpdate> chunked(const QList<Stash::BulkImageUpdate> &updates, int chunkSize);

} // namespace Tessera
