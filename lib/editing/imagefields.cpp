// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagefields.h"

namespace Tessera {

using namespace Stash;

namespace ImageFieldValues {

namespace {

Tristate<QString> text(const QString &value)
{
    return value.isEmpty() ? Tristate<QString>::null() : Tristate<QString>(value);
}

/// Every field with how to read it into an update, copy it, and compare it.
struct FieldOps
{
    ImageField field;
    void (*write)(const Image &, ImageUpdate &);
    void (*copy)(const Image &, Image &);
    bool (*same)(const Image &, const Image &);
};

#define TESSERA_FIELD(flag, member, writeExpr)                                                     \
    FieldOps                                                                                       \
    {                                                                                              \
        ImageField::flag, [](const Image &i, ImageUpdate &u) { writeExpr; },                       \
            [](const Image &from, Image &to) { to.member = from.member; },                         \
            [](const Image &a, const Image &b) { return a.member == b.member; }                    \
    }

const FieldOps kFields[] = {
    TESSERA_FIELD(Title, title, u.title = text(i.title)),
    TESSERA_FIELD(Code, code, u.code = text(i.code)),
    TESSERA_FIELD(Rating, rating100,
                  u.rating100 = i.rating100 ? Tristate<int>(*i.rating100) : Tristate<int>::null()),
    TESSERA_FIELD(Organized, organized, u.organized = i.organized),
    TESSERA_FIELD(Urls, urls, u.urls = i.urls),
    TESSERA_FIELD(Date, date, u.date = text(i.date)),
    TESSERA_FIELD(Details, details, u.details = text(i.details)),
    TESSERA_FIELD(Photographer, photographer, u.photographer = text(i.photographer)),
    TESSERA_FIELD(Studio, studio,
                  u.studioId =
                      i.studio ? Tristate<QString>(i.studio->id) : Tristate<QString>::null()),
    TESSERA_FIELD(Performers, performers, u.performerIds = i.performerIds()),
    TESSERA_FIELD(Tags, tags, u.tagIds = i.tagIds()),
    TESSERA_FIELD(Galleries, galleries, u.galleryIds = i.galleryIds()),
};

#undef TESSERA_FIELD

} // namespace

ImageUpdate updateFrom(const Image &image, ImageFields fields)
{
    ImageUpdate update;
    update.id = image.id;
    for (const FieldOps &ops : kFields) {
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
    for (const FieldOps &ops : kFields) {
        if (fields.testFlag(ops.field))
            ops.copy(from, to);
    }
}

ImageFields differing(const Image &a, const Image &b)
{
    ImageFields fields;
    for (const FieldOps &ops : kFields) {
        if (!ops.same(a, b))
            fields |= ops.field;
    }
    return fields;
}

bool sameValues(const Image &a, const Image &b, ImageFields fields)
{
    for (const FieldOps &ops : kFields) {
        if (fields.testFlag(ops.field) && !ops.same(a, b))
            return false;
    }
    return true;
}

} // namespace ImageFieldValues

} // namespace Tessera
