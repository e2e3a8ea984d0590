// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "futurewatch.h"

#include <QPromise>
#include <QTest>

#include <memory>

/// FutureWatch, the one way to continue after a future on an object's thread:
/// the continuation runs while its context lives, never after, and a mapped
/// future always finishes (with the value, or canceled) so nobody waits forever.
class tst_FutureWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onResultRunsOnceWithTheValue();
    void onResultSkipsACanceledFuture();
    void onResultSkipsADeadContext();
    void thenMapsTheValue();
    void thenIsCanceledWhenTheContextDies();
    void thenIsCanceledWhenTheFutureIs();
};

void tst_FutureWatch::onResultRunsOnceWithTheValue()
{
    QObject context;
    QPromise<int> promise;
    promise.start();
    int seen = 0;
    int runs = 0;
    FutureWatch::onResult(promise.future(), &context, [&](int value) {
        seen = value;
        ++runs;
    });
    promise.addResult(42);
    promise.finish();
    QTRY_COMPARE(runs, 1);
    QCOMPARE(seen, 42);
}

void tst_FutureWatch::onResultSkipsACanceledFuture()
{
    QObject context;
    auto promise = std::make_unique<QPromise<int>>();
    promise->start();
    bool ran = false;
    FutureWatch::onResult(promise->future(), &context, [&](int) { ran = true; });
    promise.reset(); // unfinished: canceled
    QTest::qWait(50);
    QVERIFY(!ran);
}

void tst_FutureWatch::onResultSkipsADeadContext()
{
    auto context = std::make_unique<QObject>();
    QPromise<int> promise;
    promise.start();
    bool ran = false;
    FutureWatch::onResult(promise.future(), context.get(), [&](int) { ran = true; });
    context.reset();
    promise.addResult(1);
    promise.finish();
    QTest::qWait(50);
    QVERIFY(!ran);
}

void tst_FutureWatch::thenMapsTheValue()
{
    QObject context;
    QPromise<int> promise;
    promise.start();
    QFuture<QString> mapped = FutureWatch::then(
        promise.future(), &context, [](int value) { return QString::number(value * 2); });
    promise.addResult(21);
    promise.finish();
    QTRY_VERIFY(mapped.isFinished());
    QVERIFY(!mapped.isCanceled());
    QCOMPARE(mapped.result(), QStringLiteral("42"));
}

void tst_FutureWatch::thenIsCanceledWhenTheContextDies()
{
    auto context = std::make_unique<QObject>();
    QPromise<int> promise;
    promise.start();
    bool ran = false;
    QFuture<int> mapped = FutureWatch::then(promise.future(), context.get(), [&](int value) {
        ran = true;
        return value;
    });
    context.reset();
    QVERIFY(mapped.isFinished()); // not left waiting, as QFuture::then(context, …) is on Qt 6.4
    QVERIFY(mapped.isCanceled());
    promise.addResult(1);
    promise.finish();
    QTest::qWait(50);
    QVERIFY(!ran);
}

void tst_FutureWatch::thenIsCanceledWhenTheFutureIs()
{
    QObject context;
    auto promise = std::make_unique<QPromise<int>>();
    promise->start();
    QFuture<int> mapped =
        FutureWatch::then(promise->future(), &context, [](int value) { return value; });
    promise.reset();
    QTRY_VERIFY(mapped.isFinished());
    QVERIFY(mapped.isCanceled());
}

QTEST_GUILESS_MAIN(tst_FutureWatch)
#include "tst_futurewatch.moc"
