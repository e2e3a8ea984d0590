// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imageupdate.h"

#include "verifyresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Stash;

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QLatin1String(i));
    return out;
}

/// One field of the input: how to set it to a value, how to clear it, and the JSON it must produce.
struct Field
{
    std::function<void(ImageUpdate &)> setValue;
    std::function<void(ImageUpdate &)> setNull;
    QJsonValue expected;
};

Field field(const char *key)
{
    const QString k = QLatin1String(key);
#define STRING_FIELD(name, member)                                                                 \
    if (k == QLatin1String(name))                                                                  \
        return {[](ImageUpdate &u) { u.member = QStringLiteral("v-" name); },                      \
                [](ImageUpdate &u) { u.member = Tristate<QString>::null(); },                      \
                QJsonValue(QStringLiteral("v-" name))};
#define LIST_FIELD(name, member, a, b)                                                             \
    if (k == QLatin1String(name))                                                                  \
        return {[](ImageUpdate &u) {                                                               \
                    u.member = list({a, b});                                                       \
                },                                                                                 \
                [](ImageUpdate &u) { u.member = Tristate<QStringList>::null(); },                  \
                QJsonArray{QStringLiteral(a), QStringLiteral(b)}};
    STRING_FIELD("title", title)
    STRING_FIELD("code", code)
    STRING_FIELD("details", details)
    STRING_FIELD("photographer", photographer)
    LIST_FIELD("urls", urls, "https://a.example/1", "https://b.example/2")
    LIST_FIELD("performer_ids", performerIds, "3", "4")
    LIST_FIELD("tag_ids", tagIds, "10", "11")
    LIST_FIELD("gallery_ids", galleryIds, "7", "8")
#undef STRING_FIELD
#undef LIST_FIELD
    if (k == QLatin1String("date"))
        return {[](ImageUpdate &u) { u.date = QStringLiteral("2024-02-29"); },
                [](ImageUpdate &u) { u.date = Tristate<QString>::null(); },
                QJsonValue(QStringLiteral("2024-02-29"))};
    if (k == QLatin1String("studio_id"))
        return {[](ImageUpdate &u) { u.studioId = QStringLiteral("42"); },
                [](ImageUpdate &u) { u.studioId = Tristate<QString>::null(); },
                QJsonValue(QStringLiteral("42"))};
    if (k == QLatin1String("rating100"))
        return {[](ImageUpdate &u) { u.rating100 = 80; },
                [](ImageUpdate &u) { u.rating100 = Tristate<int>::null(); }, QJsonValue(80)};
    if (k == QLatin1String("organized"))
        return {[](ImageUpdate &u) { u.organized = false; },
                [](ImageUpdate &u) { u.organized = Tristate<bool>::null(); }, QJsonValue(false)};
    qFatal("no such field %s", key);
    return {};
}

const char *const kFields[] = {"title",     "code",          "rating100", "organized",
                               "urls",      "date",          "details",   "photographer",
                               "studio_id", "performer_ids", "tag_ids",   "gallery_ids"};

ImageUpdate everythingSet()
{
    ImageUpdate u;
    u.id = QStringLiteral("5");
    for (const char *key : kFields)
        field(key).setValue(u);
    return u;
}

} // namespace

class TestImageUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyIdWhenNothingSet();
    void fieldEncoding_data();
    void fieldEncoding();
    void everyFieldAtOnce();
    void emptyListIsAValueNotNull();
    void roundTrip_data();
    void roundTrip();
    void fromJsonAcceptsNumericIds();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void validate_data();
    void validate();

    void createToJson();
    void createFromJson();
    void createRefuses_data();
    void createRefuses();

    void destroyFromJson();
    void destroyRefuses();
};

void TestImageUpdate::onlyIdWhenNothingSet()
{
    ImageUpdate u;
    u.id = QStringLiteral("5");
    QCOMPARE(json(u.toJson()), QStringLiteral(R"({"id":"5"})"));
    QVERIFY(!u.hasChanges());
}

