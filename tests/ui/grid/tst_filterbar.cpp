// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "widgets/chippicker.h"
#include "grid/filterbar.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Tessera;

using namespace UiTest;

namespace {

QList<Choice> choicesOf(const QString &spec)
{
    // "1:Red,2:Blue"
    QList<Choice> choices;
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char(':'));
        choices.append(Choice{parts.value(0), parts.value(1)});
    }
    return choices;
}

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected JSON in the test: %s", text);
    return document.object();
}

} // namespace

/// The filter bar on its own: the ImageFilter JSON of its criteria, the
/// search debounce, sort and the seeded random sort.
class tst_FilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void imageFilter_data();
    void imageFilter();
    void searchIsDebounced();
    void sortAndDirection();
    void randomSortIsSeeded();
    void chipsAndClear();
};

void tst_FilterBar::initTestCase()
{
    isolate(QStringLiteral("tst_filterbar"));
}

void tst_FilterBar::imageFilter_data()
{
    QTest::addColumn<int>("ratingMin"); // combo data: -1 any, 0 unrated, 1..5 stars
    QTest::addColumn<int>("ratingMax"); // -1 any, 1..5
    QTest::addColumn<int>("organized"); // combo index: 0 any, 1 yes, 2 no
    QTest::addColumn<QString>("tagsIn");
    QTest::addColumn<QString>("tagsOut");
    QTest::addColumn<QString>("performers");
    QTest::addColumn<QString>("studio");
    QTest::addColumn<QString>("gallery");
    QTest::addColumn<QJsonObject>("expected");

    const QString none;
    QTest::newRow("nothing") << -1 << -1 << 0 << none << none << none << none << none << json("{}");
    QTest::newRow("at least 3 stars")
        << 3 << -1 << 0 << none << none << none << none << none
        << json(R"({"rating100":{"value":59,"modifier":"GREATER_THAN"}})");
    QTest::newRow("at least 1 star")
        << 1 << -1 << 0 << none << none << none << none << none
        << json(R"({"rating100":{"value":19,"modifier":"GREATER_THAN"}})");
    QTest::newRow("at most 2 stars")
        << -1 << 2 << 0 << none << none << none << none << none
        << json(R"({"rating100":{"value":41,"modifier":"LESS_THAN"}})");
    QTest::newRow("2 to 4 stars")
        << 2 << 4 << 0 << none << none << none << none << none
        << json(R"({"rating100":{"value":40,"value2":80,"modifier":"BETWEEN"}})");
    QTest::newRow("unrated") << 0 << -1 << 0 << none << none << none << none << none
                             << json(R"({"rating100":{"value":0,"modifier":"IS_NULL"}})");
    QTest::newRow("organized") << -1 << -1 << 1 << none << none << none << none << none
                               << json(R"({"organized":true})");
    QTest::newRow("not organized")
        << -1 << -1 << 2 << none << none << none << none << none << json(R"({"organized":false})");
    QTest::newRow("tags included")
        << -1 << -1 << 0 << QStringLiteral("11:Red,12:Blue") << none << none << none << none
        << json(R"({"tags":{"value":["11","12"],"modifier":"INCLUDES_ALL","depth":0}})");
    QTest::newRow("tags included and excluded")
        << -1 << -1 << 0 << QStringLiteral("11:Red") << QStringLiteral("13:Green,14:Grey") << none
        << none << none
        << json(
               R"({"tags":{"value":["11"],"modifier":"INCLUDES_ALL","depth":0,"excludes":["13","14"]}})");
    QTest::newRow("tags excluded only")
        << -1 << -1 << 0 << none << QStringLiteral("13:Green") << none << none << none
        << json(R"({"tags":{"value":["13"],"modifier":"EXCLUDES","depth":0}})");
    QTest::newRow("performers")
        << -1 << -1 << 0 << none << none << QStringLiteral("5:Ann,6:Bo") << none << none
        << json(R"({"performers":{"value":["5","6"],"modifier":"INCLUDES_ALL"}})");
    QTest::newRow("studio")
        << -1 << -1 << 0 << none << none << none << QStringLiteral("7:Acme") << none
        << json(R"({"studios":{"value":["7"],"modifier":"INCLUDES","depth":-1}})");
    QTest::newRow("gallery") << -1 << -1 << 0 << none << none << none << none
                             << QStringLiteral("8:Trip")
                             << json(R"({"galleries":{"value":["8"],"modifier":"INCLUDES"}})");
    QTest::newRow("everything")
        << 4 << -1 << 1 << QStringLiteral("11:Red") << QStringLiteral("13:Green") << none << none
        << none
        << json(
               R"({"rating100":{"value":79,"modifier":"GREATER_THAN"},"organized":true,)"
               R"("tags":{"value":["11"],"modifier":"INCLUDES_ALL","depth":0,"excludes":["13"]}})");
}

