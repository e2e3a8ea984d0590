// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "ratingsystem.h"

#include <QJsonDocument>
#include <QTest>

using namespace Stash;

Q_DECLARE_METATYPE(Stash::RatingSystem)

namespace {

RatingSystem stars(RatingSystem::Precision p)
{
    RatingSystem r;
    r.type = RatingSystem::Type::Stars;
    r.precision = p;
    return r;
}

RatingSystem decimal()
{
    RatingSystem r;
    r.type = RatingSystem::Type::Decimal;
    return r;
}

const QString kFull = QString(QChar(0x2605));
const QString kEmpty = QString(QChar(0x2606));

QString starsText(int full)
{
    return kFull.repeated(full) + kEmpty.repeated(5 - full);
}

} // namespace

class TestRatingSystem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toDisplay_data();
    void toDisplay();
    void fromDisplay_data();
    void fromDisplay();
    void zeroAndBelowClear();
    void roundTripOfWhatTheUiSends_data();
    void roundTripOfWhatTheUiSends();
    void format_data();
    void format();
    void stepAndMaximum();
    void configuration_data();
    void configuration();
};

void TestRatingSystem::toDisplay_data()
{
    using P = RatingSystem::Precision;
    QTest::addColumn<RatingSystem>("system");
    QTest::addColumn<int>("rating100");
    QTest::addColumn<double>("display");
    QTest::newRow("full 60") << stars(P::Full) << 60 << 3.0;
    QTest::newRow("full 100") << stars(P::Full) << 100 << 5.0;
    QTest::newRow("full 73 rounds up") << stars(P::Full) << 73 << 4.0;
    QTest::newRow("full 69 rounds down") << stars(P::Full) << 69 << 3.0;
    QTest::newRow("full 65 rounds down") << stars(P::Full) << 65 << 3.0; // 3.25
    QTest::newRow("half 70") << stars(P::Half) << 70 << 3.5;
    QTest::newRow("half 73") << stars(P::Half) << 73 << 3.5;
    QTest::newRow("half 78") << stars(P::Half) << 78 << 4.0;
    QTest::newRow("quarter 75") << stars(P::Quarter) << 75 << 3.75;
    QTest::newRow("quarter 73") << stars(P::Quarter) << 73 << 3.75;
    QTest::newRow("quarter 5") << stars(P::Quarter) << 5 << 0.25;
    QTest::newRow("tenth 74") << stars(P::Tenth) << 74 << 3.7;
    QTest::newRow("tenth 2") << stars(P::Tenth) << 2 << 0.1;
    QTest::newRow("tenth 100") << stars(P::Tenth) << 100 << 5.0;
    QTest::newRow("decimal 73") << decimal() << 73 << 7.3;
    QTest::newRow("decimal 1") << decimal() << 1 << 0.1;
    QTest::newRow("decimal 100") << decimal() << 100 << 10.0;
}

void TestRatingSystem::toDisplay()
{
    QFETCH(RatingSystem, system);
    QFETCH(int, rating100);
    QFETCH(double, display);
    QCOMPARE(system.toDisplay(rating100), display);
}

void TestRatingSystem::fromDisplay_data()
{
    using P = RatingSystem::Precision;
    QTest::addColumn<RatingSystem>("system");
    QTest::addColumn<double>("display");
    QTest::addColumn<int>("rating100");
    QTest::newRow("full 3") << stars(P::Full) << 3.0 << 60;
    QTest::newRow("full 5") << stars(P::Full) << 5.0 << 100;
    QTest::newRow("half 3.5") << stars(P::Half) << 3.5 << 70;
    QTest::newRow("quarter 3.75") << stars(P::Quarter) << 3.75 << 75;
    QTest::newRow("quarter 0.25") << stars(P::Quarter) << 0.25 << 5;
    QTest::newRow("tenth 3.7") << stars(P::Tenth) << 3.7 << 74;
    QTest::newRow("tenth 0.1") << stars(P::Tenth) << 0.1 << 2;
    QTest::newRow("decimal 7.3") << decimal() << 7.3 << 73;
    QTest::newRow("decimal 0.1") << decimal() << 0.1 << 1;
    QTest::newRow("decimal 10") << decimal() << 10.0 << 100;
    QTest::newRow("stars above maximum clamp") << stars(P::Full) << 6.0 << 100;
    QTest::newRow("decimal above maximum clamp") << decimal() << 12.5 << 100;
}

void TestRatingSystem::fromDisplay()
{
    QFETCH(RatingSystem, system);
    QFETCH(double, display);
    QFETCH(int, rating100);
    QCOMPARE(system.fromDisplay(display), std::optional(rating100));
}

void TestRatingSystem::zeroAndBelowClear()
{
    using P = RatingSystem::Precision;
    for (const RatingSystem &s :
         {stars(P::Full), stars(P::Half), stars(P::Quarter), stars(P::Tenth), decimal()}) {
        QCOMPARE(s.fromDisplay(0.0), std::nullopt); // 0 means "no rating": send null, never 0
        QCOMPARE(s.fromDisplay(-1.0), std::nullopt);
        QCOMPARE(s.fromDisplay(0.01), std::nullopt); // rounds to a stored 0
        QVERIFY(s.format(std::nullopt).isEmpty());
        QVERIFY(s.format(0).isEmpty());
    }
}

