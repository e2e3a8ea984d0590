// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Stash {

enum class CriterionModifier {
    Equals,
    NotEquals,
    GreaterThan,
    LessThan,
    IsNull,
    NotNull,
    IncludesAll,
    Includes,
    Excludes,
    MatchesRegex,
    NotMatchesRegex,
    Between,
    NotBetween,
};
QString criterionModifierName(CriterionModifier modifier);
std::optional<CriterionModifier> criterionModifierFromName(const QString &name);

struct StringCriterion
{
    QString value;
    CriterionModifier modifier = CriterionModifier::Includes;
    friend bool operator==(const StringCriterion &, const StringCriterion &) = default;
};

struct IntCriterion
{
    int value = 0;
    std::optional<int> value2; ///< upper bound for Between / NotBetween
    CriterionModifier modifier = CriterionModifier::Equals;
    friend bool operator==(const IntCriterion &, const IntCriterion &) = default;
};

struct DateCriterion
{
    QString value;
    std::optional<QString> value2;
    CriterionModifier modifier = CriterionModifier::Equals;
    friend bool operator==(const DateCriterion &, const DateCriterion &) = default;
};

/// For performers and galleries.
struct MultiCriterion
{
    QStringList value;
    CriterionModifier modifier = CriterionModifier::Includes;
    QStringList excludes;
    friend bool operator==(const MultiCriterion &, const MultiCriterion &) = default;
};

/// For tags and studios: depth 0 means exactly these ids, -1 all descendants.
struct HierarchicalCriterion
{
    QStringList value;
    CriterionModifier modifier = CriterionModifier::Includes;
    int depth = 0;
    QStringList excludes;
    friend bool operator==(const HierarchicalCriterion &, const HierarchicalCriterion &) = default;
};

struct ResolutionCriterion
{
    QString value; ///< a ResolutionEnum name, e.g. "FULL_HD"
    CriterionModifier modifier = CriterionModifier::Equals;
    friend bool operator==(const ResolutionCriterion &, const ResolutionCriterion &) = default;
};

/// ImageFilterType: every criterion of the server, ANDed, plus at most one of
/// AND / OR / NOT with a nested filter.
struct ImageFilter
{
    enum class Combine { None, And, Or, Not };

    std::optional<IntCriterion> id;
    std::optional<StringCriterion> title, details, code, photographer, checksum, path, url;
    std::optional<IntCriterion> rating100, oCounter, fileCount, tagCount, performerCount,
        performerAge;
    std::optional<DateCriterion> date, createdAt, updatedAt;
    std::optional<bool> organized, performerFavorite;
    std::optional<ResolutionCriterion> resolution;
    std::optional<QStringList> orientation; ///< LANDSCAPE / PORTRAIT / SQUARE, ORed
    std::optional<QString> isMissing;
    std::optional<HierarchicalCriterion> tags, studios, performerTags;
    std::optional<MultiCriterion> performers, galleries;
    /// The v0.27+ related-object sub-filters (galleries_filter, tags_filter, ...) as given.
    QJsonObject relatedFilters;

    Combine combine = Combine::None;
    std::shared_ptr<const ImageFilter> sub; ///< the AND / OR / NOT operand

    bool isEmpty() const { return toJson().isEmpty(); }
    QJsonObject toJson() const;
    /// Reads the server's own JSON shape (as the Python client's dict form), refusing
    /// unknown fields, wrong types and unknown modifiers before anything is sent.
    static Result<ImageFilter> fromJson(const QJsonObject &json);

    friend bool operator==(const ImageFilter &a, const ImageFilter &b)
    {
        return a.toJson() == b.toJson();
    }
};

} // namespace Stash