void TestImageUpdate::fieldEncoding_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : kFields)
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestImageUpdate::fieldEncoding()
{
    QFETCH(QString, key);
    const Field f = field(key.toLatin1().constData());

    ImageUpdate unset;
    unset.id = QStringLiteral("5");
    QVERIFY(!unset.toJson().contains(key));

    ImageUpdate cleared = unset;
    f.setNull(cleared);
    const QJsonObject clearedJson = cleared.toJson();
    QCOMPARE(clearedJson.size(), 2);
    QVERIFY2(clearedJson.contains(key), qPrintable(json(clearedJson)));
    QVERIFY2(clearedJson.value(key).isNull(), qPrintable(json(clearedJson)));
    QCOMPARE(clearedJson.value(QStringLiteral("id")).toString(), QStringLiteral("5"));
    QVERIFY(cleared.hasChanges());

    ImageUpdate set = unset;
    f.setValue(set);
    const QJsonObject setJson = set.toJson();
    QCOMPARE(setJson.size(), 2);
    // Compare the JSON types too: 80 must be a number, false a bool, lists arrays.
    QCOMPARE(setJson.value(key).type(), f.expected.type());
    QCOMPARE(setJson.value(key), f.expected);
    QVERIFY(set.hasChanges());
}

void TestImageUpdate::everyFieldAtOnce()
{
    const QJsonObject out = everythingSet().toJson();
    QCOMPARE(out.size(), int(std::size(kFields)) + 1);
    for (const char *key : kFields)
        QCOMPARE(out.value(QLatin1String(key)), field(key).expected);
    // ids are strings on the wire, never numbers.
    QVERIFY(out.value(QStringLiteral("id")).isString());
    QVERIFY(out.value(QStringLiteral("studio_id")).isString());
    QVERIFY(out.value(QStringLiteral("tag_ids")).toArray().first().isString());
}

void TestImageUpdate::emptyListIsAValueNotNull()
{
    ImageUpdate u;
    u.id = QStringLiteral("1");
    u.tagIds = QStringList{};
    const QJsonValue tags = u.toJson().value(QStringLiteral("tag_ids"));
    QVERIFY(tags.isArray());
    QVERIFY(tags.toArray().isEmpty());
}

void TestImageUpdate::roundTrip_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("all values") << QStringLiteral("values");
    QTest::newRow("all null") << QStringLiteral("nulls");
    QTest::newRow("id only") << QStringLiteral("none");
}

void TestImageUpdate::roundTrip()
{
    QFETCH(QString, which);
    ImageUpdate u;
    u.id = QStringLiteral("17");
    for (const char *key : kFields) {
        if (which == QLatin1String("values"))
            field(key).setValue(u);
        else if (which == QLatin1String("nulls"))
            field(key).setNull(u);
    }
    const Result<ImageUpdate> back = ImageUpdate::fromJson(u.toJson());
    QVERIFY_RESULT(back);
    QVERIFY(back.value() == u);
    QCOMPARE(back.value().toJson(), u.toJson());
}

void TestImageUpdate::fromJsonAcceptsNumericIds()
{
    const auto r = ImageUpdate::fromJson(
        QJsonDocument::fromJson(
            R"({"id": 12, "studio_id": 3, "tag_ids": [1, "2"], "rating100": 60})")
            .object());
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().id, QStringLiteral("12"));
    QCOMPARE(r.value().studioId.value(), QStringLiteral("3"));
    QCOMPARE(r.value().tagIds.value(), list({"1", "2"}));
    QCOMPARE(r.value().rating100.value(), 60);
    QVERIFY(r.value().title.isUnset());
    QVERIFY(r.value().urls.isUnset());
}

