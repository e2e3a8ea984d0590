// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "jsondecoder.h"
#include "testdata.h"

#include "verifyresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Stash;
using TestData::parseJson;

namespace {

/// What the FullImage fragment brings back from a v0.30.1 server. ("\/" is JSON for "/":
/// moc misreads "//" inside raw strings as a comment.)
const QByteArray kFullImage = R"({
  "id": "12",
  "title": "Sunset",
  "code": "SC-1",
  "rating100": 80,
  "urls": ["https:\/\/a.example/1", "https:\/\/b.example/2"],
  "date": "2024-05-17",
  "details": "Long text",
  "photographer": "Ann",
  "o_counter": 3,
  "organized": true,
  "created_at": "2024-05-18T10:11:12+02:00",
  "updated_at": "2025-01-02T03:04:05.123456789+10:00",
  "paths": {
    "thumbnail": "http:\/\/127.0.0.1:9999/image/12/thumbnail?t=1735750000",
    "preview": "",
    "image": "http:\/\/127.0.0.1:9999/image/12/image?t=1735750000"
  },
  "visual_files": [{
    "__typename": "ImageFile",
    "id": "101",
    "path": "/library/2024/sunset.jpg",
    "basename": "sunset.jpg",
    "size": 5000000000,
    "mod_time": "2024-05-17T08:00:00Z",
    "fingerprints": [{"type": "oshash", "value": "ab12"}, {"type": "md5", "value": "0123456789abcdef0123456789abcdef"}],
    "parent_folder": {"path": "/library/2024"},
    "zip_file": null,
    "format": "jpeg",
    "width": 4000,
    "height": 3000
  }],
  "galleries": [
    {"id": "5", "title": "", "date": null, "files": [{"path": "/library/set.zip"}], "folder": null},
    {"id": "6", "title": "Holiday", "date": "2024-05-01", "files": [], "folder": {"path": "/library/holiday"}},
    {"id": "7", "title": "Manual", "date": null, "files": [], "folder": null}
  ],
  "studio": {"id": "3", "name": "Studio A", "parent_studio": {"id": "2", "name": "Network"}},
  "tags": [{"id": "1", "name": "beach"}, {"id": "4", "name": "sky"}],
  "performers": [{"id": "9", "name": "P", "disambiguation": "the first", "gender": "FEMALE", "favorite": true}]
})";

/// What the SlimImage fragment brings back: many fields absent.
const QByteArray kSlimImage = R"({
  "id": "13",
  "title": "",
  "date": null,
  "rating100": null,
  "organized": false,
  "o_counter": 0,
  "updated_at": "2025-01-02T03:04:05Z",
  "paths": {"thumbnail": "http:\/\/h/image/13/thumbnail?t=1", "image": "http:\/\/h/image/13/image?t=1", "preview": "http:\/\/h/image/13/preview?1"},
  "visual_files": [{
    "__typename": "VideoFile",
    "id": "202",
    "path": "/library/clips/loop.gif",
    "basename": "loop.gif",
    "size": 1234,
    "mod_time": "2023-01-01T00:00:00Z",
    "fingerprints": [{"type": "oshash", "value": "ffee"}],
    "width": 320,
    "height": 240
  }],
  "tags": []
})";

QJsonObject fullImage()
{
    return parseJson(kFullImage);
}

} // namespace

class TestJsonDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullImage_();
    void imageFileFacts();
    void fileNumbersOutOfRange_data();
    void fileNumbersOutOfRange();
    void videoFile();
    void slimImageDefaults();
    void nullsGiveDefaults_data();
    void nullsGiveDefaults();
    void emptyObjectNeedsId();
    void studioNullVersusObject();
    void wrongTypes_data();
    void wrongTypes();
    void imagesList();
    void imagesListRefusesNonObjects();
    void notAnObject();
    void lookups();
    void displayTitle();
    void galleryTitleAndPath();
    void pixelKey();
    void pixelKeyStableAcrossMetadataEdits();
};

