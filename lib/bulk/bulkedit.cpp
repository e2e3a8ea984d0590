// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulkedit.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace Tessera {

using namespace Stash;

namespace {

/// The list fields of a bulk input and of an image, handled alike (their names are
/// ImageFieldTable's).
struct ListField
{
    ImageField field;
    std::optional<BulkList> BulkImageUpdate::*member;
    QStringList (*values)(const Image &);
    const char *what; ///< one value, for the preview's words ("tag beach: …")
};

const ListField kLists[] = {
    {ImageField::Tags, &BulkImageUpdate::tagIds, [](const Image &i) { return i.tagIds(); },
     QT_TRANSLATE_NOOP("BulkEdit", "tag")},
    {ImageField::Performers, &BulkImageUpdate::performerIds,
     [](const Image &i) { return i.performerIds(); }, QT_TRANSLATE_NOOP("BulkEdit", "performer")},
    {ImageField::Galleries, &BulkImageUpdate::galleryIds,
     [](const Image &i) { return i.galleryIds(); }, QT_TRANSLATE_NOOP("BulkEdit", "gallery")},
    {ImageField::Urls, &BulkImageUpdate::urls, [](const Image &i) { return i.urls; },
     QT_TRANSLATE_NOOP("BulkEdit", "URL")},
};

template<typename T>
QString nameOf(const QList<T> &known, const QString &id)
{
    for (const T &item : known) {
        if (item.id == id)
            return item.name;
    }
    return id;
}

QString galleryName(const QList<Gallery> &known, const QString &id)
{
    for (const Gallery &g : known) {
        if (g.id == id)
            return g.displayTitle();
    }
    return id;
}

/// A list after ADD / REMOVE / SET, keeping the order Stash keeps (existing first).
QStringList appliedList(const QStringList &before, const BulkList &change)
{
    switch (change.mode) {
    case BulkMode::Set:
        return change.values;
    case BulkMode::Add: {
        QStringList out = before;
        for (const QString &v : change.values) {
            if (!out.contains(v))
                out.append(v);
        }
        return out;
    }
    case BulkMode::Remove: {
        QStringList out;
        for (const QString &v : before) {
            if (!change.values.contains(v))
                out.append(v);
        }
        return out;
    }
    }
    return before;
}

QString &displayName(Tag &t)
{
    return t.name;
}
QString &displayName(Performer &p)
{
    return p.name;
}
QString &displayName(Gallery &g)
{
    return g.title;
}

/// The objects of a list after `change`: the image's own where it had them
/// (all their fields kept), else the edit's named ones, else just the id.
template<typename T>
QList<T> listAfter(const QList<T> &had, const QList<T> &named, const BulkList &change)
{
    QStringList hadIds;
    for (const T &item : had)
        hadIds.append(item.id);
    QList<T> out;
    for (const QString &id : appliedList(hadIds, change)) {
        const auto byId = [&id](const T &item) { return item.id == id; };
        if (auto it = std::find_if(had.begin(), had.end(), byId); it != had.end()) {
            out.append(*it);
        } else if (auto n = std::find_if(named.begin(), named.end(), byId); n != named.end()) {
            out.append(*n);
        } else {
            T item;
            item.id = id;
            displayName(item) = id;
            out.append(item);
        }
    }
    return out;
}

} // namespace

ImageFields BulkEdit::fields() const
{
    // A field is touched when the mutation would send it (ids left out: they can be many).
    BulkImageUpdate input = change;
    input.ids.clear();
    const QJsonObject sent = input.toJson();
    ImageFields fields;
    for (const ImageFieldRow &row : ImageFieldTable::rows()) {
        if (sent.contains(QLatin1StringView(row.serverName)))
            fields |= row.field;
    }
    return fields;
}

QStringList BulkEdit::fieldNames() const
{
    return ImageFieldTable::readNames(fields());
}

Image BulkEdit::applied(const Image &before) const
{
    Image after = before;
    const auto text = [](const Tristate<QString> &t, QString &out) {
        if (t.isSet())
            out = t.hasValue() ? t.value().trimmed() : QString();
    };
    text(change.title, after.title);
    text(change.code, after.code);
    text(change.date, after.date);
    text(change.details, after.details);
    text(change.photographer, after.photographer);
    if (change.rating100.isSet())
        after.rating100 = change.rating100.hasValue() ? std::optional<int>(change.rating100.value())
                                                      : std::nullopt;
    if (change.organized.hasValue())
        after.organized = change.organized.value();
    if (change.studioId.isSet()) {
        if (change.studioId.hasValue()) {
            Studio s = studio.value_or(Studio());
            s.id = change.studioId.value();
            after.studio = s;
        } else {
            after.studio.reset();
        }
    }
    if (change.tagIds)
        after.tags = listAfter(before.tags, tags, *change.tagIds);
    if (change.performerIds)
        after.performers = listAfter(before.performers, performers, *change.performerIds);
    if (change.galleryIds)
        after.galleries = listAfter(before.galleries, galleries, *change.galleryIds);
    if (change.urls)
        after.urls = appliedList(before.urls, *change.urls);
    return after;
}