void TestImageUpdate::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown field") << QByteArray(R"({"id":"1","rating":5})") << "rating";
    QTest::newRow("missing id") << QByteArray(R"({"title":"x"})") << "id";
    QTest::newRow("null id") << QByteArray(R"({"id":null})") << "id";
    QTest::newRow("id is a bool") << QByteArray(R"({"id":true})") << "id";
    QTest::newRow("title is a number") << QByteArray(R"({"id":"1","title":5})") << "title";
    QTest::newRow("rating100 is a string")
        << QByteArray(R"({"id":"1","rating100":"5"})") << "rating100";
    QTest::newRow("rating100 is fractional")
        << QByteArray(R"({"id":"1","rating100":2.5})") << "rating100";
    QTest::newRow("organized is a string")
        << QByteArray(R"({"id":"1","organized":"yes"})") << "organized";
    QTest::newRow("urls is a string") << QByteArray(R"({"id":"1","urls":"https:\/\/x"})") << "urls";
    QTest::newRow("urls holds a number") << QByteArray(R"({"id":"1","urls":[1]})") << "urls";
    QTest::newRow("tag_ids holds a bool")
        << QByteArray(R"({"id":"1","tag_ids":[true]})") << "tag_ids";
    QTest::newRow("studio_id is a list")
        << QByteArray(R"({"id":"1","studio_id":["1"]})") << "studio_id";
    QTest::newRow("performer_ids is an object")
        << QByteArray(R"({"id":"1","performer_ids":{"ids":["1"],"mode":"ADD"}})")
        << "performer_ids";
}

void TestImageUpdate::fromJsonRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    QVERIFY(doc.isObject());
    const Result<ImageUpdate> r = ImageUpdate::fromJson(doc.object());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    QVERIFY2(r.error().message().contains(mentions), qPrintable(r.error().message()));
}

void TestImageUpdate::validate_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("allowPartial");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QByteArray(R"({"id":"1","title":"x"})") << true << true;
    QTest::newRow("everything cleared but organized")
        << QByteArray(R"({"id":"1","title":null,"code":null,"rating100":null,"urls":null,
                         "date":null,"details":null,"photographer":null,"studio_id":null,
                         "performer_ids":null,"tag_ids":null,"gallery_ids":null})")
        << false << true;
    QTest::newRow("id not numeric") << QByteArray(R"({"id":"abc"})") << true << false;
    QTest::newRow("id empty") << QByteArray(R"({"id":""})") << true << false;
    QTest::newRow("rating 0") << QByteArray(R"({"id":"1","rating100":0})") << true << false;
    QTest::newRow("rating 101") << QByteArray(R"({"id":"1","rating100":101})") << true << false;
    QTest::newRow("rating 100") << QByteArray(R"({"id":"1","rating100":100})") << true << true;
    QTest::newRow("organized null")
        << QByteArray(R"({"id":"1","organized":null})") << true << false;
    QTest::newRow("bad date") << QByteArray(R"({"id":"1","date":"2024-02-30"})") << true << false;
    QTest::newRow("partial date allowed")
        << QByteArray(R"({"id":"1","date":"2024-02"})") << true << true;
    QTest::newRow("partial date refused")
        << QByteArray(R"({"id":"1","date":"2024-02"})") << false << false;
    QTest::newRow("studio not numeric")
        << QByteArray(R"({"id":"1","studio_id":"acme"})") << true << false;
    QTest::newRow("tag id not numeric")
        << QByteArray(R"({"id":"1","tag_ids":["1","x"]})") << true << false;
    QTest::newRow("performer id empty")
        << QByteArray(R"({"id":"1","performer_ids":[""]})") << true << false;
    QTest::newRow("gallery id not numeric")
        << QByteArray(R"({"id":"1","gallery_ids":["g1"]})") << true << false;
}

void TestImageUpdate::validate()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, allowPartial);
    QFETCH(bool, valid);
    const Result<ImageUpdate> r = ImageUpdate::fromJson(QJsonDocument::fromJson(input).object());
    QVERIFY_RESULT(r);
    const std::optional<Error> error = r.value().validate(allowPartial);
    QCOMPARE(!error.has_value(), valid);
    if (error)
        QCOMPARE(error->kind(), Error::Kind::InvalidInput);
}