void TestJsonDecoder::fullImage_()
{
    JsonDecoder decoder;
    const Result<Image> r = decoder.image(fullImage());
    QVERIFY_RESULT(r);
    const Image &i = r.value();
    QCOMPARE(i.id, QStringLiteral("12"));
    QCOMPARE(i.title, QStringLiteral("Sunset"));
    QCOMPARE(i.code, QStringLiteral("SC-1"));
    QCOMPARE(i.rating100, std::optional(80));
    QCOMPARE(i.urls, (QStringList{QStringLiteral("https://a.example/1"),
                                  QStringLiteral("https://b.example/2")}));
    QCOMPARE(i.date, QStringLiteral("2024-05-17"));
    QCOMPARE(i.details, QStringLiteral("Long text"));
    QCOMPARE(i.photographer, QStringLiteral("Ann"));
    QCOMPARE(i.oCounter, 3);
    QCOMPARE(i.organized, true);
    QCOMPARE(i.createdAt, QDateTime(QDate(2024, 5, 18), QTime(8, 11, 12), Qt::UTC));
    // RFC 3339 with nanoseconds, as Go writes it: kept to the millisecond.
    QVERIFY2(i.updatedAt.isValid(), "nanosecond timestamps must parse");
    QCOMPARE(i.updatedAt.toUTC(), QDateTime(QDate(2025, 1, 1), QTime(17, 4, 5, 123), Qt::UTC));
    QCOMPARE(i.paths.thumbnail,
             QUrl(QStringLiteral("http://127.0.0.1:9999/image/12/thumbnail?t=1735750000")));
    QCOMPARE(i.paths.image,
             QUrl(QStringLiteral("http://127.0.0.1:9999/image/12/image?t=1735750000")));
    QVERIFY(i.paths.preview.isEmpty());
    QCOMPARE(i.galleries.size(), 3);
    QCOMPARE(i.galleryIds(),
             (QStringList{QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}));
    QVERIFY(i.studio.has_value());
    QCOMPARE(i.studio->id, QStringLiteral("3"));
    QCOMPARE(i.studio->name, QStringLiteral("Studio A"));
    QCOMPARE(i.studio->parentId, QStringLiteral("2"));
    QCOMPARE(i.studio->parentName, QStringLiteral("Network"));
    QCOMPARE(i.tagIds(), (QStringList{QStringLiteral("1"), QStringLiteral("4")}));
    QCOMPARE(i.tagNames(), (QStringList{QStringLiteral("beach"), QStringLiteral("sky")}));
    QCOMPARE(i.performers.size(), 1);
    QCOMPARE(i.performerIds(), QStringList{QStringLiteral("9")});
    QCOMPARE(i.performers.first().disambiguation, QStringLiteral("the first"));
    QCOMPARE(i.performers.first().gender, QStringLiteral("FEMALE"));
    QCOMPARE(i.performers.first().favorite, true);
    QVERIFY(decoder.ok());
}

void TestJsonDecoder::imageFileFacts()
{
    const Result<Image> r = JsonDecoder().image(fullImage());
    QVERIFY(r.ok());
    QCOMPARE(r.value().visualFiles.size(), 1);
    const VisualFile &f = *r.value().primaryFile();
    QCOMPARE(f.type, VisualFile::Type::Image);
    QCOMPARE(f.id, QStringLiteral("101"));
    QCOMPARE(f.path, QStringLiteral("/library/2024/sunset.jpg"));
    QCOMPARE(f.basename, QStringLiteral("sunset.jpg"));
    QCOMPARE(f.size, Q_INT64_C(5000000000)); // Int64: past 32 bits
    QCOMPARE(f.modTime, QDateTime(QDate(2024, 5, 17), QTime(8, 0), Qt::UTC));
    QCOMPARE(f.format, QStringLiteral("jpeg"));
    QCOMPARE(f.width, 4000);
    QCOMPARE(f.height, 3000);
    QCOMPARE(f.fingerprints.size(), 2);
    QCOMPARE(f.fingerprint(QStringLiteral("md5")),
             QStringLiteral("0123456789abcdef0123456789abcdef"));
    QCOMPARE(f.fingerprint(QStringLiteral("oshash")), QStringLiteral("ab12"));
    QVERIFY(f.fingerprint(QStringLiteral("phash")).isEmpty());
    QCOMPARE(f.parentFolderPath, QStringLiteral("/library/2024"));
    QVERIFY(f.zipFilePath.isEmpty());
    QCOMPARE(f.duration, 0.0);
}

void TestJsonDecoder::fileNumbersOutOfRange_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<double>("value");
    QTest::newRow("size 1e30") << "size" << 1e30;
    QTest::newRow("size 2^63") << "size" << 9223372036854775808.0;
    QTest::newRow("size fractional") << "size" << 12.5;
    QTest::newRow("width 2^31") << "width" << 2147483648.0;
    QTest::newRow("height -2^40") << "height" << -1099511627776.0;
}

