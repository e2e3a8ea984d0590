// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "ratingsystem.h"

#include <cmath>

namespace Stash {

RatingSystem RatingSystem::fromUiConfiguration(const QJsonObject &ui)
{
    RatingSystem system;
    const QJsonObject options = ui.value(QStringLiteral("ratingSystemOptions")).toObject();
    if (options.value(QStringLiteral("type")).toString() == QStringLiteral("decimal"))
        system.type = Type::Decimal;
    const QString precision = options.value(QStringLiteral("starPrecision")).toString();
    if (precision == QStringLiteral("half"))
        system.precision = Precision::Half;
    else if (precision == QStringLiteral("quarter"))
        system.precision = Precision::Quarter;
    else if (precision == QStringLiteral("tenth"))
        system.precision = Precision::Tenth;
    return system;
}

double RatingSystem::step() const
{
    if (type == Type::Decimal)
        return 0.1;
    switch (precision) {
    case Precision::Full:
        return 1.0;
    case Precision::Half:
        return 0.5;
    case Precision::Quarter:
        return 0.25;
    case Precision::Tenth:
        return 0.1;
    }
    return 1.0;
}

double RatingSystem::toDisplay(int rating100) const
{
    if (type == Type::Decimal)
        return std::round(rating100) / 10.0;
    const double stars = rating100 / 20.0;
    return std::round(stars / step()) * step();
}

std::optional<int> RatingSystem::fromDisplay(double display) const
{
    const int stored = int(std::lround(display * (type == Type::Decimal ? 10.0 : 20.0)));
    if (stored <= 0)
        return std::nullopt;
    return std::min(stored, 100);
}

QString RatingSystem::format(std::optional<int> rating100) const
{
    if (!rating100 || *rating100 <= 0)
        return {};
    const double value = toDisplay(*rating100);
    if (type == Type::Decimal)
        return QString::number(value, 'f', 1);
    if (precision == Precision::Full) {
        const int full = int(value);
        return QString(full, QChar(0x2605)) + QString(5 - full, QChar(0x2606));
    }
    return QString::number(value, 'g', 3) + QStringLiteral(" \u2605");
}

QString RatingSystem::name() const
{
    if (type == Type::Decimal)
        return QStringLiteral("decimal");
    switch (precision) {
    case Precision::Full:
        return QStringLiteral("stars-full");
    case Precision::Half:
        return QStringLiteral("stars-half");
    case Precision::Quarter:
        return QStringLiteral("stars-quarter");
    case Precision::Tenth:
        return QStringLiteral("stars-tenth");
    }
    return {};
}

} // namespace Stash