BulkPreview BulkPreview::compute(const BulkEdit &edit, const QList<Image> &before)
{
    BulkPreview preview;
    preview.total = int(before.size());
    const ImageFields fields = edit.fields();
    for (const Image &image : before) {
        if (!ImageFieldValues::sameValues(image, edit.applied(image), fields))
            ++preview.changing;
    }
    for (const ListField &l : kLists) {
        const std::optional<BulkList> &change = edit.change.*(l.member);
        if (!change)
            continue;
        QStringList values = change->values;
        if (change->mode == BulkMode::Set) {
            // SET: what is lost is whatever the images had that the new list lacks.
            for (const Image &image : before) {
                for (const QString &v : l.values(image)) {
                    if (!values.contains(v) && !change->values.contains(v))
                        values.append(v);
                }
            }
        }
        for (const QString &value : std::as_const(values)) {
            ValueCount count;
            QString name = value;
            if (l.field == ImageField::Tags) {
                name = nameOf(edit.tags, value);
                for (const Image &image : before)
                    if (name == value)
                        name = nameOf(image.tags, value);
            } else if (l.field == ImageField::Performers) {
                name = nameOf(edit.performers, value);
                for (const Image &image : before)
                    if (name == value)
                        name = nameOf(image.performers, value);
            } else if (l.field == ImageField::Galleries) {
                name = galleryName(edit.galleries, value);
            }
            count.name =
                QStringLiteral("%1 %2").arg(QCoreApplication::translate("BulkEdit", l.what), name);
            for (const Image &image : before) {
                const bool has = l.values(image).contains(value);
                const bool inNew = change->values.contains(value);
                if (change->mode == BulkMode::Add || (change->mode == BulkMode::Set && inNew))
                    (has ? count.already : count.gain) += 1;
                else if (has)
                    count.lose += 1;
            }
            preview.values.append(count);
        }
    }
    return preview;
}

QString BulkPreview::describe() const
{
    QStringList parts;
    for (const ValueCount &v : values) {
        QStringList words;
        if (v.gain)
            words.append(QCoreApplication::translate("BulkEdit", "%L1 images gain it").arg(v.gain));
        if (v.already)
            words.append(
                QCoreApplication::translate("BulkEdit", "%L1 already have it").arg(v.already));
        if (v.lose)
            words.append(QCoreApplication::translate("BulkEdit", "%L1 images lose it").arg(v.lose));
        if (words.isEmpty())
            words.append(QCoreApplication::translate("BulkEdit", "no image has it"));
        parts.append(QStringLiteral("%1: %2").arg(v.name, words.join(QStringLiteral(", "))));
    }
    if (parts.isEmpty())
        parts.append(QCoreApplication::translate("BulkEdit", "%L1 of %L2 images change")
                         .arg(changing)
                         .arg(total));
    return parts.join(QStringLiteral("; "));
}

QList<BulkImageUpdate> inverseOf(const BulkEdit &edit, const QList<Image> &before)
{
    QList<BulkImageUpdate> updates;
    const ImageFields fields = edit.fields();

    // Scalars and SET-mode lists: group the images by their previous values and
    // give each group its values back with one SET.
    ImageFields setFields = fields;
    for (const ListField &l : kLists) {
        const std::optional<BulkList> &change = edit.change.*(l.member);
        if (change && change->mode != BulkMode::Set)
            setFields &= ~ImageFields(l.field);
    }
    if (setFields) {
        std::map<QByteArray, QStringList> groups;
        std::map<QByteArray, Image> representative;
        for (const Image &image : before) {
            QJsonObject key = ImageFieldValues::updateFrom(image, setFields).toJson();
            key.remove(QStringLiteral("id"));
            const QByteArray k = QJsonDocument(key).toJson(QJsonDocument::Compact);
            groups[k].append(image.id);
            representative.emplace(k, image);
        }
        for (const auto &[key, ids] : groups)
            updates.append(ImageFieldValues::bulkFrom(representative.at(key), setFields, ids));
    }

    // ADD / REMOVE lists: only the images whose list really changed get the opposite delta.
    for (const ListField &l : kLists) {
        const std::optional<BulkList> &change = edit.change.*(l.member);
        if (!change || change->mode == BulkMode::Set)
            continue;
        std::map<QStringList, QStringList> byDelta; // delta values → ids
        for (const Image &image : before) {
            const QStringList had = l.values(image);
            QStringList delta;
            for (const QString &v : change->values) {
                const bool changed =
                    change->mode == BulkMode::Add ? !had.contains(v) : had.contains(v);
                if (changed)
                    delta.append(v);
            }
            if (!delta.isEmpty())
                byDelta[delta].append(image.id);
        }
        for (const auto &[delta, ids] : byDelta) {
            BulkImageUpdate update;
            update.ids = ids;
            update.*(l.member) =
                BulkList{change->mode == BulkMode::Add ? BulkMode::Remove : BulkMode::Add, delta};
            updates.append(update);
        }
    }
    return updates;
}

QList<BulkImageUpdate> chunked(const QList<BulkImageUpdate> &updates, int chunkSize)
{
    QList<BulkImageUpdate> out;
    for (const BulkImageUpdate &update : updates) {
        for (qsizetype start = 0; start < update.ids.size(); start += chunkSize) {
            BulkImageUpdate part = update;
            part.ids = update.ids.mid(start, chunkSize);
            out.append(part);
        }
    }
    return out;
}

} // namespace Tessera
