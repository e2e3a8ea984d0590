// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagefilter.h"
#include "testdata.h"

#include "verifyresult.h"

#include <QJsonDocument>
#include <QTest>

using namespace Stash;
using TestData::parseJson;

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

class TestImageFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyFilter();
    void modifierNames();
    void toJsonShapes();
    void roundTrip_data();
    void roundTrip();
    void typedValues();
    void nesting();
    void refuses_data();
    void refuses();
    void equalityFollowsJson();
};

void TestImageFilter::emptyFilter()
{
    const ImageFilter f;
    QVERIFY(f.isEmpty());
    QVERIFY(f.toJson().isEmpty());
    const auto r = ImageFilter::fromJson({});
    QVERIFY(r.ok());
    QVERIFY(r.value().isEmpty());
    QCOMPARE(r.value().combine, ImageFilter::Combine::None);
}

void TestImageFilter::modifierNames()
{
    const std::pair<CriterionModifier, const char *> all[] = {
        {CriterionModifier::Equals, "EQUALS"},
        {CriterionModifier::NotEquals, "NOT_EQUALS"},
        {CriterionModifier::GreaterThan, "GREATER_THAN"},
        {CriterionModifier::LessThan, "LESS_THAN"},
        {CriterionModifier::IsNull, "IS_NULL"},
        {CriterionModifier::NotNull, "NOT_NULL"},
        {CriterionModifier::IncludesAll, "INCLUDES_ALL"},
        {CriterionModifier::Includes, "INCLUDES"},
        {CriterionModifier::Excludes, "EXCLUDES"},
        {CriterionModifier::MatchesRegex, "MATCHES_REGEX"},
        {CriterionModifier::NotMatchesRegex, "NOT_MATCHES_REGEX"},
        {CriterionModifier::Between, "BETWEEN"},
        {CriterionModifier::NotBetween, "NOT_BETWEEN"}};
    for (const auto &[modifier, name] : all) {
        QCOMPARE(criterionModifierName(modifier), QLatin1String(name));
        QCOMPARE(criterionModifierFromName(QLatin1String(name)), std::optional(modifier));
    }
    QCOMPARE(criterionModifierFromName(QStringLiteral("equals")), std::nullopt);
    QCOMPARE(criterionModifierFromName(QString()), std::nullopt);
}

void TestImageFilter::toJsonShapes()
{
    ImageFilter f;
    f.rating100 = IntCriterion{60, std::nullopt, CriterionModifier::GreaterThan};
    f.tags = HierarchicalCriterion{{QStringLiteral("1"), QStringLiteral("2")},
                                   CriterionModifier::IncludesAll,
                                   -1,
                                   {QStringLiteral("9")}};
    f.performers = MultiCriterion{{QStringLiteral("4")}, CriterionModifier::Includes, {}};
    f.title = StringCriterion{QStringLiteral("sun"), CriterionModifier::Includes};
    f.date = DateCriterion{QStringLiteral("2020-01-01"), QStringLiteral("2020-12-31"),
                           CriterionModifier::Between};
    f.resolution = ResolutionCriterion{QStringLiteral("FULL_HD"), CriterionModifier::GreaterThan};
    f.orientation = QStringList{QStringLiteral("LANDSCAPE"), QStringLiteral("SQUARE")};
    f.organized = false;
    f.isMissing = QStringLiteral("studio");
    QCOMPARE(f.toJson(), parseJson(R"({
        "rating100": {"value": 60, "modifier": "GREATER_THAN"},
        "tags": {"value": ["1","2"], "modifier": "INCLUDES_ALL", "depth": -1, "excludes": ["9"]},
        "performers": {"value": ["4"], "modifier": "INCLUDES"},
        "title": {"value": "sun", "modifier": "INCLUDES"},
        "date": {"value": "2020-01-01", "value2": "2020-12-31", "modifier": "BETWEEN"},
        "resolution": {"value": "FULL_HD", "modifier": "GREATER_THAN"},
        "orientation": {"value": ["LANDSCAPE", "SQUARE"]},
        "organized": false,
        "is_missing": "studio"})"));
}

