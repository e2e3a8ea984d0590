// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Stash {

enum class SortDirection { Asc, Desc };

/// FindFilterType: text search, paging and sort for the find* queries.
struct FindFilter
{
    QString q;
    int page = 1;     ///< 1-based
    int perPage = 40; ///< negative means all rows, 0 only the count
    QString sort;     ///< one of imageSortKeys(), or "random_<seed>"; empty: server order
    SortDirection direction = SortDirection::Asc;

    QJsonObject toJson() const;
    /// Reads the server's own field names (q, page, per_page, sort, direction), refusing unknown
    /// ones.
    static Result<FindFilter> fromJson(const QJsonObject &json);

    /// The 14 sort keys Stash accepts for images.
    static const QStringList &imageSortKeys();
    /// A stable, pageable shuffle: Stash takes the seed modulo 10^8.
    static QString randomSort(quint32 seed);
    /// Whether the server would accept this sort for images ("" counts as valid).
    static bool isValidImageSort(const QString &sort);

    friend bool operator==(const FindFilter &, const FindFilter &) = default;
};

} // namespace Stash