void TestImageUpdate::createToJson()
{
    ImageCreate c;
    c.title = QStringLiteral("New");
    QCOMPARE(json(c.toJson()), QStringLiteral(R"({"title":"New"})"));
    c.rating100 = 40;
    c.tagIds = list({"1"});
    c.studioId = Tristate<QString>::null();
    const QJsonObject out = c.toJson();
    QCOMPARE(out.size(), 4);
    QCOMPARE(out.value(QStringLiteral("rating100")), QJsonValue(40));
    QCOMPARE(out.value(QStringLiteral("tag_ids")), QJsonValue(QJsonArray{QStringLiteral("1")}));
    QVERIFY(out.value(QStringLiteral("studio_id")).isNull());
    QVERIFY(!out.contains(QStringLiteral("id")));
    QVERIFY(!out.contains(QStringLiteral("date")));
}

void TestImageUpdate::createFromJson()
{
    const auto r = ImageCreate::fromJson(
        QJsonDocument::fromJson(R"({"title":"T","urls":["u"],"organized":true,"date":"2020"})")
            .object());
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().title, QStringLiteral("T"));
    QCOMPARE(r.value().urls.value(), list({"u"}));
    QCOMPARE(r.value().organized.value(), true);
    QCOMPARE(r.value().date.value(), QStringLiteral("2020"));
    QVERIFY(!r.value().validate(true));
    QVERIFY(r.value().validate(false)); // partial date on an old server
    QCOMPARE(r.value().toJson(),
             QJsonDocument::fromJson(R"({"title":"T","urls":["u"],"organized":true,"date":"2020"})")
                 .object());
}

void TestImageUpdate::createRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("parses");
    QTest::newRow("id is not an input field") << QByteArray(R"({"id":"1","title":"x"})") << false;
    QTest::newRow("unknown field") << QByteArray(R"({"title":"x","name":"y"})") << false;
    QTest::newRow("title wrong type") << QByteArray(R"({"title":1})") << false;
    QTest::newRow("no title") << QByteArray(R"({"code":"c"})") << true;
    QTest::newRow("blank title") << QByteArray(R"({"title":"   "})") << true;
    QTest::newRow("rating out of range") << QByteArray(R"({"title":"x","rating100":-5})") << true;
}

void TestImageUpdate::createRefuses()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, parses);
    const auto r = ImageCreate::fromJson(QJsonDocument::fromJson(input).object());
    QCOMPARE(r.ok(), parses);
    if (!r.ok()) {
        QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
        return;
    }
    const auto error = r.value().validate();
    QVERIFY(error.has_value());
    QCOMPARE(error->kind(), Error::Kind::InvalidInput);
}

void TestImageUpdate::destroyFromJson()
{
    auto one = ImageDestroy::fromJson(QJsonDocument::fromJson(R"({"id":"3"})").object(), false);
    QVERIFY(one.ok());
    QCOMPARE(one.value().ids, list({"3"}));
    QCOMPARE(one.value().deleteFile, false); // the file stays unless asked
    QCOMPARE(one.value().deleteGenerated, true);
    QVERIFY(!one.value().validate());

    auto many = ImageDestroy::fromJson(
        QJsonDocument::fromJson(R"({"ids":["1",2],"delete_file":true,"delete_generated":false})")
            .object(),
        true);
    QVERIFY_RESULT(many);
    QCOMPARE(many.value().ids, list({"1", "2"}));
    QCOMPARE(many.value().deleteFile, true);
    QCOMPARE(many.value().deleteGenerated, false);
}

void TestImageUpdate::destroyRefuses()
{
    // "ids" is not a field of the single form, and "id" not of the many form.
    QVERIFY(
        !ImageDestroy::fromJson(QJsonDocument::fromJson(R"({"ids":["1"]})").object(), false).ok());
    QVERIFY(!ImageDestroy::fromJson(QJsonDocument::fromJson(R"({"id":"1"})").object(), true).ok());
    QVERIFY(!ImageDestroy::fromJson(
                 QJsonDocument::fromJson(R"({"id":"1","delete_file":"yes"})").object(), false)
                 .ok());
    auto none = ImageDestroy::fromJson(QJsonObject{}, false);
    QVERIFY(none.ok());
    QVERIFY(none.value().validate().has_value()); // nothing to delete
    ImageDestroy bad;
    bad.ids = list({"1", "x"});
    QVERIFY(bad.validate().has_value());
}

QTEST_GUILESS_MAIN(TestImageUpdate)
#include "tst_imageupdate.moc"