void TestJsonDecoder::fileNumbersOutOfRange()
{
    QFETCH(QString, field);
    QFETCH(double, value);
    QJsonObject json = fullImage();
    QJsonObject file = json.value(QStringLiteral("visual_files")).toArray().first().toObject();
    file.insert(field, value);
    json.insert(QStringLiteral("visual_files"), QJsonArray{file});
    const Result<Image> r = JsonDecoder().image(json);
    QVERIFY2(!r.ok(), "an out-of-range number must not be cast (undefined behaviour)");
    QCOMPARE(r.error().kind(), Error::Kind::Decode);
    QVERIFY2(r.error().detail().contains(field), qPrintable(r.error().detail()));
}

void TestJsonDecoder::videoFile()
{
    QJsonObject json = fullImage();
    json.insert(QStringLiteral("visual_files"), QJsonArray{parseJson(R"({
        "__typename": "VideoFile", "id": "300", "path": "/lib/a.zip/clip.mp4", "basename": "clip.mp4",
        "size": 99, "mod_time": "2020-02-02T02:02:02Z", "fingerprints": [],
        "zip_file": {"path": "/lib/a.zip"}, "parent_folder": {"path": "/lib"},
        "format": "mp4", "width": 1920, "height": 1080, "duration": 12.5,
        "video_codec": "h264", "audio_codec": "aac", "frame_rate": 29.97, "bit_rate": 4000000})")});
    const Result<Image> r = JsonDecoder().image(json);
    QVERIFY_RESULT(r);
    const VisualFile &f = r.value().visualFiles.first();
    QCOMPARE(f.type, VisualFile::Type::Video);
    QCOMPARE(f.format, QStringLiteral("mp4"));
    QCOMPARE(f.duration, 12.5);
    QCOMPARE(f.videoCodec, QStringLiteral("h264"));
    QCOMPARE(f.audioCodec, QStringLiteral("aac"));
    QCOMPARE(f.frameRate, 29.97);
    QCOMPARE(f.bitRate, Q_INT64_C(4000000));
    QCOMPARE(f.zipFilePath, QStringLiteral("/lib/a.zip"));
    QCOMPARE(f.width, 1920);
}

void TestJsonDecoder::slimImageDefaults()
{
    const Result<Image> r = JsonDecoder().image(parseJson(kSlimImage));
    QVERIFY_RESULT(r);
    const Image &i = r.value();
    QCOMPARE(i.id, QStringLiteral("13"));
    QVERIFY(i.title.isEmpty());
    QVERIFY(!i.rating100.has_value());
    QVERIFY(i.date.isEmpty());
    QVERIFY(i.code.isEmpty());
    QVERIFY(i.urls.isEmpty());
    QVERIFY(i.details.isEmpty());
    QVERIFY(!i.createdAt.isValid());
    QVERIFY(i.updatedAt.isValid());
    QVERIFY(!i.studio.has_value());
    QVERIFY(i.performers.isEmpty());
    QVERIFY(i.galleries.isEmpty());
    QVERIFY(i.tags.isEmpty());
    QCOMPARE(i.paths.preview, QUrl(QStringLiteral("http://h/image/13/preview?1")));
    const VisualFile &f = i.visualFiles.first();
    QCOMPARE(f.type, VisualFile::Type::Video);
    QVERIFY(f.format.isEmpty()); // slim/legacy fragments do not ask for it
    QVERIFY(f.parentFolderPath.isEmpty());
    QCOMPARE(f.width, 320);
    QCOMPARE(i.displayTitle(), QStringLiteral("loop.gif"));
}

void TestJsonDecoder::nullsGiveDefaults_data()
{
    QTest::addColumn<QString>("field");
    for (const char *f : {"title", "code", "rating100", "urls", "date", "details", "photographer",
                          "o_counter", "organized", "created_at", "updated_at", "paths",
                          "visual_files", "galleries", "studio", "tags", "performers"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestJsonDecoder::nullsGiveDefaults()
{
    QFETCH(QString, field);
    QJsonObject json = fullImage();
    json.insert(field, QJsonValue::Null);
    const Result<Image> withNull = JsonDecoder().image(json);
    QVERIFY_RESULT(withNull);
    json.remove(field);
    const Result<Image> missing = JsonDecoder().image(json);
    QVERIFY_RESULT(missing);
    // null and absent mean the same, and both differ from the full image in that field only.
    QVERIFY(withNull.value() == missing.value());
    QVERIFY(!(missing.value() == JsonDecoder().image(fullImage()).value()));
    Image expected = JsonDecoder().image(fullImage()).value();
    const Image defaults;
    if (field == QLatin1String("title"))
        expected.title = defaults.title;
    else if (field == QLatin1String("code"))
        expected.code = defaults.code;
    else if (field == QLatin1String("rating100"))
        expected.rating100 = defaults.rating100;
    else if (field == QLatin1String("urls"))
        expected.urls = defaults.urls;
    else if (field == QLatin1String("date"))
        expected.date = defaults.date;
    else if (field == QLatin1String("details"))
        expected.details = defaults.details;
    else if (field == QLatin1String("photographer"))
        expected.photographer = defaults.photographer;
    else if (field == QLatin1String("o_counter"))
        expected.oCounter = defaults.oCounter;
    else if (field == QLatin1String("organized"))
        expected.organized = defaults.organized;
    else if (field == QLatin1String("created_at"))
        expected.createdAt = defaults.createdAt;
    else if (field == QLatin1String("updated_at"))
        expected.updatedAt = defaults.updatedAt;
    else if (field == QLatin1String("paths"))
        expected.paths = defaults.paths;
    else if (field == QLatin1String("visual_files"))
        expected.visualFiles = defaults.visualFiles;
    else if (field == QLatin1String("galleries"))
        expected.galleries = defaults.galleries;
    else if (field == QLatin1String("studio"))
        expected.studio = defaults.studio;
    else if (field == QLatin1String("tags"))
        expected.tags = defaults.tags;
    else if (field == QLatin1String("performers"))
        expected.performers = defaults.performers;
    QVERIFY(missing.value() == expected);
}

void TestJsonDecoder::emptyObjectNeedsId()
{
    const Result<Image> r = JsonDecoder().image(QJsonObject{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::Decode);
    QVERIFY2(r.error().detail().contains(QStringLiteral("id")), qPrintable(r.error().detail()));
}

void TestJsonDecoder::studioNullVersusObject()
{
    QJsonObject json = fullImage();
    json.insert(QStringLiteral("studio"), QJsonValue::Null);
    QVERIFY(!JsonDecoder().image(json).value().studio.has_value());
    json.insert(QStringLiteral("studio"),
                parseJson(R"({"id":"8","name":"Solo","parent_studio":null})"));
    const Image i = JsonDecoder().image(json).value();
    QVERIFY(i.studio.has_value());
    QCOMPARE(i.studio->id, QStringLiteral("8"));
    QVERIFY(i.studio->parentId.isEmpty());
    QVERIFY(i.studio->parentName.isEmpty());
}

void TestJsonDecoder::wrongTypes_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("rating100 as string") << "rating100" << QByteArray(R"("5")");
    QTest::newRow("rating100 fractional") << "rating100" << QByteArray("5.5");
    QTest::newRow("tags not a list") << "tags" << QByteArray(R"({"id":"1"})");
    QTest::newRow("tags hold strings") << "tags" << QByteArray(R"(["beach"])");
    QTest::newRow("id a number") << "id" << QByteArray("12");
    QTest::newRow("title a number") << "title" << QByteArray("1");
    QTest::newRow("urls a string") << "urls" << QByteArray(R"("https:\/\/x")");
    QTest::newRow("urls hold numbers") << "urls" << QByteArray("[1]");
    QTest::newRow("organized a string") << "organized" << QByteArray(R"("true")");
    QTest::newRow("o_counter a string") << "o_counter" << QByteArray(R"("3")");
    QTest::newRow("created_at not a time") << "created_at" << QByteArray(R"("yesterday")");
    QTest::newRow("visual_files an object") << "visual_files" << QByteArray(R"({"id":"1"})");
    QTest::newRow("studio a string") << "studio" << QByteArray(R"("Studio A")");
    QTest::newRow("paths a list") << "paths" << QByteArray(R"(["a"])");
    QTest::newRow("performers a number") << "performers" << QByteArray("3");
    // Beyond int: a cast would be undefined behaviour (it used to give -2147483648).
    QTest::newRow("o_counter 2^31") << "o_counter" << QByteArray("2147483648");
    QTest::newRow("o_counter below int") << "o_counter" << QByteArray("-2147483649");
    QTest::newRow("rating100 1e300") << "rating100" << QByteArray("1e300");
}

void TestJsonDecoder::wrongTypes()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, value);
    QJsonObject json = fullImage();
    json.insert(field, QJsonDocument::fromJson("[" + value + "]").array().first());
    const Result<Image> r = JsonDecoder().image(json);
    QVERIFY2(!r.ok(), "a wrong type must not decode to a silent default");
    QCOMPARE(r.error().kind(), Error::Kind::Decode);
    const QString text = r.error().message() + QLatin1Char(' ') + r.error().detail();
    QVERIFY2(text.contains(field), qPrintable(text));
}

void TestJsonDecoder::imagesList()
{
    QJsonArray list{fullImage(), parseJson(kSlimImage)};
    const auto r = JsonDecoder().images(list);
    QVERIFY(r.ok());
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().at(0).id, QStringLiteral("12"));
    QCOMPARE(r.value().at(1).id, QStringLiteral("13"));

    QJsonObject broken = parseJson(kSlimImage);
    broken.insert(QStringLiteral("rating100"), QStringLiteral("high"));
    list.append(broken);
    const auto bad = JsonDecoder().images(list);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind(), Error::Kind::Decode);
    QVERIFY(bad.error().detail().contains(QStringLiteral("rating100")));

    QVERIFY(JsonDecoder().images(QJsonArray{}).ok());
}

