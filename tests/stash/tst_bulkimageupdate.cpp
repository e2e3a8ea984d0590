// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulkimageupdate.h"
#include "testdata.h"

#include "verifyresult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Stash;
using TestData::parseJson;

namespace {

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QLatin1String(i));
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Stash::BulkMode)

class TestBulkImageUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modeNames();
    void idsOnly();
    void scalarFields();
    void listModes_data();
    void listModes();
    void urlsUseValues();
    void fromJson_data();
    void fromJson();
    void roundTrip();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void validate_data();
    void validate();
};

void TestBulkImageUpdate::modeNames()
{
    QCOMPARE(bulkModeName(BulkMode::Add), QStringLiteral("ADD"));
    QCOMPARE(bulkModeName(BulkMode::Remove), QStringLiteral("REMOVE"));
    QCOMPARE(bulkModeName(BulkMode::Set), QStringLiteral("SET"));
}

void TestBulkImageUpdate::idsOnly()
{
    BulkImageUpdate u;
    u.ids = list({"1", "2"});
    QCOMPARE(u.toJson(), parseJson(R"({"ids":["1","2"]})"));
    QVERIFY(!u.hasChanges());
}

void TestBulkImageUpdate::scalarFields()
{
    BulkImageUpdate u;
    u.ids = list({"1"});
    u.title = QStringLiteral("T");
    u.code = Tristate<QString>::null();
    u.rating100 = 20;
    u.organized = true;
    u.date = QStringLiteral("2023-05-06");
    u.details = Tristate<QString>::null();
    u.photographer = QStringLiteral("P");
    u.studioId = Tristate<QString>::null();
    QCOMPARE(u.toJson(), parseJson(R"({"ids":["1"],"title":"T","code":null,"rating100":20,
        "organized":true,"date":"2023-05-06","details":null,"photographer":"P","studio_id":null})"));
    QVERIFY(u.hasChanges());
}

void TestBulkImageUpdate::listModes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<BulkMode>("mode");
    QTest::addColumn<QString>("modeName");
    for (const char *key : {"tag_ids", "performer_ids", "gallery_ids"}) {
        QTest::addRow("%s ADD", key) << QString::fromLatin1(key) << BulkMode::Add << "ADD";
        QTest::addRow("%s REMOVE", key) << QString::fromLatin1(key) << BulkMode::Remove << "REMOVE";
        QTest::addRow("%s SET", key) << QString::fromLatin1(key) << BulkMode::Set << "SET";
    }
}

void TestBulkImageUpdate::listModes()
{
    QFETCH(QString, key);
    QFETCH(BulkMode, mode);
    QFETCH(QString, modeName);
    BulkImageUpdate u;
    u.ids = list({"9"});
    const BulkList change{mode, list({"4", "5"})};
    if (key == QLatin1String("tag_ids"))
        u.tagIds = change;
    else if (key == QLatin1String("performer_ids"))
        u.performerIds = change;
    else
        u.galleryIds = change;
    const QJsonObject out = u.toJson();
    QCOMPARE(out.size(), 2);
    const QJsonObject expected{
        {QStringLiteral("ids"), QJsonArray{QStringLiteral("4"), QStringLiteral("5")}},
        {QStringLiteral("mode"), modeName}};
    QCOMPARE(out.value(key).toObject(), expected);
}

void TestBulkImageUpdate::urlsUseValues()
{
    // BulkUpdateStrings calls its list "values", BulkUpdateIds "ids".
    BulkImageUpdate u;
    u.ids = list({"1"});
    u.urls = BulkList{BulkMode::Remove, list({"https://x.example/a"})};
    const QJsonObject urls = u.toJson().value(QStringLiteral("urls")).toObject();
    QCOMPARE(urls, parseJson(R"({"values":["https:\/\/x.example/a"],"mode":"REMOVE"})"));
    QVERIFY(!urls.contains(QStringLiteral("ids")));

    // SET with an empty list is how every url is removed: it must still be sent.
    u.urls = BulkList{BulkMode::Set, {}};
    QCOMPARE(u.toJson().value(QStringLiteral("urls")).toObject(),
             parseJson(R"({"values":[],"mode":"SET"})"));
}

void TestBulkImageUpdate::fromJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<BulkMode>("mode");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("tags ADD") << QByteArray(
                                     R"({"ids":["1"],"tag_ids":{"ids":["3",4],"mode":"ADD"}})")
                              << "tag_ids" << BulkMode::Add << list({"3", "4"});
    QTest::newRow("performers REMOVE")
        << QByteArray(R"({"ids":["1"],"performer_ids":{"ids":["8"],"mode":"REMOVE"}})")
        << "performer_ids" << BulkMode::Remove << list({"8"});
    QTest::newRow("galleries SET empty")
        << QByteArray(R"({"ids":["1"],"gallery_ids":{"ids":[],"mode":"SET"}})") << "gallery_ids"
        << BulkMode::Set << QStringList();
    QTest::newRow("galleries SET null ids")
        << QByteArray(R"({"ids":["1"],"gallery_ids":{"ids":null,"mode":"SET"}})") << "gallery_ids"
        << BulkMode::Set << QStringList();
    QTest::newRow("urls ADD") << QByteArray(
                                     R"({"ids":["1"],"urls":{"values":["u1","u2"],"mode":"ADD"}})")
                              << "urls" << BulkMode::Add << list({"u1", "u2"});
}

