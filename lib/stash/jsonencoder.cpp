// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "jsonencoder.h"

#include <QJsonArray>

namespace Stash::JsonEncoder {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

template<typename T, typename F>
QJsonArray list(const QList<T> &items, F encode)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(encode(item));
    return array;
}

} // namespace

QJsonObject visualFile(const VisualFile &f)
{
    QJsonObject json{
        {QStringLiteral("__typename"), f.type == VisualFile::Type::Video
                                           ? QStringLiteral("VideoFile")
                                           : QStringLiteral("ImageFile")},
        {QStringLiteral("id"), f.id},
        {QStringLiteral("path"), f.path},
        {QStringLiteral("basename"), f.basename},
        {QStringLiteral("size"), double(f.size)},
        {QStringLiteral("mod_time"), time(f.modTime)},
        {QStringLiteral("width"), f.width},
        {QStringLiteral("height"), f.height},
        {QStringLiteral("fingerprints"), list(f.fingerprints,
                                              [](const Fingerprint &p) {
                                                  return QJsonObject{
                                                      {QStringLiteral("type"), p.type},
                                                      {QStringLiteral("value"), p.value}};
                                              })},
    };
    if (!f.format.isEmpty())
        json.insert(QStringLiteral("format"), f.format);
    if (!f.parentFolderPath.isEmpty())
        json.insert(QStringLiteral("parent_folder"),
                    QJsonObject{{QStringLiteral("path"), f.parentFolderPath}});
    if (!f.zipFilePath.isEmpty())
        json.insert(QStringLiteral("zip_file"),
                    QJsonObject{{QStringLiteral("path"), f.zipFilePath}});
    if (f.type == VisualFile::Type::Video) {
        json.insert(QStringLiteral("duration"), f.duration);
        json.insert(QStringLiteral("video_codec"), f.videoCodec);
        json.insert(QStringLiteral("audio_codec"), f.audioCodec);
        json.insert(QStringLiteral("frame_rate"), f.frameRate);
        json.insert(QStringLiteral("bit_rate"), double(f.bitRate));
    }
    return json;
}

QJsonObject tag(const Tag &t)
{
    QJsonObject json{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}};
    if (!t.aliases.isEmpty())
        json.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(t.aliases));
    if (t.imageCount)
        json.insert(QStringLiteral("image_count"), t.imageCount);
    if (t.favorite)
        json.insert(QStringLiteral("favorite"), true);
    return json;
}

QJsonObject performer(const Performer &p)
{
    QJsonObject json{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}};
    if (!p.disambiguation.isEmpty())
        json.insert(QStringLiteral("disambiguation"), p.disambiguation);
    if (!p.gender.isEmpty())
        json.insert(QStringLiteral("gender"), p.gender);
    if (p.imageCount)
        json.insert(QStringLiteral("image_count"), p.imageCount);
    return json;
}

QJsonObject studio(const Studio &s)
{
    QJsonObject json{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}};
    if (!s.parentId.isEmpty())
        json.insert(QStringLiteral("parent_studio"),
                    QJsonObject{{QStringLiteral("id"), s.parentId},
                                {QStringLiteral("name"), s.parentName}});
    return json;
}

QJsonObject gallery(const Gallery &g)
{
    QJsonObject json{{QStringLiteral("id"), g.id}, {QStringLiteral("title"), g.title}};
    if (!g.path.isEmpty())
        json.insert(QStringLiteral("path"), g.path);
    if (!g.date.isEmpty())
        json.insert(QStringLiteral("date"), g.date);
    if (g.imageCount)
        json.insert(QStringLiteral("image_count"), g.imageCount);
    return json;
}

QJsonObject image(const Image &i)
{
    return {
        {QStringLiteral("id"), i.id},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("code"), i.code},
        {QStringLiteral("rating100"),
         i.rating100 ? QJsonValue(*i.rating100) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("urls"), QJsonArray::fromStringList(i.urls)},
        {QStringLiteral("date"), orNull(i.date)},
        {QStringLiteral("details"), i.details},
        {QStringLiteral("photographer"), i.photographer},
        {QStringLiteral("o_counter"), i.oCounter},
        {QStringLiteral("organized"), i.organized},
        {QStringLiteral("created_at"), time(i.createdAt)},
        {QStringLiteral("updated_at"), time(i.updatedAt)},
        {QStringLiteral("paths"),
         QJsonObject{{QStringLiteral("thumbnail"), i.paths.thumbnail.toString()},
                     {QStringLiteral("preview"), i.paths.preview.toString()},
                     {QStringLiteral("image"), i.paths.image.toString()}}},
        {QStringLiteral("visual_files"), list(i.visualFiles, visualFile)},
        {QStringLiteral("galleries"), list(i.galleries, gallery)},
        {QStringLiteral("studio"),
         i.studio ? QJsonValue(studio(*i.studio)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tags"), list(i.tags, tag)},
        {QStringLiteral("performers"), list(i.performers, performer)},
    };
}

} // namespace Stash::JsonEncoder
