// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imageupdate.h"

#include "inputvalidation.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Stash {

using namespace InputValidation;
using JsonOutput::put;

namespace {

const QStringList &updateFieldNames()
{
    static const QStringList names = {QStringLiteral("id"),
                                      QStringLiteral("title"),
                                      QStringLiteral("code"),
                                      QStringLiteral("rating100"),
                                      QStringLiteral("organized"),
                                      QStringLiteral("urls"),
                                      QStringLiteral("date"),
                                      QStringLiteral("details"),
                                      QStringLiteral("photographer"),
                                      QStringLiteral("studio_id"),
                                      QStringLiteral("performer_ids"),
                                      QStringLiteral("tag_ids"),
                                      QStringLiteral("gallery_ids")};
    return names;
}

/// The fields ImageUpdate and ImageCreate share, read and written the same way.
template<typename Input>
std::optional<Error> readCommonFields(const QJsonObject &json, Input &input)
{
    using namespace JsonInput;
    for (auto error :
         {readString(json, "code", input.code), readString(json, "date", input.date),
          readString(json, "details", input.details),
          readString(json, "photographer", input.photographer),
          readString(json, "studio_id", input.studioId, true),
          readInt(json, "rating100", input.rating100), readBool(json, "organized", input.organized),
          readStringList(json, "urls", input.urls),
          readStringList(json, "performer_ids", input.performerIds, true),
          readStringList(json, "tag_ids", input.tagIds, true),
          readStringList(json, "gallery_ids", input.galleryIds, true)}) {
        if (error)
            return error;
    }
    return std::nullopt;
}

template<typename Input>
void writeCommonFields(QJsonObject &json, const Input &input)
{
    put(json, "code", input.code);
    put(json, "rating100", input.rating100);
    put(json, "organized", input.organized);
    put(json, "urls", input.urls);
    put(json, "date", input.date);
    put(json, "details", input.details);
    put(json, "photographer", input.photographer);
    put(json, "studio_id", input.studioId);
    put(json, "performer_ids", input.performerIds);
    put(json, "tag_ids", input.tagIds);
    put(json, "gallery_ids", input.galleryIds);
}

template<typename Input>
std::optional<Error> validateCommonFields(const Input &input, bool allowPartialDates)
{
    if (auto e = checkRating(input.rating100))
        return e;
    if (auto e = checkDate(input.date, allowPartialDates))
        return e;
    if (input.organized.isNull())
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "\"organized\" can be true or false, not null."));
    if (input.studioId.hasValue())
        if (auto e =
                checkId(input.studioId.value(), QCoreApplication::translate("Stash", "studio id")))
            return e;
    const std::pair<const Tristate<QStringList> *, const char *> lists[] = {
        {&input.performerIds, QT_TRANSLATE_NOOP("Stash", "performer id")},
        {&input.tagIds, QT_TRANSLATE_NOOP("Stash", "tag id")},
        {&input.galleryIds, QT_TRANSLATE_NOOP("Stash", "gallery id")}};
    for (const auto &[list, what] : lists) {
        if (list->hasValue())
            if (auto e = checkIds(list->value(), QCoreApplication::translate("Stash", what)))
                return e;
    }
    return std::nullopt;
}

} // namespace

bool ImageUpdate::hasChanges() const
{
    return toJson().size() > 1;
}

QJsonObject ImageUpdate::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id}};
    put(json, "title", title);
    writeCommonFields(json, *this);
    return json;
}

std::optional<Error> ImageUpdate::validate(bool allowPartialDates) const
{
    if (auto e = checkId(id))
        return e;
    return validateCommonFields(*this, allowPartialDates);
}

Result<ImageUpdate> ImageUpdate::fromJson(const QJsonObject &json)
{
    if (auto e = JsonInput::rejectUnknown(json, updateFieldNames(),
                                          QCoreApplication::translate("Stash", "An image update")))
        return *e;
    ImageUpdate update;
    Tristate<QString> id;
    if (auto e = JsonInput::readString(json, "id", id, true))
        return *e;
    if (!id.hasValue())
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "An image update needs the image's \"id\"."));
    update.id = id.value();
    if (auto e = JsonInput::readString(json, "title", update.title))
        return *e;
    if (auto e = readCommonFields(json, update))
        return *e;
    return update;
}

QJsonObject ImageCreate::toJson() const
{
    QJsonObject json{{QStringLiteral("title"), title}};
    writeCommonFields(json, *this);
    return json;
}

std::optional<Error> ImageCreate::validate(bool allowPartialDates) const
{
    if (title.trimmed().isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "A new image needs a title."));
    return validateCommonFields(*this, allowPartialDates);
}

Result<ImageCreate> ImageCreate::fromJson(const QJsonObject &json)
{
    QStringList known = updateFieldNames();
    known.removeOne(QStringLiteral("id"));
    if (auto e = JsonInput::rejectUnknown(json, known,
                                          QCoreApplication::translate("Stash", "A new image")))
        return *e;
    ImageCreate create;
    Tristate<QString> title;
    if (auto e = JsonInput::readString(json, "title", title))
        return *e;
    create.title = title.hasValue() ? title.value() : QString();
    if (auto e = readCommonFields(json, create))
        return *e;
    return create;
}

std::optional<Error> ImageDestroy::validate() const
{
    if (ids.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "No image to delete was given."));
    return checkIds(ids, QCoreApplication::translate("Stash", "image id"));
}

Result<ImageDestroy> ImageDestroy::fromJson(const QJsonObject &json, bool many)
{
    const QString idKey = many ? QStringLiteral("ids") : QStringLiteral("id");
    if (auto e = JsonInput::rejectUnknown(
            json, {idKey, QStringLiteral("delete_file"), QStringLiteral("delete_generated")},
            QCoreApplication::translate("Stash", "A delete request")))
        return *e;
    ImageDestroy destroy;
    if (many) {
        if (auto e = JsonInput::readStringListValue(json.value(idKey), idKey, destroy.ids, true))
            return *e;
    } else {
        Tristate<QString> id;
        if (auto e = JsonInput::readString(json, "id", id, true))
            return *e;
        if (id.hasValue())
            destroy.ids = {id.value()};
    }
    Tristate<bool> deleteFile, deleteGenerated;
    if (auto e = JsonInput::readBool(json, "delete_file", deleteFile))
        return *e;
    if (auto e = JsonInput::readBool(json, "delete_generated", deleteGenerated))
        return *e;
    destroy.deleteFile = deleteFile.hasValue() && deleteFile.value();
    destroy.deleteGenerated = deleteGenerated.hasValue() ? deleteGenerated.value() : true;
    return destroy;
}

} // namespace Stash