void TestRatingSystem::roundTripOfWhatTheUiSends_data()
{
    using P = RatingSystem::Precision;
    QTest::addColumn<RatingSystem>("system");
    QTest::addColumn<int>("stepOfRating100");
    QTest::newRow("full: 20 40 .. 100") << stars(P::Full) << 20;
    QTest::newRow("half: multiples of 10") << stars(P::Half) << 10;
    QTest::newRow("quarter: multiples of 5") << stars(P::Quarter) << 5;
    QTest::newRow("tenth: multiples of 2") << stars(P::Tenth) << 2;
    QTest::newRow("decimal: 1..100") << decimal() << 1;
}

void TestRatingSystem::roundTripOfWhatTheUiSends()
{
    QFETCH(RatingSystem, system);
    QFETCH(int, stepOfRating100);
    for (int r = stepOfRating100; r <= 100; r += stepOfRating100) {
        const double shown = system.toDisplay(r);
        QVERIFY2(shown > 0 && shown <= system.maximum(), qPrintable(QString::number(r)));
        QCOMPARE(system.fromDisplay(shown), std::optional(r));
    }
}

void TestRatingSystem::format_data()
{
    using P = RatingSystem::Precision;
    QTest::addColumn<RatingSystem>("system");
    QTest::addColumn<int>("rating100");
    QTest::addColumn<QString>("text");
    QTest::newRow("full 60") << stars(P::Full) << 60 << starsText(3);
    QTest::newRow("full 100") << stars(P::Full) << 100 << starsText(5);
    QTest::newRow("full 1 (shown as none)") << stars(P::Full) << 1 << starsText(0);
    QTest::newRow("full 90 rounds up") << stars(P::Full) << 90 << starsText(5);
    QTest::newRow("half 70") << stars(P::Half) << 70 << QStringLiteral("3.5 ") + kFull;
    QTest::newRow("half 80") << stars(P::Half) << 80 << QStringLiteral("4 ") + kFull;
    QTest::newRow("quarter 75") << stars(P::Quarter) << 75 << QStringLiteral("3.75 ") + kFull;
    QTest::newRow("tenth 74") << stars(P::Tenth) << 74 << QStringLiteral("3.7 ") + kFull;
    QTest::newRow("decimal 73") << decimal() << 73 << QStringLiteral("7.3");
    QTest::newRow("decimal 100") << decimal() << 100 << QStringLiteral("10.0");
    QTest::newRow("decimal 40") << decimal() << 40 << QStringLiteral("4.0");
}

void TestRatingSystem::format()
{
    QFETCH(RatingSystem, system);
    QFETCH(int, rating100);
    QFETCH(QString, text);
    QCOMPARE(system.format(rating100), text);
}

void TestRatingSystem::stepAndMaximum()
{
    using P = RatingSystem::Precision;
    QCOMPARE(stars(P::Full).step(), 1.0);
    QCOMPARE(stars(P::Half).step(), 0.5);
    QCOMPARE(stars(P::Quarter).step(), 0.25);
    QCOMPARE(stars(P::Tenth).step(), 0.1);
    QCOMPARE(decimal().step(), 0.1);
    QCOMPARE(stars(P::Half).maximum(), 5.0);
    QCOMPARE(decimal().maximum(), 10.0);
}

void TestRatingSystem::configuration_data()
{
    using P = RatingSystem::Precision;
    QTest::addColumn<QByteArray>("ui");
    QTest::addColumn<RatingSystem>("expected");
    QTest::addColumn<QString>("name");
    QTest::newRow("empty ui: Stash's default")
        << QByteArray("{}") << stars(P::Full) << "stars-full";
    QTest::newRow("stars full")
        << QByteArray(R"({"ratingSystemOptions":{"type":"stars","starPrecision":"full"}})")
        << stars(P::Full) << "stars-full";
    QTest::newRow("stars half")
        << QByteArray(R"({"ratingSystemOptions":{"type":"stars","starPrecision":"half"}})")
        << stars(P::Half) << "stars-half";
    QTest::newRow("stars quarter")
        << QByteArray(R"({"ratingSystemOptions":{"starPrecision":"quarter"}})") << stars(P::Quarter)
        << "stars-quarter";
    QTest::newRow("stars tenth")
        << QByteArray(R"({"ratingSystemOptions":{"type":"stars","starPrecision":"tenth"}})")
        << stars(P::Tenth) << "stars-tenth";
    QTest::newRow("decimal") << QByteArray(R"({"ratingSystemOptions":{"type":"decimal"}})")
                             << decimal() << "decimal";
    QTest::newRow("unknown type")
        << QByteArray(R"({"ratingSystemOptions":{"type":"hearts","starPrecision":"eighth"}})")
        << stars(P::Full) << "stars-full";
    QTest::newRow("keys are case-sensitive")
        << QByteArray(R"({"ratingsystemoptions":{"type":"decimal"}})") << stars(P::Full)
        << "stars-full";
    QTest::newRow("other ui settings around it")
        << QByteArray(
               R"({"frontPageContent":[],"ratingSystemOptions":{"type":"stars","starPrecision":"half"},"abbreviateCounters":true})")
        << stars(P::Half) << "stars-half";
}

void TestRatingSystem::configuration()
{
    QFETCH(QByteArray, ui);
    QFETCH(RatingSystem, expected);
    QFETCH(QString, name);
    const RatingSystem parsed =
        RatingSystem::fromUiConfiguration(QJsonDocument::fromJson(ui).object());
    QVERIFY(parsed.type == expected.type);
    if (parsed.type == RatingSystem::Type::Stars)
        QVERIFY(parsed.precision == expected.precision);
    QCOMPARE(parsed.name(), name);
}

QTEST_GUILESS_MAIN(TestRatingSystem)
#include "tst_ratingsystem.moc"
