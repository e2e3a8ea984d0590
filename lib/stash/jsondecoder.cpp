// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "jsondecoder.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace Stash {

Error JsonDecoder::error() const
{
    return Error::decode(
        QCoreApplication::translate(
            "Stash", "The server's answer had an unexpected shape; is this a Stash server?"),
        m_error);
}

void JsonDecoder::wrongType(const char *key, const char *expected)
{
    if (m_error.isEmpty())
        m_error = QStringLiteral("field \"%1\" is not %2")
                      .arg(QLatin1String(key), QLatin1String(expected));
}

bool JsonDecoder::present(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QString JsonDecoder::string(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "a string");
    return {};
}

int JsonDecoder::integer(const QJsonObject &o, const char *key)
{
    return optionalInt(o, key).value_or(0);
}

std::optional<int> JsonDecoder::optionalInt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble() && std::trunc(v.toDouble()) == v.toDouble()) {
        // Converting a double outside int's range is undefined behaviour: refuse it.
        const double d = v.toDouble();
        if (d >= double(std::numeric_limits<int>::min()) &&
            d <= double(std::numeric_limits<int>::max()))
            return int(d);
        wrongType(key, "an integer in range");
        return std::nullopt;
    }
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "an integer");
    return std::nullopt;
}

qint64 JsonDecoder::wholeNumber(const QJsonObject &o, const char *key)
{
    const double d = number(o, key);
    // 2^63 itself is not a qint64; above it (and NaN or infinity) the cast is undefined.
    constexpr double limit = 9223372036854775808.0;
    if (std::trunc(d) == d && d >= -limit && d < limit)
        return qint64(d);
    wrongType(key, "a whole number in range");
    return 0;
}

double JsonDecoder::number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toDouble();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "a number");
    return 0;
}

bool JsonDecoder::boolean(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "true or false");
    return false;
}

QJsonArray JsonDecoder::array(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "a list");
    return {};
}

QJsonObject JsonDecoder::object(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        wrongType(key, "an object");
    return {};
}

QStringList JsonDecoder::strings(const QJsonObject &o, const char *key)
{
    QStringList out;
    const QJsonArray items = array(o, key);
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            wrongType(key, "a list of strings");
            break;
        }
        out.append(item.toString());
    }
    return out;
}

QDateTime JsonDecoder::time(const QJsonObject &o, const char *key)
{
    const QString text = string(o, key);
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        wrongType(key, "an RFC 3339 time");
    return t;
}

QUrl JsonDecoder::url(const QJsonObject &o, const char *key)
{
    const QString text = string(o, key);
    return text.isEmpty() ? QUrl() : QUrl(text);
}

template<typename T, typename Reader>
QList<T> JsonDecoder::list(const QJsonObject &o, const char *key, Reader read)
{
    QList<T> out;
    const QJsonArray items = array(o, key);
    out.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject()) {
            wrongType(key, "a list of objects");
            break;
        }
        T value;
        (this->*read)(item.toObject(), value);
        out.append(std::move(value));
    }
    return out;
}

void JsonDecoder::readFile(const QJsonObject &o, VisualFile &file)
{
    file.type = string(o, "__typename") == QStringLiteral("VideoFile") ? VisualFile::Type::Video
                                                                       : VisualFile::Type::Image;
    file.id = string(o, "id");
    file.path = string(o, "path");
    file.basename = string(o, "basename");
    file.size = wholeNumber(o, "size");
    file.modTime = time(o, "mod_time");
    file.format = string(o, "format");
    file.width = integer(o, "width");
    file.height = integer(o, "height");
    file.duration = number(o, "duration");
    file.videoCodec = string(o, "video_codec");
    file.audioCodec = string(o, "audio_codec");
    file.frameRate = number(o, "frame_rate");
    file.bitRate = wholeNumber(o, "bit_rate");
    const QJsonArray prints = array(o, "fingerprints");
    for (const QJsonValue &p : prints) {
        const QJsonObject fp = p.toObject();
        file.fingerprints.append({string(fp, "type"), string(fp, "value")});
    }
    file.parentFolderPath = string(object(o, "parent_folder"), "path");
    file.zipFilePath = string(object(o, "zip_file"), "path");
}

void JsonDecoder::readTag(const QJsonObject &o, Tag &tag)
{
    tag.id = string(o, "id");
    tag.name = string(o, "name");
    tag.sortName = string(o, "sort_name");
    tag.aliases = strings(o, "aliases");
    tag.favorite = boolean(o, "favorite");
    tag.description = string(o, "description");
    tag.imageCount = integer(o, "image_count");
}