void TestBulkImageUpdate::fromJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, key);
    QFETCH(BulkMode, mode);
    QFETCH(QStringList, values);
    const auto r = BulkImageUpdate::fromJson(QJsonDocument::fromJson(input).object());
    QVERIFY_RESULT(r);
    const BulkImageUpdate &u = r.value();
    QCOMPARE(u.ids, list({"1"}));
    const std::optional<BulkList> &l = key == QLatin1String("tag_ids")         ? u.tagIds
                                       : key == QLatin1String("performer_ids") ? u.performerIds
                                       : key == QLatin1String("gallery_ids")   ? u.galleryIds
                                                                               : u.urls;
    QVERIFY(l.has_value());
    QCOMPARE(l->mode, mode);
    QCOMPARE(l->values, values);
    // The other lists stay untouched.
    int lists = int(u.tagIds.has_value()) + int(u.performerIds.has_value()) +
                int(u.galleryIds.has_value()) + int(u.urls.has_value());
    QCOMPARE(lists, 1);
}

void TestBulkImageUpdate::roundTrip()
{
    BulkImageUpdate u;
    u.ids = list({"1", "2", "3"});
    u.title = Tristate<QString>::null();
    u.rating100 = 100;
    u.organized = false;
    u.studioId = QStringLiteral("6");
    u.urls = BulkList{BulkMode::Set, list({"a", "b"})};
    u.tagIds = BulkList{BulkMode::Add, list({"1"})};
    u.performerIds = BulkList{BulkMode::Remove, list({"2"})};
    u.galleryIds = BulkList{BulkMode::Set, {}};
    const auto back = BulkImageUpdate::fromJson(u.toJson());
    QVERIFY_RESULT(back);
    QVERIFY(back.value() == u);
    QCOMPARE(back.value().toJson(), u.toJson());
}

void TestBulkImageUpdate::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("unknown field")
        << QByteArray(R"({"ids":["1"],"tags":{"ids":["1"],"mode":"ADD"}})");
    QTest::newRow("missing mode") << QByteArray(R"({"ids":["1"],"tag_ids":{"ids":["1"]}})");
    QTest::newRow("bad mode") << QByteArray(
        R"({"ids":["1"],"tag_ids":{"ids":["1"],"mode":"APPEND"}})");
    QTest::newRow("mode lower case")
        << QByteArray(R"({"ids":["1"],"tag_ids":{"ids":["1"],"mode":"add"}})");
    QTest::newRow("urls with ids key")
        << QByteArray(R"({"ids":["1"],"urls":{"ids":["u"],"mode":"ADD"}})");
    QTest::newRow("tag_ids with values key")
        << QByteArray(R"({"ids":["1"],"tag_ids":{"values":["1"],"mode":"ADD"}})");
    QTest::newRow("tag_ids a plain list") << QByteArray(R"({"ids":["1"],"tag_ids":["1"]})");
    QTest::newRow("ids not a list") << QByteArray(R"({"ids":"1"})");
    QTest::newRow("ids missing") << QByteArray(R"({"title":"x"})");
    QTest::newRow("rating wrong type") << QByteArray(R"({"ids":["1"],"rating100":"50"})");
    QTest::newRow("urls values numbers")
        << QByteArray(R"({"ids":["1"],"urls":{"values":[1],"mode":"SET"}})");
}

void TestBulkImageUpdate::fromJsonRefuses()
{
    QFETCH(QByteArray, input);
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    QVERIFY(doc.isObject());
    const auto r = BulkImageUpdate::fromJson(doc.object());
    QVERIFY2(!r.ok(), input.constData());
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    QVERIFY(!r.error().message().isEmpty());
}

void TestBulkImageUpdate::validate_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fine") << QByteArray(R"({"ids":["1","2"],"tag_ids":{"ids":["3"],"mode":"ADD"}})")
                          << true;
    QTest::newRow("no ids") << QByteArray(R"({"ids":[],"title":"x"})") << false;
    QTest::newRow("bad image id") << QByteArray(R"({"ids":["1","x"]})") << false;
    QTest::newRow("bad tag id") << QByteArray(
                                       R"({"ids":["1"],"tag_ids":{"ids":["t"],"mode":"ADD"}})")
                                << false;
    QTest::newRow("bad performer id")
        << QByteArray(R"({"ids":["1"],"performer_ids":{"ids":[""],"mode":"SET"}})") << false;
    QTest::newRow("bad gallery id")
        << QByteArray(R"({"ids":["1"],"gallery_ids":{"ids":["-1"],"mode":"REMOVE"}})") << false;
    QTest::newRow("urls are not ids")
        << QByteArray(R"({"ids":["1"],"urls":{"values":["https:\/\/x"],"mode":"ADD"}})") << true;
    QTest::newRow("rating 0") << QByteArray(R"({"ids":["1"],"rating100":0})") << false;
    QTest::newRow("rating null") << QByteArray(R"({"ids":["1"],"rating100":null})") << true;
    QTest::newRow("organized null") << QByteArray(R"({"ids":["1"],"organized":null})") << false;
    QTest::newRow("bad date") << QByteArray(R"({"ids":["1"],"date":"2023-13-01"})") << false;
    QTest::newRow("bad studio") << QByteArray(R"({"ids":["1"],"studio_id":"s"})") << false;
}

void TestBulkImageUpdate::validate()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, valid);
    const auto r = BulkImageUpdate::fromJson(QJsonDocument::fromJson(input).object());
    QVERIFY_RESULT(r);
    const auto error = r.value().validate();
    QCOMPARE(!error.has_value(), valid);
    if (error)
        QCOMPARE(error->kind(), Error::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestBulkImageUpdate)
#include "tst_bulkimageupdate.moc"
