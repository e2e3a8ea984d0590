// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Stash {

/// The server's rating preference (configuration.ui.ratingSystemOptions):
/// how rating100 is shown and entered. Stored values are always 1..100.
struct RatingSystem
{
    enum class Type { Stars, Decimal };
    enum class Precision { Full, Half, Quarter, Tenth };

    Type type = Type::Stars;
    Precision precision = Precision::Full;

    /// Reads configuration.ui; anything missing or unknown means Stash's default (full stars).
    static RatingSystem fromUiConfiguration(const QJsonObject &ui);

    /// The displayed value: stars 0..5 rounded to the precision, or decimal 0.0..10.0.
    double toDisplay(int rating100) const;
    /// The stored value for a displayed one; nullopt for 0 (which means "no rating").
    std::optional<int> fromDisplay(double display) const;
    /// The smallest step a control offers (1, 0.5, 0.25, 0.1 stars or 0.1 decimal).
    double step() const;
    double maximum() const { return type == Type::Stars ? 5.0 : 10.0; }
    /// "★★★★☆", "3.5 ★" or "7.2"; empty for no rating.
    QString format(std::optional<int> rating100) const;
    QString name() const;

    friend bool operator==(const RatingSystem &, const RatingSystem &) = default;
};

} // namespace Stash