void JsonDecoder::readPerformer(const QJsonObject &o, Performer &performer)
{
    performer.id = string(o, "id");
    performer.name = string(o, "name");
    performer.disambiguation = string(o, "disambiguation");
    performer.gender = string(o, "gender");
    performer.favorite = boolean(o, "favorite");
    performer.aliases = strings(o, "alias_list");
    performer.imageCount = integer(o, "image_count");
}

void JsonDecoder::readStudio(const QJsonObject &o, Studio &studio)
{
    studio.id = string(o, "id");
    studio.name = string(o, "name");
    const QJsonObject parent = object(o, "parent_studio");
    studio.parentId = string(parent, "id");
    studio.parentName = string(parent, "name");
    studio.aliases = strings(o, "aliases");
    studio.imageCount = integer(o, "image_count");
}

void JsonDecoder::readGallery(const QJsonObject &o, Gallery &gallery)
{
    gallery.id = string(o, "id");
    gallery.title = string(o, "title");
    gallery.date = string(o, "date");
    const QJsonArray files = array(o, "files");
    if (!files.isEmpty())
        gallery.path = string(files.first().toObject(), "path");
    if (gallery.path.isEmpty())
        gallery.path = string(object(o, "folder"), "path");
    gallery.imageCount = integer(o, "image_count");
}

void JsonDecoder::readImage(const QJsonObject &o, Image &image)
{
    image.id = string(o, "id");
    if (image.id.isEmpty() && m_error.isEmpty())
        m_error = QStringLiteral("an image without an id");
    image.title = string(o, "title");
    image.code = string(o, "code");
    image.rating100 = optionalInt(o, "rating100");
    image.urls = strings(o, "urls");
    image.date = string(o, "date");
    image.details = string(o, "details");
    image.photographer = string(o, "photographer");
    image.oCounter = integer(o, "o_counter");
    image.organized = boolean(o, "organized");
    image.createdAt = time(o, "created_at");
    image.updatedAt = time(o, "updated_at");
    image.visualFiles = list<VisualFile>(o, "visual_files", &JsonDecoder::readFile);
    const QJsonObject paths = object(o, "paths");
    image.paths.thumbnail = url(paths, "thumbnail");
    image.paths.preview = url(paths, "preview");
    image.paths.image = url(paths, "image");
    image.galleries = list<Gallery>(o, "galleries", &JsonDecoder::readGallery);
    if (present(o, "studio")) {
        Studio studio;
        readStudio(object(o, "studio"), studio);
        image.studio = studio;
    }
    image.tags = list<Tag>(o, "tags", &JsonDecoder::readTag);
    image.performers = list<Performer>(o, "performers", &JsonDecoder::readPerformer);
}

Result<Image> JsonDecoder::image(const QJsonValue &json)
{
    if (!json.isObject())
        return Error::decode(QCoreApplication::translate(
            "Stash", "The server sent no image where one was expected."));
    Image image;
    readImage(json.toObject(), image);
    if (!ok())
        return error();
    return image;
}

Result<QList<Image>> JsonDecoder::images(const QJsonValue &json)
{
    if (!json.isArray())
        return Error::decode(QCoreApplication::translate(
            "Stash", "The server sent no image list where one was expected."));
    const QJsonArray items = json.toArray();
    QList<Image> out;
    out.reserve(items.size());
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            return Error::decode(QCoreApplication::translate(
                "Stash", "The server's image list holds a non-object."));
        Image image;
        readImage(item.toObject(), image);
        if (!ok())
            return error();
        out.append(std::move(image));
    }
    return out;
}

template<typename T>
Result<T> JsonDecoder::one(const QJsonValue &json,
                           void (JsonDecoder::*read)(const QJsonObject &, T &),
                           const QString &missing)
{
    if (!json.isObject())
        return Error::decode(missing);
    T value;
    (this->*read)(json.toObject(), value);
    if (!ok())
        return error();
    return value;
}

Result<Tag> JsonDecoder::tag(const QJsonValue &json)
{
    return one<Tag>(
        json, &JsonDecoder::readTag,
        QCoreApplication::translate("Stash", "The server sent no tag where one was expected."));
}

Result<Performer> JsonDecoder::performer(const QJsonValue &json)
{
    return one<Performer>(json, &JsonDecoder::readPerformer,
                          QCoreApplication::translate(
                              "Stash", "The server sent no performer where one was expected."));
}

Result<Studio> JsonDecoder::studio(const QJsonValue &json)
{
    return one<Studio>(
        json, &JsonDecoder::readStudio,
        QCoreApplication::translate("Stash", "The server sent no studio where one was expected."));
}

Result<Gallery> JsonDecoder::gallery(const QJsonValue &json)
{
    return one<Gallery>(
        json, &JsonDecoder::readGallery,
        QCoreApplication::translate("Stash", "The server sent no gallery where one was expected."));
}

} // namespace Stash