void tst_FilterBar::imageFilter()
{
    QFETCH(int, ratingMin);
    QFETCH(int, ratingMax);
    QFETCH(int, organized);
    QFETCH(QString, tagsIn);
    QFETCH(QString, tagsOut);
    QFETCH(QString, performers);
    QFETCH(QString, studio);
    QFETCH(QString, gallery);
    QFETCH(QJsonObject, expected);

    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::queryChanged);
    auto *min = childNamed<QComboBox>(&bar, QStringLiteral("Minimum rating"));
    auto *max = childNamed<QComboBox>(&bar, QStringLiteral("Maximum rating"));
    auto *organizedCombo = childNamed<QComboBox>(&bar, QStringLiteral("Organized"));
    QVERIFY(min && max && organizedCombo);
    QVERIFY(bar.imageFilter().toJson().isEmpty());

    int changes = 0;
    if (ratingMin != -1) {
        min->setCurrentIndex(min->findData(ratingMin));
        QCOMPARE(min->currentData().toInt(), ratingMin);
        ++changes;
    }
    if (ratingMax != -1) {
        max->setCurrentIndex(max->findData(ratingMax));
        QCOMPARE(max->currentData().toInt(), ratingMax);
        ++changes;
    }
    if (organized != 0) {
        organizedCombo->setCurrentIndex(organized);
        ++changes;
    }
    const std::pair<ChipPicker *, QString> picks[] = {{bar.tagsIncluded(), tagsIn},
                                                      {bar.tagsExcluded(), tagsOut},
                                                      {bar.performers(), performers},
                                                      {bar.studio(), studio},
                                                      {bar.gallery(), gallery}};
    for (const auto &[picker, spec] : picks) {
        if (spec.isEmpty())
            continue;
        picker->setChoices(choicesOf(spec));
        QCOMPARE(picker->choices(), choicesOf(spec));
        ++changes;
    }
    // One queryChanged per change, at once (only the search text is debounced).
    QCOMPARE(changed.count(), changes);

    const QJsonObject actual = bar.imageFilter().toJson();
    QVERIFY2(
        actual == expected,
        qPrintable(
            QStringLiteral("got %1\nexpected %2")
                .arg(QString::fromUtf8(QJsonDocument(actual).toJson(QJsonDocument::Compact)),
                     QString::fromUtf8(QJsonDocument(expected).toJson(QJsonDocument::Compact)))));
    // The find filter does not carry criteria.
    QVERIFY(bar.findFilter().q.isEmpty());
}

void tst_FilterBar::searchIsDebounced()
{
    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::queryChanged);
    QTest::keyClicks(bar.searchEdit(), QStringLiteral("  sunset "));
    QCOMPARE(changed.count(), 0); // nothing while typing
    QVERIFY(changed.wait(2000));  // one, 300 ms after the last key
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bar.findFilter().q, QStringLiteral("sunset"));
    QVERIFY(!changed.wait(600)); // and no second one
}