void TestJsonDecoder::imagesListRefusesNonObjects()
{
    const auto r = JsonDecoder().images(QJsonArray{fullImage(), QJsonValue::Null});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::Decode);
    QVERIFY(!JsonDecoder().images(QJsonValue(fullImage())).ok());
    QVERIFY(!JsonDecoder().images(QJsonValue::Null).ok());
}

void TestJsonDecoder::notAnObject()
{
    for (const QJsonValue &v :
         {QJsonValue(QJsonValue::Null), QJsonValue(5), QJsonValue(QJsonArray{})}) {
        const auto r = JsonDecoder().image(v);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::Decode);
        QCOMPARE(JsonDecoder().tag(v).error().kind(), Error::Kind::Decode);
    }
}

void TestJsonDecoder::lookups()
{
    const auto tag = JsonDecoder().tag(parseJson(
        R"({"id":"4","name":"sky","aliases":["heaven"],"favorite":true,"description":"up","image_count":12})"));
    QVERIFY(tag.ok());
    QCOMPARE(tag.value().name, QStringLiteral("sky"));
    QCOMPARE(tag.value().aliases, QStringList{QStringLiteral("heaven")});
    QCOMPARE(tag.value().favorite, true);
    QCOMPARE(tag.value().description, QStringLiteral("up"));
    QCOMPARE(tag.value().imageCount, 12);

    const auto performer = JsonDecoder().performer(parseJson(
        R"({"id":"9","name":"P","alias_list":["Pee","Pea"],"gender":null,"favorite":false,"image_count":2})"));
    QVERIFY(performer.ok());
    QCOMPARE(performer.value().aliases,
             (QStringList{QStringLiteral("Pee"), QStringLiteral("Pea")}));
    QVERIFY(performer.value().gender.isEmpty());
    QCOMPARE(performer.value().imageCount, 2);

    const auto studio = JsonDecoder().studio(
        parseJson(R"({"id":"3","name":"S","aliases":[],"parent_studio":{"id":"1","name":"N"}})"));
    QVERIFY(studio.ok());
    QCOMPARE(studio.value().parentName, QStringLiteral("N"));

    const auto gallery = JsonDecoder().gallery(parseJson(
        R"({"id":"6","title":"","image_count":40,"files":[],"folder":{"path":"/lib/trip"}})"));
    QVERIFY(gallery.ok());
    QCOMPARE(gallery.value().imageCount, 40);
    QCOMPARE(gallery.value().path, QStringLiteral("/lib/trip"));

    const auto badTag =
        JsonDecoder().tag(parseJson(R"({"id":"4","name":"sky","image_count":"many"})"));
    QVERIFY(!badTag.ok());
    QVERIFY(badTag.error().detail().contains(QStringLiteral("image_count")));
    const auto badPerformer = JsonDecoder().performer(parseJson(R"({"id":"4","favorite":"yes"})"));
    QVERIFY(!badPerformer.ok());
    QVERIFY(badPerformer.error().detail().contains(QStringLiteral("favorite")));
}

