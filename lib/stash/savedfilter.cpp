// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "savedfilter.h"

#include <QJsonArray>

namespace Stash {

namespace {

QJsonArray idsOf(const QJsonValue &items)
{
    QJsonArray ids;
    const QJsonArray array = items.toArray();
    for (const QJsonValue &item : array)
        ids.append(item.isObject() ? item.toObject().value(QStringLiteral("id")) : item);
    return ids;
}

/// One UI criterion → the ImageFilterType input for it.
QJsonValue convertCriterion(const QString &field, const QJsonObject &criterion)
{
    const QJsonValue modifier = criterion.value(QStringLiteral("modifier"));
    const QJsonValue value = criterion.value(QStringLiteral("value"));
    static const QStringList booleans = {QStringLiteral("organized"),
                                         QStringLiteral("performer_favorite")};
    if (booleans.contains(field)) {
        if (value.isBool())
            return value;
        return value.toString() == QStringLiteral("true");
    }
    if (field == QStringLiteral("is_missing"))
        return value.toString();
    if (field == QStringLiteral("orientation"))
        return QJsonObject{{QStringLiteral("value"), value.isArray() ? value : QJsonArray{value}}};

    QJsonObject input{{QStringLiteral("modifier"), modifier}};
    if (value.isObject()) {
        const QJsonObject v = value.toObject();
        if (v.contains(QStringLiteral("items"))) {
            input.insert(QStringLiteral("value"), idsOf(v.value(QStringLiteral("items"))));
            const QJsonArray excluded = idsOf(v.value(QStringLiteral("excluded")));
            if (!excluded.isEmpty())
                input.insert(QStringLiteral("excludes"), excluded);
            if (v.contains(QStringLiteral("depth")))
                input.insert(QStringLiteral("depth"), v.value(QStringLiteral("depth")));
        } else {
            input.insert(QStringLiteral("value"), v.value(QStringLiteral("value")));
            const QJsonValue second = v.value(QStringLiteral("value2"));
            if (!second.isNull() && !second.isUndefined())
                input.insert(QStringLiteral("value2"), second);
        }
    } else if (value.isUndefined() || value.isNull()) {
        input.insert(QStringLiteral("value"), QString()); // IS_NULL / NOT_NULL need a value too
    } else {
        input.insert(QStringLiteral("value"), value);
    }
    // Integer criteria (IS_NULL with an empty string) need a number.
    static const QStringList integers = {
        QStringLiteral("id"),           QStringLiteral("rating100"),
        QStringLiteral("o_counter"),    QStringLiteral("file_count"),
        QStringLiteral("tag_count"),    QStringLiteral("performer_count"),
        QStringLiteral("performer_age")};
    if (integers.contains(field) && input.value(QStringLiteral("value")).isString())
        input.insert(QStringLiteral("value"), 0);
    return input;
}

} // namespace

Result<ImageFilter> SavedFilter::imageFilterFromSaved(const QJsonObject &objectFilter)
{
    QJsonObject converted;
    for (auto it = objectFilter.begin(); it != objectFilter.end(); ++it) {
        const QString &field = it.key();
        if (field == QStringLiteral("AND") || field == QStringLiteral("OR") ||
            field == QStringLiteral("NOT")) {
            Result<ImageFilter> sub = imageFilterFromSaved(it.value().toObject());
            if (!sub)
                return sub.error();
            converted.insert(field, sub.value().toJson());
            continue;
        }
        if (!it.value().isObject()) {
            converted.insert(field, it.value());
            continue;
        }
        converted.insert(field, convertCriterion(field, it.value().toObject()));
    }
    return ImageFilter::fromJson(converted);
}

} // namespace Stash