void tst_FilterBar::sortAndDirection()
{
    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::queryChanged);
    QCOMPARE(bar.sortKey(), QStringLiteral("path"));
    QCOMPARE(bar.findFilter().sort, QStringLiteral("path"));
    QCOMPARE(bar.direction(), Stash::SortDirection::Asc);

    auto *sort = childNamed<QComboBox>(&bar, QStringLiteral("Sort by"));
    auto *direction = childNamed<QToolButton>(&bar, QStringLiteral("Sort direction"));
    QVERIFY(sort && direction);
    QCOMPARE(sort->count(), 14);
    sort->setCurrentIndex(sort->findData(QStringLiteral("o_counter")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bar.findFilter().sort, QStringLiteral("o_counter"));
    direction->click();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(bar.findFilter().direction, Stash::SortDirection::Desc);
    QCOMPARE(bar.findFilter().toJson().value(QStringLiteral("direction")).toString(),
             QStringLiteral("DESC"));

    // setSort (restoring settings) does not announce a change.
    bar.setSort(QStringLiteral("date"), Stash::SortDirection::Asc);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(bar.sortKey(), QStringLiteral("date"));
    QCOMPARE(bar.direction(), Stash::SortDirection::Asc);
    QVERIFY(!direction->isChecked());
}

void tst_FilterBar::randomSortIsSeeded()
{
    FilterBar bar;
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy changed(&bar, &FilterBar::queryChanged);
    auto *reshuffle = childNamed<QToolButton>(&bar, QStringLiteral("Reshuffle"));
    QVERIFY(reshuffle);
    QVERIFY(!reshuffle->isVisible());
    static const QRegularExpression seeded(QStringLiteral("^random_\\d+$"));

    bar.reshuffle(); // not random: nothing to do
    QCOMPARE(changed.count(), 0);

    auto *sort = childNamed<QComboBox>(&bar, QStringLiteral("Sort by"));
    sort->setCurrentIndex(sort->findData(QStringLiteral("random")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bar.sortKey(), QStringLiteral("random"));
    QVERIFY(reshuffle->isVisible());
    const QString first = bar.findFilter().sort;
    QVERIFY2(seeded.match(first).hasMatch(), qPrintable(first));
    // Stable between pages: asking again gives the same seed.
    QCOMPARE(bar.findFilter().sort, first);

    reshuffle->click();
    QCOMPARE(changed.count(), 2);
    const QString second = bar.findFilter().sort;
    QVERIFY2(seeded.match(second).hasMatch(), qPrintable(second));
    QVERIFY(second != first);

    // A restored random sort shows as "random".
    bar.setSort(QStringLiteral("random_1234"), Stash::SortDirection::Asc);
    QCOMPARE(bar.sortKey(), QStringLiteral("random"));
}

void tst_FilterBar::chipsAndClear()
{
    FilterBar bar;
    QSignalSpy changed(&bar, &FilterBar::queryChanged);
    bar.tagsIncluded()->setChoices(choicesOf(QStringLiteral("11:Red")));
    bar.tagsIncluded()->setChoices(choicesOf(QStringLiteral("11:Red"))); // the same: no change
    QCOMPARE(changed.count(), 1);
    QCOMPARE(bar.tagsIncluded()->ids(), QStringList{QStringLiteral("11")});

    // A chip is a button that removes its choice.
    QToolButton *chip = childNamed<QToolButton>(bar.tagsIncluded(), QStringLiteral("Remove Red"));
    QVERIFY(chip);
    chip->click();
    QCOMPARE(changed.count(), 2);
    QVERIFY(bar.tagsIncluded()->choices().isEmpty());
    QVERIFY(bar.imageFilter().toJson().isEmpty());

    // Clear drops every criterion with one change.
    auto *min = childNamed<QComboBox>(&bar, QStringLiteral("Minimum rating"));
    min->setCurrentIndex(min->findData(5));
    bar.tagsExcluded()->setChoices(choicesOf(QStringLiteral("13:Green")));
    bar.studio()->setChoices(choicesOf(QStringLiteral("7:Acme")));
    QVERIFY(!bar.imageFilter().toJson().isEmpty());
    changed.clear();
    bar.clearCriteria();
    QCOMPARE(changed.count(), 1);
    QVERIFY(bar.imageFilter().toJson().isEmpty());
    QVERIFY(bar.studio()->choices().isEmpty());
}

QTEST_MAIN(tst_FilterBar)
#include "tst_filterbar.moc"