void TestJsonDecoder::displayTitle()
{
    Image i = JsonDecoder().image(fullImage()).value();
    QCOMPARE(i.displayTitle(), QStringLiteral("Sunset"));
    i.title.clear();
    QCOMPARE(i.displayTitle(), QStringLiteral("sunset.jpg"));
    i.visualFiles.first().basename.clear();
    QCOMPARE(i.displayTitle(), QStringLiteral("sunset.jpg")); // from the path
    i.visualFiles.clear();
    QVERIFY(i.displayTitle().isEmpty());
    QVERIFY(i.primaryFile() == nullptr);

    // The primary file is the first one, as the server orders them.
    Image two = JsonDecoder().image(fullImage()).value();
    two.title.clear();
    VisualFile other = two.visualFiles.first();
    other.basename = QStringLiteral("zzz.png");
    two.visualFiles.prepend(other);
    QCOMPARE(two.displayTitle(), QStringLiteral("zzz.png"));
}

void TestJsonDecoder::galleryTitleAndPath()
{
    const Image i = JsonDecoder().image(fullImage()).value();
    const Gallery &zip = i.galleries.at(0);
    QCOMPARE(zip.path, QStringLiteral("/library/set.zip"));
    QVERIFY(zip.isFileBased());
    QCOMPARE(zip.displayTitle(), QStringLiteral("set.zip"));
    const Gallery &folder = i.galleries.at(1);
    QCOMPARE(folder.path, QStringLiteral("/library/holiday"));
    QCOMPARE(folder.displayTitle(), QStringLiteral("Holiday"));
    QCOMPARE(folder.date, QStringLiteral("2024-05-01"));
    const Gallery &manual = i.galleries.at(2);
    QVERIFY(!manual.isFileBased());
    QCOMPARE(manual.displayTitle(), QStringLiteral("Manual"));
}

