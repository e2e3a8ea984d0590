// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// Saved filters come in Stash's web-UI criterion shape; they must turn into
// ImageFilterType input exactly, or be refused (never silently widened).

#include "savedfilter.h"

#include <QJsonDocument>
#include <QTest>

using namespace Stash;

class tst_SavedFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void converts_data();
    void converts();
    void refusesUnknownCriteria();
};

static QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

void tst_SavedFilter::converts_data()
{
    QTest::addColumn<QJsonObject>("saved");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("int with value object")
        << json(R"({"rating100":{"modifier":"GREATER_THAN","value":{"value":79}}})")
        << json(R"({"rating100":{"modifier":"GREATER_THAN","value":79}})");
    QTest::newRow("int between")
        << json(R"({"o_counter":{"modifier":"BETWEEN","value":{"value":1,"value2":5}}})")
        << json(R"({"o_counter":{"modifier":"BETWEEN","value":1,"value2":5}})");
    QTest::newRow("is null on an int")
        << json(R"({"rating100":{"modifier":"IS_NULL","value":{"value":0}}})")
        << json(R"({"rating100":{"modifier":"IS_NULL","value":0}})");
    QTest::newRow("hierarchical tags with items, excluded and depth")
        << json(
               R"({"tags":{"modifier":"INCLUDES_ALL","value":{"items":[{"id":"3","label":"beach"}],"excluded":[{"id":"9","label":"x"}],"depth":-1}}})")
        << json(
               R"({"tags":{"modifier":"INCLUDES_ALL","value":["3"],"excludes":["9"],"depth":-1}})");
    QTest::newRow("string criterion")
        << json(R"({"title":{"modifier":"INCLUDES","value":"harbor"}})")
        << json(R"({"title":{"modifier":"INCLUDES","value":"harbor"}})");
    QTest::newRow("boolean as text")
        << json(R"({"organized":{"modifier":"EQUALS","value":"true"}})")
        << json(R"({"organized":true})");
    QTest::newRow("nested AND")
        << json(
               R"({"organized":{"modifier":"EQUALS","value":"false"},"AND":{"rating100":{"modifier":"LESS_THAN","value":{"value":40}}}})")
        << json(R"({"organized":false,"AND":{"rating100":{"modifier":"LESS_THAN","value":40}}})");
    QTest::newRow("empty") << QJsonObject() << QJsonObject();
}

void tst_SavedFilter::converts()
{
    QFETCH(QJsonObject, saved);
    QFETCH(QJsonObject, expected);
    const Result<ImageFilter> filter = SavedFilter::imageFilterFromSaved(saved);
    QVERIFY2(filter.ok(), filter.ok() ? "" : qPrintable(filter.error().message()));
    QCOMPARE(filter.value().toJson(), expected);
}

void tst_SavedFilter::refusesUnknownCriteria()
{
    const Result<ImageFilter> filter = SavedFilter::imageFilterFromSaved(
        json(R"({"favorite_of_the_week":{"modifier":"EQUALS","value":"x"}})"));
    QVERIFY(!filter.ok());
    QCOMPARE(filter.error().kind(), Error::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(tst_SavedFilter)
#include "tst_savedfilter.moc"