void TestImageFilter::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");
    // string criteria
    for (const char *field :
         {"title", "details", "code", "photographer", "checksum", "path", "url"})
        QTest::addRow("string %s", field)
            << QStringLiteral(R"({"%1":{"value":"a b","modifier":"MATCHES_REGEX"}})")
                   .arg(QLatin1String(field))
                   .toUtf8();
    // int criteria
    for (const char *field : {"id", "rating100", "o_counter", "file_count", "tag_count",
                              "performer_count", "performer_age"})
        QTest::addRow("int %s", field)
            << QStringLiteral(R"({"%1":{"value":2,"value2":8,"modifier":"NOT_BETWEEN"}})")
                   .arg(QLatin1String(field))
                   .toUtf8();
    QTest::newRow("int without value2")
        << QByteArray(R"({"rating100":{"value":20,"modifier":"EQUALS"}})");
    // date / timestamp criteria
    for (const char *field : {"date", "created_at", "updated_at"})
        QTest::addRow("date %s", field)
            << QStringLiteral(R"({"%1":{"value":"2021-01-01","modifier":"GREATER_THAN"}})")
                   .arg(QLatin1String(field))
                   .toUtf8();
    QTest::newRow("date between") << QByteArray(
        R"({"date":{"value":"2021-01-01","value2":"2021-06-30","modifier":"BETWEEN"}})");
    // hierarchical criteria
    for (const char *field : {"tags", "studios", "performer_tags"})
        QTest::addRow("hierarchical %s", field)
            << QStringLiteral(
                   R"({"%1":{"value":["1","2"],"modifier":"INCLUDES","depth":-1,"excludes":["3"]}})")
                   .arg(QLatin1String(field))
                   .toUtf8();
    QTest::newRow("hierarchical no excludes")
        << QByteArray(R"({"tags":{"value":["5"],"modifier":"EQUALS","depth":0}})");
    // multi criteria
    for (const char *field : {"performers", "galleries"})
        QTest::addRow("multi %s", field)
            << QStringLiteral(R"({"%1":{"value":["7"],"modifier":"EXCLUDES","excludes":["8"]}})")
                   .arg(QLatin1String(field))
                   .toUtf8();
    QTest::newRow("multi is null")
        << QByteArray(R"({"galleries":{"value":[],"modifier":"IS_NULL"}})");
    QTest::newRow("resolution") << QByteArray(
        R"({"resolution":{"value":"FOUR_K","modifier":"LESS_THAN"}})");
    QTest::newRow("orientation") << QByteArray(R"({"orientation":{"value":["PORTRAIT"]}})");
    QTest::newRow("organized") << QByteArray(R"({"organized":true})");
    QTest::newRow("performer_favorite") << QByteArray(R"({"performer_favorite":false})");
    QTest::newRow("is_missing") << QByteArray(R"({"is_missing":"tags"})");
    for (const char *field :
         {"galleries_filter", "performers_filter", "studios_filter", "tags_filter", "files_filter"})
        QTest::addRow("related %s", field)
            << QStringLiteral(R"({"%1":{"name":{"value":"x","modifier":"EQUALS"}}})")
                   .arg(QLatin1String(field))
                   .toUtf8();
    QTest::newRow("several ANDed") << QByteArray(
        R"({"organized":false,"rating100":{"value":80,"modifier":"GREATER_THAN"},
            "tags":{"value":["1"],"modifier":"INCLUDES_ALL","depth":0}})");
    QTest::newRow("AND") << QByteArray(
        R"({"organized":true,"AND":{"rating100":{"value":40,"modifier":"LESS_THAN"}}})");
    QTest::newRow("OR") << QByteArray(
        R"({"tags":{"value":["1"],"modifier":"INCLUDES","depth":0},
            "OR":{"tags":{"value":["2"],"modifier":"INCLUDES","depth":0}}})");
    QTest::newRow("NOT") << QByteArray(R"({"NOT":{"is_missing":"title"}})");
    QTest::newRow("deep nesting") << QByteArray(
        R"({"organized":true,"OR":{"rating100":{"value":100,"modifier":"EQUALS"},
            "NOT":{"AND":{"tags":{"value":["3"],"modifier":"EXCLUDES","depth":-1},
                          "OR":{"title":{"value":"x","modifier":"EQUALS"}}}}}})");
}

void TestImageFilter::roundTrip()
{
    QFETCH(QByteArray, input);
    const QJsonObject json = parseJson(input);
    const auto r = ImageFilter::fromJson(json);
    QVERIFY_RESULT(r);
    QVERIFY(!r.value().isEmpty());
    QCOMPARE(compact(r.value().toJson()), compact(json));
}

