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

/// ImageUpdateInput: change one image. Unset fields are left alone, null clears,
/// a value sets. For the lists (urls and the id lists) a value replaces the list.
struct ImageUpdate
{
    QString id;
    Tristate<QString> title, code, date, details, photographer;
    Tristate<int> rating100;
    Tristate<bool> organized;
    Tristate<QStringList> urls;
    Tristate<QString> studioId;
    Tristate<QStringList> performerIds, tagIds, galleryIds;

    /// Whether anything besides the id is set.
    bool hasChanges() const;
    QJsonObject toJson() const;
    /// Refuses what the server would store wrongly or refuse (see InputValidation).
    std::optional<Error> validate(bool allowPartialDates = true) const;
    static Result<ImageUpdate> fromJson(const QJsonObject &json);

    friend bool operator==(const ImageUpdate &, const ImageUpdate &) = default;
};

/// ImageCreateInput, for the servers that have an imageCreate mutation (no
/// release of Stash has; images enter Stash by scanning a library folder).
struct ImageCreate
{
    QString title; ///< required
    Tristate<QString> code, date, details, photographer, studioId;
    Tristate<int> rating100;
    Tristate<bool> organized;
    Tristate<QStringList> urls, performerIds, tagIds, galleryIds;

    QJsonObject toJson() const;
    std::optional<Error> validate(bool allowPartialDates = true) const;
    static Result<ImageCreate> fromJson(const QJsonObject &json);
};

/// ImageDestroyInput / ImagesDestroyInput. Without deleteFile the file stays on
/// disk, and the next scan brings the image back with empty metadata.
struct ImageDestroy
{
    QStringList ids;
    bool deleteFile = false;
    bool deleteGenerated = true;

    std::optional<Error> validate() const;
    /// Reads {"id": ...} or {"ids": [...]} plus delete_file / delete_generated.
    static Result<ImageDestroy> fromJson(const QJsonObject &json, bool many);
};

} // namespace Stash
