// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulkimageupdate.h"

#include "inputvalidation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Stash {

using namespace InputValidation;
using JsonOutput::put;

QString bulkModeName(BulkMode mode)
{
    switch (mode) {
    case BulkMode::Set:
        return QStringLiteral("SET");
    case BulkMode::Add:
        return QStringLiteral("ADD");
    case BulkMode::Remove:
        return QStringLiteral("REMOVE");
    }
    return {};
}

namespace {

void putList(QJsonObject &json, const char *key, const char *valuesKey,
             const std::optional<BulkList> &list)
{
    if (!list)
        return;
    json.insert(QLatin1String(key),
                QJsonObject{{QLatin1String(valuesKey), QJsonArray::fromStringList(list->values)},
                            {QStringLiteral("mode"), bulkModeName(list->mode)}});
}

std::optional<Error> readList(const QJsonObject &json, const char *key, const char *valuesKey,
                              std::optional<BulkList> &out, bool ids)
{
    const QString name = QLatin1String(key);
    const QJsonValue value = json.value(name);
    if (value.isUndefined() || value.isNull())
        return std::nullopt; // the server ignores null here too
    if (!value.isObject())
        return Error::invalidInput(
            QCoreApplication::translate(
                "Stash", "\"%1\" must be {\"%2\": [...], \"mode\": \"ADD|REMOVE|SET\"}")
                .arg(name, QLatin1String(valuesKey)));
    const QJsonObject object = value.toObject();
    if (auto e =
            JsonInput::rejectUnknown(object, {QLatin1String(valuesKey), QStringLiteral("mode")},
                                     QStringLiteral("\"%1\"").arg(name)))
        return e;
    BulkList list;
    const QString mode = object.value(QStringLiteral("mode")).toString();
    if (mode == QStringLiteral("SET"))
        list.mode = BulkMode::Set;
    else if (mode == QStringLiteral("ADD"))
        list.mode = BulkMode::Add;
    else if (mode == QStringLiteral("REMOVE"))
        list.mode = BulkMode::Remove;
    else
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "\"%1\" needs \"mode\": ADD, REMOVE or SET")
                .arg(name));
    const QJsonValue values = object.value(QLatin1String(valuesKey));
    if (!values.isNull() && !values.isUndefined())
        if (auto e =
                JsonInput::readStringListValue(values, QLatin1String(valuesKey), list.values, ids))
            return e;
    out = list;
    return std::nullopt;
}

} // namespace

bool BulkImageUpdate::hasChanges() const
{
    return toJson().size() > 1;
}

QJsonObject BulkImageUpdate::toJson() const
{
    QJsonObject json{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}};
    put(json, "title", title);
    put(json, "code", code);
    put(json, "rating100", rating100);
    put(json, "organized", organized);
    put(json, "date", date);
    put(json, "details", details);
    put(json, "photographer", photographer);
    put(json, "studio_id", studioId);
    putList(json, "urls", "values", urls);
    putList(json, "tag_ids", "ids", tagIds);
    putList(json, "performer_ids", "ids", performerIds);
    putList(json, "gallery_ids", "ids", galleryIds);
    return json;
}

std::optional<Error> BulkImageUpdate::validate(bool allowPartialDates) const
{
    if (ids.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "No images were given to change."));
    if (auto e = checkIds(ids, QCoreApplication::translate("Stash", "image id")))
        return e;
    if (auto e = checkRating(rating100))
        return e;
    if (auto e = checkDate(date, allowPartialDates))
        return e;
    if (organized.isNull())
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "\"organized\" can be true or false, not null."));
    if (studioId.hasValue())
        if (auto e = checkId(studioId.value(), QCoreApplication::translate("Stash", "studio id")))
            return e;
    const std::pair<const std::optional<BulkList> *, const char *> lists[] = {
        {&tagIds, QT_TRANSLATE_NOOP("Stash", "tag id")},
        {&performerIds, QT_TRANSLATE_NOOP("Stash", "performer id")},
        {&galleryIds, QT_TRANSLATE_NOOP("Stash", "gallery id")}};
    for (const auto &[list, what] : lists) {
        if (*list)
            if (auto e = checkIds((*list)->values, QCoreApplication::translate("Stash", what)))
                return e;
    }
    return std::nullopt;
}

Result<BulkImageUpdate> BulkImageUpdate::fromJson(const QJsonObject &json)
{
    static const QStringList known = {QStringLiteral("ids"),           QStringLiteral("title"),
                                      QStringLiteral("code"),          QStringLiteral("rating100"),
                                      QStringLiteral("organized"),     QStringLiteral("urls"),
                                      QStringLiteral("date"),          QStringLiteral("details"),
                                      QStringLiteral("photographer"),  QStringLiteral("studio_id"),
                                      QStringLiteral("performer_ids"), QStringLiteral("tag_ids"),
                                      QStringLiteral("gallery_ids")};
    if (auto e = JsonInput::rejectUnknown(json, known,
                                          QCoreApplication::translate("Stash", "A bulk update")))
        return *e;
    BulkImageUpdate update;
    if (auto e = JsonInput::readStringListValue(json.value(QStringLiteral("ids")),
                                                QStringLiteral("ids"), update.ids, true))
        return *e;
    using namespace JsonInput;
    for (auto error :
         {readString(json, "title", update.title), readString(json, "code", update.code),
          readString(json, "date", update.date), readString(json, "details", update.details),
          readString(json, "photographer", update.photographer),
          readString(json, "studio_id", update.studioId, true),
          readInt(json, "rating100", update.rating100),
          readBool(json, "organized", update.organized),
          readList(json, "urls", "values", update.urls, false),
          readList(json, "tag_ids", "ids", update.tagIds, true),
          readList(json, "performer_ids", "ids", update.performerIds, true),
          readList(json, "gallery_ids", "ids", update.galleryIds, true)}) {
        if (error)
            return *error;
    }
    return update;
}

} // namespace Stash
