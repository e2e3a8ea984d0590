// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagefields.h"

#include <QtGlobal>

namespace Tessera {

using namespace Stash;

namespace {

Tristate<QString> text(const QString &value)
{
    return value.isEmpty() ? Tristate<QString>::null() : Tristate<QString>(value);
}

// The words keep the context ImageFieldTable::kContext names, spelled out: lupdate reads only
// literals.
#define TESSERA_FIELD(flag, serverName, readName, label, noun, member, writeExpr)                  \
    ImageFieldRow                                                                                  \
    {                                                                                              \
        ImageField::flag, serverName, readName, label, noun,                                       \
            [](const Image &i, ImageUpdate &u) { writeExpr; },                                     \
            [](const Image &from, Image &to) { to.member = from.member; },                         \
            [](const Image &a, const Image &b) { return a.member == b.member; }                    \
    }

const ImageFieldRow kFields[] = {
    TESSERA_FIELD(Title, "title", "title", QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Title"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "title"), title,
                  u.title = text(i.title)),
    TESSERA_FIELD(Code, "code", "code", QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Code"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "code"), code,
                  u.code = text(i.code)),
    TESSERA_FIELD(Rating, "rating100", "rating",
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Rating"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "rating"), rating100,
                  u.rating100 = i.rating100 ? Tristate<int>(*i.rating100) : Tristate<int>::null()),
    TESSERA_FIELD(Organized, "organized", "organized",
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Organized"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "organized flag"), organized,
                  u.organized = i.organized),
    TESSERA_FIELD(Urls, "urls", "urls", QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "URLs"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "URLs"), urls, u.urls = i.urls),
    TESSERA_FIELD(Date, "date", "date", QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Date"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "date"), date,
                  u.date = text(i.date)),
    TESSERA_FIELD(Details, "details", "details",
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Details"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "details"), details,
                  u.details = text(i.details)),
    TESSERA_FIELD(Photographer, "photographer", "photographer",
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Photographer"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "photographer"), photographer,
                  u.photographer = text(i.photographer)),
    TESSERA_FIELD(
        Studio, "studio_id", "studio", QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Studio"),
        QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "studio"), studio,
        u.studioId = i.studio ? Tristate<QString>(i.studio->id) : Tristate<QString>::null()),
    TESSERA_FIELD(Performers, "performer_ids", "performers",
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Performers"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "performers"), performers,
                  u.performerIds = i.performerIds()),
    TESSERA_FIELD(Tags, "tag_ids", "tags", QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Tags"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "tags"), tags,
                  u.tagIds = i.tagIds()),
    TESSERA_FIELD(Galleries, "gallery_ids", "galleries",
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "Galleries"),
                  QT_TRANSLATE_NOOP("Tessera::ImageFieldTable", "galleries"), galleries,
                  u.galleryIds = i.galleryIds()),
};

#undef TESSERA_FIELD

} // namespace

namespace ImageFieldTable {

std::span<const ImageFieldRow> rows()
{
    return kFields;
}

ImageFields editable()
{
    ImageFields fields;
    for (const ImageFieldRow &row : kFields)
        fields |= row.field;
    return fields;
}

const ImageFieldRow &row(ImageField field)
{
    for (const ImageFieldRow &row : kFields) {
        if (row.field == field)
            return row;
    }
    Q_ASSERT_X(false, "ImageFieldTable::row", "not a single field");
    return kFields[0];
}

const ImageFieldRow *byServerName(QStringView name)
{
    for (const ImageFieldRow &row : kFields) {
        if (name == QLatin1StringView(row.serverName))
            return &row;
    }
    return nullptr;
}

QStringList readNames(ImageFields fields)
{
    QStringList names;
    for (const ImageFieldRow &row : kFields) {
        if (fields.testFlag(row.field))
            names.append(QLatin1StringView(row.readName));
    }
    return names;
}

} // namespace ImageFieldTable

namespace ImageFieldValues {

ImageUpdate updateFrom(const Image &image, ImageFields fields)
{
    ImageUpdate update;
    update.id = image.id;
    for (const ImageFieldRow &ops : kFields) {
        if (fields.testFlag(ops.field))
            ops.write(image, update);
    }
    return update;
}

BulkImageUpdate bulkFrom(const Image &image, ImageFields fields, const QStringList &ids)
{
    const ImageUpdate one = updateFrom(image, fields);
    BulkImageUpdate bulk;
    bulk.ids = ids;
    bulk.title = one.title;
    bulk.code = one.code;
    bulk.rating100 = one.rating100;
    bulk.organized = one.organized;
    bulk.date = one.date;
    bulk.details = one.details;
    bulk.photographer = one.photographer;
    bulk.studioId = one.studioId;
    const auto setList = [](const Tristate<QStringList> &list) -> std::optional<BulkList> {
        if (!list.isSet())
            return std::nullopt;
        return BulkList{BulkMode::Set, list.hasValue() ? list.value() : QStringList()};
    };
    bulk.urls = setList(one.urls);
    bulk.tagIds = setList(one.tagIds);
    bulk.performerIds = setList(one.performerIds);
    bulk.galleryIds = setList(one.galleryIds);
    return bulk;
}

void copy(const Image &from, Image &to, ImageFields fields)
{
    for (const ImageFieldRow &ops : kFields) {
        if (fields.testFlag(ops.field))
            ops.copy(from, to);
    }
}

ImageFields differing(const Image &a, const Image &b)
{
    ImageFields fields;
    for (const ImageFieldRow &ops : kFields) {
        if (!ops.same(a, b))
            fields |= ops.field;
    }
    return fields;
}

bool sameValues(const Image &a, const Image &b, ImageFields fields)
{
    for (const ImageFieldRow &ops : kFields) {
        if (fields.testFlag(ops.field) && !ops.same(a, b))
            return false;
    }
    return true;
}

} // namespace ImageFieldValues

} // namespace Tessera