void TestJsonDecoder::pixelKey()
{
    const Image withMd5 = JsonDecoder().image(fullImage()).value();
    QCOMPARE(withMd5.pixelKey(), QStringLiteral("0123456789abcdef0123456789abcdef"));

    const Image noMd5 = JsonDecoder().image(parseJson(kSlimImage)).value();
    const QString key = noMd5.pixelKey();
    QVERIFY(key.contains(QStringLiteral("202"))); // file id
    QVERIFY(key.contains(QString::number(
        QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()))); // mod time
    // A new file (another mod time) gives another key.
    Image touched = noMd5;
    touched.visualFiles.first().modTime = touched.visualFiles.first().modTime.addSecs(60);
    QVERIFY(touched.pixelKey() != key);
    Image otherFile = noMd5;
    otherFile.visualFiles.first().id = QStringLiteral("203");
    QVERIFY(otherFile.pixelKey() != key);
    // Different pixels (md5) give different keys.
    Image otherMd5 = withMd5;
    otherMd5.visualFiles.first().fingerprints = {{QStringLiteral("md5"), QStringLiteral("ffff")}};
    QCOMPARE(otherMd5.pixelKey(), QStringLiteral("ffff"));

    Image fileless;
    fileless.id = QStringLiteral("77");
    QVERIFY(!fileless.pixelKey().isEmpty());
    QVERIFY(fileless.pixelKey() != JsonDecoder().image(fullImage()).value().pixelKey());
}

void TestJsonDecoder::pixelKeyStableAcrossMetadataEdits()
{
    // A tag or rating edit bumps updated_at and so every ?t= URL; the pixels stay.
    for (const QByteArray &source : {kFullImage, kSlimImage}) {
        const QJsonObject before = parseJson(source);
        QJsonObject after = before;
        after.insert(QStringLiteral("updated_at"), QStringLiteral("2030-06-06T06:06:06Z"));
        after.insert(QStringLiteral("title"), QStringLiteral("renamed"));
        after.insert(QStringLiteral("rating100"), 20);
        QJsonObject paths = after.value(QStringLiteral("paths")).toObject();
        paths.insert(QStringLiteral("thumbnail"),
                     QStringLiteral("http://h/image/12/thumbnail?t=1906000000"));
        paths.insert(QStringLiteral("image"),
                     QStringLiteral("http://h/image/12/image?t=1906000000"));
        after.insert(QStringLiteral("paths"), paths);
        const Image a = JsonDecoder().image(before).value();
        const Image b = JsonDecoder().image(after).value();
        QVERIFY(a.paths.thumbnail != b.paths.thumbnail);
        QVERIFY(!a.pixelKey().isEmpty());
        QCOMPARE(b.pixelKey(), a.pixelKey());
    }
}

QTEST_GUILESS_MAIN(TestJsonDecoder)
#include "tst_jsondecoder.moc"