void TestImageFilter::typedValues()
{
    const auto r = ImageFilter::fromJson(parseJson(R"({
        "id": {"value": 5, "modifier": "EQUALS"},
        "rating100": {"value": 20, "value2": 60, "modifier": "BETWEEN"},
        "title": {"value": "sun", "modifier": "EXCLUDES"},
        "updated_at": {"value": "2024-01-01", "modifier": "LESS_THAN"},
        "tags": {"value": [1, "2"], "modifier": "INCLUDES_ALL", "depth": 2, "excludes": ["3"]},
        "galleries": {"value": ["6"], "modifier": "INCLUDES"},
        "resolution": {"value": "WEB_HD", "modifier": "EQUALS"},
        "orientation": {"value": ["LANDSCAPE", "PORTRAIT"]},
        "performer_favorite": true,
        "is_missing": "galleries"})"));
    QVERIFY_RESULT(r);
    const ImageFilter &f = r.value();
    QCOMPARE(f.id, (IntCriterion{5, std::nullopt, CriterionModifier::Equals}));
    QCOMPARE(f.rating100, (IntCriterion{20, 60, CriterionModifier::Between}));
    QCOMPARE(f.title, (StringCriterion{QStringLiteral("sun"), CriterionModifier::Excludes}));
    QCOMPARE(f.updatedAt->value, QStringLiteral("2024-01-01"));
    QCOMPARE(f.updatedAt->modifier, CriterionModifier::LessThan);
    QVERIFY(!f.updatedAt->value2);
    // Numeric ids are read as the strings the server returns.
    QCOMPARE(f.tags->value, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(f.tags->depth, 2);
    QCOMPARE(f.tags->modifier, CriterionModifier::IncludesAll);
    QCOMPARE(f.tags->excludes, QStringList{QStringLiteral("3")});
    QCOMPARE(f.galleries->value, QStringList{QStringLiteral("6")});
    QCOMPARE(f.resolution->value, QStringLiteral("WEB_HD"));
    QCOMPARE(*f.orientation,
             (QStringList{QStringLiteral("LANDSCAPE"), QStringLiteral("PORTRAIT")}));
    QCOMPARE(f.performerFavorite, std::optional(true));
    QCOMPARE(f.isMissing, std::optional(QStringLiteral("galleries")));
    QVERIFY(!f.organized);
    QVERIFY(!f.studios);
    QVERIFY(!f.sub);
}

void TestImageFilter::nesting()
{
    const auto r = ImageFilter::fromJson(parseJson(
        R"({"organized":true,"OR":{"rating100":{"value":100,"modifier":"EQUALS"},
            "NOT":{"tags":{"value":["3"],"modifier":"INCLUDES","depth":0}}}})"));
    QVERIFY_RESULT(r);
    const ImageFilter &top = r.value();
    QCOMPARE(top.combine, ImageFilter::Combine::Or);
    QVERIFY(top.sub);
    QCOMPARE(top.organized, std::optional(true));
    QVERIFY(!top.rating100); // the nested criterion stays nested
    const ImageFilter &orPart = *top.sub;
    QCOMPARE(orPart.rating100->value, 100);
    QCOMPARE(orPart.combine, ImageFilter::Combine::Not);
    QVERIFY(orPart.sub);
    QCOMPARE(orPart.sub->tags->value, QStringList{QStringLiteral("3")});
    QCOMPARE(orPart.sub->combine, ImageFilter::Combine::None);

    // Built by hand, the same shape comes out.
    ImageFilter inner;
    inner.tags = HierarchicalCriterion{{QStringLiteral("3")}, CriterionModifier::Includes, 0, {}};
    ImageFilter middle;
    middle.rating100 = IntCriterion{100, std::nullopt, CriterionModifier::Equals};
    middle.combine = ImageFilter::Combine::Not;
    middle.sub = std::make_shared<const ImageFilter>(inner);
    ImageFilter outer;
    outer.organized = true;
    outer.combine = ImageFilter::Combine::Or;
    outer.sub = std::make_shared<const ImageFilter>(middle);
    QCOMPARE(compact(outer.toJson()), compact(top.toJson()));

    // A combinator without an operand writes nothing.
    ImageFilter dangling;
    dangling.combine = ImageFilter::Combine::And;
    QVERIFY(dangling.toJson().isEmpty());
}

