// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "findfilter.h"
#include "testdata.h"

#include "verifyresult.h"

#include <QJsonDocument>
#include <QTest>

using namespace Stash;
using TestData::parseJson;

class TestFindFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void toJsonShape();
    void sortKeys();
    void validSorts_data();
    void validSorts();
    void invalidSorts_data();
    void invalidSorts();
    void randomSort();
    void fromJson();
    void fromJsonDefaults();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void roundTrip();
};

void TestFindFilter::defaults()
{
    // The UI's page size and sort-less server order.
    const FindFilter f;
    QCOMPARE(f.toJson(), parseJson(R"({"page":1,"per_page":40,"direction":"ASC"})"));
}

void TestFindFilter::toJsonShape()
{
    FindFilter f;
    f.q = QStringLiteral("beach");
    f.page = 3;
    f.perPage = -1;
    f.sort = QStringLiteral("rating");
    f.direction = SortDirection::Desc;
    QCOMPARE(
        f.toJson(),
        parseJson(R"({"q":"beach","page":3,"per_page":-1,"sort":"rating","direction":"DESC"})"));
    f.perPage = 0; // count only
    QCOMPARE(f.toJson().value(QStringLiteral("per_page")).toInt(-9), 0);
}

void TestFindFilter::sortKeys()
{
    const QStringList expected = {
        QStringLiteral("created_at"),      QStringLiteral("date"),
        QStringLiteral("file_count"),      QStringLiteral("file_mod_time"),
        QStringLiteral("filesize"),        QStringLiteral("id"),
        QStringLiteral("o_counter"),       QStringLiteral("path"),
        QStringLiteral("performer_count"), QStringLiteral("random"),
        QStringLiteral("rating"),          QStringLiteral("tag_count"),
        QStringLiteral("title"),           QStringLiteral("updated_at")};
    QStringList keys = FindFilter::imageSortKeys();
    keys.sort();
    QCOMPARE(keys, expected);
}

void TestFindFilter::validSorts_data()
{
    QTest::addColumn<QString>("sort");
    for (const QString &key : FindFilter::imageSortKeys())
        QTest::newRow(qPrintable(key)) << key;
    QTest::newRow("empty") << QString();
    QTest::newRow("random_0") << "random_0";
    QTest::newRow("random_12345678") << "random_12345678";
}

void TestFindFilter::validSorts()
{
    QFETCH(QString, sort);
    QVERIFY(FindFilter::isValidImageSort(sort));
    const auto r = FindFilter::fromJson({{QStringLiteral("sort"), sort}});
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().sort, sort);
}

void TestFindFilter::invalidSorts_data()
{
    QTest::addColumn<QString>("sort");
    QTest::newRow("name (a tag sort)") << "name";
    QTest::newRow("upper case") << "RATING";
    QTest::newRow("rating100") << "rating100";
    QTest::newRow("random_ (no seed)") << "random_";
    QTest::newRow("random_abc") << "random_abc";
    QTest::newRow("random_-1") << "random_-1";
    QTest::newRow("trailing space") << "date ";
    QTest::newRow("sql") << "title; DROP TABLE images";
}

void TestFindFilter::invalidSorts()
{
    QFETCH(QString, sort);
    QVERIFY(!FindFilter::isValidImageSort(sort));
    const auto r = FindFilter::fromJson({{QStringLiteral("sort"), sort}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    QVERIFY(r.error().message().contains(sort));
}

void TestFindFilter::randomSort()
{
    QCOMPARE(FindFilter::randomSort(42), QStringLiteral("random_42"));
    // Stash takes the seed modulo 10^8.
    QCOMPARE(FindFilter::randomSort(4123456789u), QStringLiteral("random_23456789"));
    QVERIFY(FindFilter::isValidImageSort(FindFilter::randomSort(4123456789u)));
}

void TestFindFilter::fromJson()
{
    const auto r = FindFilter::fromJson(
        parseJson(R"({"q":"x y","page":2,"per_page":100,"sort":"path","direction":"DESC"})"));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().q, QStringLiteral("x y"));
    QCOMPARE(r.value().page, 2);
    QCOMPARE(r.value().perPage, 100);
    QCOMPARE(r.value().sort, QStringLiteral("path"));
    QCOMPARE(r.value().direction, SortDirection::Desc);
}

void TestFindFilter::fromJsonDefaults()
{
    const auto r = FindFilter::fromJson({});
    QVERIFY(r.ok());
    QCOMPARE(r.value().page, 1);
    QCOMPARE(r.value().perPage, 25); // the server's default when per_page is omitted
    QCOMPARE(r.value().direction, SortDirection::Asc);
    QVERIFY(r.value().sort.isEmpty());
    QVERIFY(r.value().q.isEmpty());

    const auto nulls = FindFilter::fromJson(parseJson(R"({"q":null,"sort":null,"page":null})"));
    QVERIFY_RESULT(nulls);
    QCOMPARE(nulls.value().page, 1);
}

void TestFindFilter::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("unknown field") << QByteArray(R"({"perPage":10})");
    QTest::newRow("page as string") << QByteArray(R"({"page":"2"})");
    QTest::newRow("per_page fractional") << QByteArray(R"({"per_page":2.5})");
    QTest::newRow("q as number") << QByteArray(R"({"q":5})");
    QTest::newRow("sort as number") << QByteArray(R"({"sort":5})");
    QTest::newRow("direction lower case") << QByteArray(R"({"direction":"desc"})");
    QTest::newRow("direction bogus") << QByteArray(R"({"direction":"UP"})");
}

void TestFindFilter::fromJsonRefuses()
{
    QFETCH(QByteArray, input);
    const auto r = FindFilter::fromJson(parseJson(input));
    QVERIFY2(!r.ok(), input.constData());
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
}

void TestFindFilter::roundTrip()
{
    FindFilter f;
    f.q = QStringLiteral("\"quoted phrase\" -skip");
    f.page = 7;
    f.perPage = 250;
    f.sort = FindFilter::randomSort(99);
    f.direction = SortDirection::Desc;
    const auto back = FindFilter::fromJson(f.toJson());
    QVERIFY_RESULT(back);
    QVERIFY(back.value() == f);
}

QTEST_GUILESS_MAIN(TestFindFilter)
#include "tst_findfilter.moc"
