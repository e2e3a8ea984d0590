// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "retrypolicy.h"

#include <QTest>

using namespace Tessera;
using namespace std::chrono_literals;
using Stash::Error;

/// Which failures the outbox retries by itself, which it shows, when it
/// pauses, when the server may have done the work, and how long it waits.
class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data();
    void verdicts();
    void delaysGrowToTheCap_data();
    void delaysGrowToTheCap();
    void jitterSpreadsWithinTheStep();
    void retryAfterIsHonouredUpToTheCap();
};

void tst_RetryPolicy::verdicts_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<bool>("unknown");

    using K = Error::Kind;
    using V = RetryPolicy::Verdict;
    const auto row = [](const char *name, K kind, int status, V verdict, bool unknown) {
        QTest::newRow(name) << int(kind) << status << int(verdict) << unknown;
    };
    row("connection dropped", K::Transport, 0, V::Retry, true);
    row("timeout", K::Timeout, 0, V::Retry, true);
    row("body broke off / not JSON", K::Decode, 200, V::Retry, true);
    row("HTTP 500", K::Http, 500, V::Retry, true);
    row("HTTP 502 from a proxy", K::Http, 502, V::Retry, true);
    row("HTTP 503", K::Http, 503, V::Retry, true);
    row("HTTP 408", K::Http, 408, V::Retry, false);
    row("HTTP 429", K::Http, 429, V::Retry, false);
    row("HTTP 400", K::Http, 400, V::Refused, false);
    row("HTTP 404", K::Http, 404, V::Refused, false);
    row("HTTP 422", K::Http, 422, V::Refused, false);
    row("GraphQL error", K::GraphQL, 200, V::Refused, false);
    row("invalid input", K::InvalidInput, 0, V::Refused, false);
    row("unsupported", K::Unsupported, 0, V::Refused, false);
    row("certificate", K::Certificate, 0, V::Refused, false);
    row("unauthorized", K::Unauthorized, 401, V::Pause, false);
    row("canceled", K::Canceled, 0, V::Drop, false);
}

void tst_RetryPolicy::verdicts()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(int, verdict);
    QFETCH(bool, unknown);
    const Error error(Error::Kind(kind), QStringLiteral("message"), QString(), status);
    QCOMPARE(int(RetryPolicy::verdictFor(error)), verdict);
    QCOMPARE(RetryPolicy::outcomeUnknown(error), unknown);
}

void tst_RetryPolicy::delaysGrowToTheCap_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("ceilingMs");
    QTest::newRow("first retry") << 1 << qint64(500);
    QTest::newRow("second") << 2 << qint64(1000);
    QTest::newRow("third") << 3 << qint64(2000);
    QTest::newRow("seventh") << 7 << qint64(32000);
    QTest::newRow("eighth reaches the cap") << 8 << qint64(60000);
    QTest::newRow("hundredth stays at the cap") << 100 << qint64(60000);
    QTest::newRow("nonsense attempt counts as the first") << -3 << qint64(500);
}

void tst_RetryPolicy::delaysGrowToTheCap()
{
    QFETCH(int, attempt);
    QFETCH(qint64, ceilingMs);
    QCOMPARE(RetryPolicy::delay(attempt, 0.0).count(), ceilingMs / 2);
    QCOMPARE(RetryPolicy::delay(attempt, 1.0).count(), ceilingMs);
    const qint64 random = RetryPolicy::delay(attempt).count();
    QVERIFY2(random >= ceilingMs / 2 && random <= ceilingMs, qPrintable(QString::number(random)));
}

void tst_RetryPolicy::jitterSpreadsWithinTheStep()
{
    // Many clients failing at once must not come back in step.
    QSet<qint64> seen;
    for (int i = 0; i < 200; ++i)
        seen.insert(RetryPolicy::delay(6).count());
    QVERIFY2(seen.size() > 50, qPrintable(QString::number(seen.size())));
}

void tst_RetryPolicy::retryAfterIsHonouredUpToTheCap()
{
    QCOMPARE(RetryPolicy::delay(1, 0.0, 10s).count(), 10000);
    QCOMPARE(RetryPolicy::delay(1, 0.0, 100ms).count(), 250); // never sooner than the backoff
    QCOMPARE(RetryPolicy::delay(1, 0.0, 3600s).count(), 60000);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