void TestImageFilter::refuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown field")
        << QByteArray(R"({"rating":{"value":1,"modifier":"EQUALS"}})") << "rating";
    QTest::newRow("AND and OR") << QByteArray(
                                       R"({"AND":{"organized":true},"OR":{"organized":false}})")
                                << "AND";
    QTest::newRow("OR and NOT") << QByteArray(
                                       R"({"OR":{"organized":true},"NOT":{"organized":false}})")
                                << "NOT";
    QTest::newRow("two combinators nested")
        << QByteArray(R"({"AND":{"OR":{"organized":true},"NOT":{"organized":false}}})") << "AND";
    QTest::newRow("AND not an object") << QByteArray(R"({"AND":[{"organized":true}]})") << "AND";
    QTest::newRow("unknown field nested") << QByteArray(R"({"NOT":{"bogus":1}})") << "bogus";
    QTest::newRow("unknown modifier")
        << QByteArray(R"({"title":{"value":"x","modifier":"LIKE"}})") << "title";
    QTest::newRow("missing modifier") << QByteArray(R"({"title":{"value":"x"}})") << "modifier";
    QTest::newRow("string criterion without value")
        << QByteArray(R"({"code":{"modifier":"EQUALS"}})") << "value";
    QTest::newRow("string criterion numeric value")
        << QByteArray(R"({"code":{"value":5,"modifier":"EQUALS"}})") << "value";
    QTest::newRow("int criterion string value")
        << QByteArray(R"({"rating100":{"value":"5","modifier":"EQUALS"}})") << "rating100";
    QTest::newRow("int criterion fractional value")
        << QByteArray(R"({"o_counter":{"value":1.5,"modifier":"EQUALS"}})") << "o_counter";
    QTest::newRow("int criterion without value")
        << QByteArray(R"({"id":{"modifier":"EQUALS"}})") << "value";
    QTest::newRow("int criterion bad value2")
        << QByteArray(R"({"id":{"value":1,"value2":"2","modifier":"BETWEEN"}})") << "value2";
    QTest::newRow("criterion not an object") << QByteArray(R"({"rating100":80})") << "rating100";
    QTest::newRow("unknown criterion field")
        << QByteArray(R"({"tags":{"value":["1"],"modifier":"INCLUDES","deep":true}})") << "deep";
    QTest::newRow("ids not a list")
        << QByteArray(R"({"tags":{"value":"1","modifier":"INCLUDES"}})") << "tags";
    QTest::newRow("ids hold an object")
        << QByteArray(R"({"performers":{"value":[{}],"modifier":"INCLUDES"}})") << "performers";
    QTest::newRow("depth a string")
        << QByteArray(R"({"studios":{"value":["1"],"modifier":"INCLUDES","depth":"all"}})")
        << "depth";
    QTest::newRow("value2 on a string criterion")
        << QByteArray(R"({"path":{"value":"a","value2":"b","modifier":"EQUALS"}})") << "value2";
    QTest::newRow("organized a string") << QByteArray(R"({"organized":"true"})") << "organized";
    QTest::newRow("performer_favorite null")
        << QByteArray(R"({"performer_favorite":null})") << "performer_favorite";
    QTest::newRow("is_missing a bool") << QByteArray(R"({"is_missing":true})") << "is_missing";
    QTest::newRow("orientation bad value")
        << QByteArray(R"({"orientation":{"value":["WIDE"]}})") << "orientation";
    QTest::newRow("orientation empty")
        << QByteArray(R"({"orientation":{"value":[]}})") << "orientation";
    QTest::newRow("orientation a list")
        << QByteArray(R"({"orientation":["LANDSCAPE"]})") << "orientation";
    QTest::newRow("orientation extra field")
        << QByteArray(R"({"orientation":{"value":["SQUARE"],"modifier":"EQUALS"}})")
        << "orientation";
    QTest::newRow("related filter a string")
        << QByteArray(R"({"tags_filter":"x"})") << "tags_filter";
}

void TestImageFilter::refuses()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    const auto r = ImageFilter::fromJson(parseJson(input));
    QVERIFY2(!r.ok(), input.constData());
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    QVERIFY2(r.error().message().contains(mentions), qPrintable(r.error().message()));
}

void TestImageFilter::equalityFollowsJson()
{
    const auto a =
        ImageFilter::fromJson(parseJson(R"({"organized":true,"NOT":{"is_missing":"tags"}})"));
    const auto b =
        ImageFilter::fromJson(parseJson(R"({"NOT":{"is_missing":"tags"},"organized":true})"));
    const auto c =
        ImageFilter::fromJson(parseJson(R"({"organized":true,"NOT":{"is_missing":"studio"}})"));
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(a.value() == b.value());
    QVERIFY(!(a.value() == c.value()));
}

QTEST_GUILESS_MAIN(TestImageFilter)
#include "tst_imagefilter.moc"
