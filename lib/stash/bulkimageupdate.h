// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"
#include "tristate.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stash {

enum class BulkMode { Set, Add, Remove };
QString bulkModeName(BulkMode mode);

/// BulkUpdateIds / BulkUpdateStrings: what to do with one list on every image.
struct BulkList
{
    BulkMode mode = BulkMode::Add;
    QStringList values; ///< ids, or strings for urls
    friend bool operator==(const BulkList &, const BulkList &) = default;
};

/// BulkImageUpdateInput: the same change applied to every image in ids, in one
/// server transaction (all or nothing).
struct BulkImageUpdate
{
    QStringList ids;
    Tristate<QString> title, code, date, details, photographer, studioId;
    Tristate<int> rating100;
    Tristate<bool> organized;
    std::optional<BulkList> urls, tagIds, performerIds, galleryIds;

    bool hasChanges() const;
    QJsonObject toJson() const;
    std::optional<Error> validate(bool allowPartialDates = true) const;
    static Result<BulkImageUpdate> fromJson(const QJsonObject &json);

    friend bool operator==(const BulkImageUpdate &, const BulkImageUpdate &) = default;
};

} // namespace Stash
