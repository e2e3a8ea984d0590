// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "inputvalidation.h"

#include <QTest>

using namespace Stash;

class TestInputValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rating_data();
    void rating();
    void ratingNullAndUnsetAreFine();
    void date_data();
    void date();
    void dateNullUnsetAndEmpty();
    void partialDates();
    void id_data();
    void id();
    void idsStopAtTheFirstBadOne();
};

void TestInputValidation::rating_data()
{
    QTest::addColumn<int>("rating");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0 (use null to clear)") << 0 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("50") << 50 << true;
    QTest::newRow("100") << 100 << true;
    QTest::newRow("101") << 101 << false;
    QTest::newRow("-5") << -5 << false;
    QTest::newRow("1000") << 1000 << false;
}

void TestInputValidation::rating()
{
    QFETCH(int, rating);
    QFETCH(bool, valid);
    const auto error = InputValidation::checkRating(Tristate<int>(rating));
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->kind(), Error::Kind::InvalidInput);
        QVERIFY2(error->message().contains(QString::number(rating)), qPrintable(error->message()));
    }
}

void TestInputValidation::ratingNullAndUnsetAreFine()
{
    QVERIFY(!InputValidation::checkRating(Tristate<int>::null()));
    QVERIFY(!InputValidation::checkRating(Tristate<int>()));
}

void TestInputValidation::date_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("valid");
    QTest::newRow("YYYY-MM-DD") << "2024-05-17" << true;
    QTest::newRow("leap day") << "2024-02-29" << true;
    QTest::newRow("YYYY-MM") << "2024-05" << true;
    QTest::newRow("YYYY") << "2024" << true;
    QTest::newRow("Feb 30") << "2024-02-30" << false;
    QTest::newRow("Feb 29 in a common year") << "2023-02-29" << false;
    QTest::newRow("month 13") << "2024-13" << false;
    QTest::newRow("month 00") << "2024-00-10" << false;
    QTest::newRow("day 32") << "2024-01-32" << false;
    QTest::newRow("two-digit year") << "24-01-01" << false;
    QTest::newRow("abc") << "abc" << false;
    QTest::newRow("slashes") << "2024/01/01" << false;
    QTest::newRow("time appended") << "2024-01-01T10:00:00" << false;
    QTest::newRow("single-digit month") << "2024-1-01" << false;
    QTest::newRow("trailing space") << "2024-01-01 " << false;
}

void TestInputValidation::date()
{
    QFETCH(QString, date);
    QFETCH(bool, valid);
    const auto error = InputValidation::checkDate(Tristate<QString>(date), true);
    QVERIFY2(!error.has_value() == valid, error ? qPrintable(error->message()) : "accepted");
    if (error) {
        QCOMPARE(error->kind(), Error::Kind::InvalidInput);
        QVERIFY(error->message().contains(date));
    }
}

void TestInputValidation::dateNullUnsetAndEmpty()
{
    QVERIFY(!InputValidation::checkDate(Tristate<QString>::null(), false));
    QVERIFY(!InputValidation::checkDate(Tristate<QString>(), false));
    // An empty string clears the date on the server, like null.
    QVERIFY(!InputValidation::checkDate(Tristate<QString>(QString()), false));
}

void TestInputValidation::partialDates()
{
    QVERIFY(InputValidation::isPartialDate(QStringLiteral("2024")));
    QVERIFY(InputValidation::isPartialDate(QStringLiteral("2024-05")));
    QVERIFY(!InputValidation::isPartialDate(QStringLiteral("2024-05-01")));

    for (const QString &partial : {QStringLiteral("2024"), QStringLiteral("2024-05")}) {
        const auto refused = InputValidation::checkDate(partial, false);
        QVERIFY2(refused.has_value(), qPrintable(partial));
        QCOMPARE(refused->kind(), Error::Kind::InvalidInput);
        QVERIFY(!InputValidation::checkDate(partial, true));
    }
    QVERIFY(!InputValidation::checkDate(QStringLiteral("2024-05-01"), false));
    // An invalid date stays invalid whatever the server supports.
    QVERIFY(InputValidation::checkDate(QStringLiteral("2024-13"), false));
}

void TestInputValidation::id_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1") << "1" << true;
    QTest::newRow("large") << "9876543210" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("abc") << "abc" << false;
    QTest::newRow("negative") << "-1" << false;
    QTest::newRow("space") << " 1" << false;
    QTest::newRow("mixed") << "12a" << false;
    QTest::newRow("decimal") << "1.5" << false;
}

void TestInputValidation::id()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const auto error = InputValidation::checkId(id, QStringLiteral("tag id"));
    QCOMPARE(!error.has_value(), valid);
    if (error) {
        QCOMPARE(error->kind(), Error::Kind::InvalidInput);
        QVERIFY2(error->message().contains(QStringLiteral("tag id")), qPrintable(error->message()));
    }
}

void TestInputValidation::idsStopAtTheFirstBadOne()
{
    QVERIFY(!InputValidation::checkIds({}, QStringLiteral("tag id")));
    QVERIFY(!InputValidation::checkIds({QStringLiteral("1"), QStringLiteral("2")},
                                       QStringLiteral("tag id")));
    const auto error =
        InputValidation::checkIds({QStringLiteral("1"), QStringLiteral("x7"), QStringLiteral("y8")},
                                  QStringLiteral("gallery id"));
    QVERIFY(error.has_value());
    QVERIFY(error->message().contains(QStringLiteral("x7")));
    QVERIFY(error->message().contains(QStringLiteral("gallery id")));
}

QTEST_GUILESS_MAIN(TestInputValidation)
#include "tst_inputvalidation.moc"
