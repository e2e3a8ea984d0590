// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "modeltesthelpers.h"
#include "selectionidcollector.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Tessera;

using ModelTestHelpers::rootFieldRequests;

class tst_SelectionIdCollector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectsEveryIdOnce();
    void followsTheFilter();
    void cancel();
    void failure();
};

void tst_SelectionIdCollector::collectsEveryIdOnce()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("10000"));
    const int before = rootFieldRequests(server, QStringLiteral("findImages"));
    SelectionIdCollector collector(&client);
    QCOMPARE(collector.pageSize(), SelectionIdCollector::DefaultPageSize);
    collector.setPageSize(1000); // ten pages, to see the progress and the parallel pages
    QSignalSpy progress(&collector, &SelectionIdCollector::progress);
    QSignalSpy finished(&collector, &SelectionIdCollector::finished);
    QSignalSpy failed(&collector, &SelectionIdCollector::failed);
    ImageQuery query;
    query.filter.sort = QStringLiteral("id");
    collector.start(query);
    QVERIFY(collector.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!collector.isRunning());
    QCOMPARE(failed.size(), 0);

    const QStringList ids = finished.at(0).at(0).toStringList();
    QCOMPARE(ids.size(), 10000);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 10000);
    QCOMPARE(collector.ids(), ids);
    // In the query's order.
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i - 1).toInt() < ids.at(i).toInt());

    QCOMPARE(progress.size(), 10);
    int last = 0;
    for (const QList<QVariant> &step : std::as_const(progress)) {
        QVERIFY(step.at(0).toInt() > last);
        last = step.at(0).toInt();
        QCOMPARE(step.at(1).toInt(), 10000);
    }
    QCOMPARE(last, 10000);
    QCOMPARE(rootFieldRequests(server, QStringLiteral("findImages")) - before, 10);
}

void tst_SelectionIdCollector::followsTheFilter()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("10000"));
    SelectionIdCollector collector(&client);
    QSignalSpy finished(&collector, &SelectionIdCollector::finished);
    ImageQuery query;
    query.filter.sort = QStringLiteral("id");
    query.filter.direction = Stash::SortDirection::Desc;
    Stash::IntCriterion id;
    id.value = 7001;
    id.modifier = Stash::CriterionModifier::LessThan;
    query.imageFilter.id = id;
    collector.start(query); // default pages of 5,000: two of them
    QVERIFY(finished.wait(20000));
    const QStringList ids = finished.at(0).at(0).toStringList();
    QCOMPARE(ids.size(), 7000);
    QCOMPARE(ids.first(), QStringLiteral("7000"));
    QCOMPARE(ids.last(), QStringLiteral("1"));
}

void tst_SelectionIdCollector::cancel()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("10000"),
                             QStringLiteral("--latency"), QStringLiteral("200"));
    SelectionIdCollector collector(&client);
    collector.setPageSize(1000);
    QSignalSpy finished(&collector, &SelectionIdCollector::finished);
    QSignalSpy canceled(&collector, &SelectionIdCollector::canceled);
    QSignalSpy progress(&collector, &SelectionIdCollector::progress);
    collector.start(ImageQuery());
    QVERIFY(progress.wait(10000)); // the first page is in, more are on their way
    collector.cancel();
    QCOMPARE(canceled.size(), 1);
    QVERIFY(!collector.isRunning());
    QTest::qWait(600);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(progress.size(), 1);
    collector.cancel(); // not running: nothing
    QCOMPARE(canceled.size(), 1);

    // A new start after a cancel works from scratch.
    collector.start(ImageQuery());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toStringList().size(), 10000);
}

void tst_SelectionIdCollector::failure()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("10000"));
    // The first page succeeds, the next ones fail.
    QVERIFY(server.control({{QStringLiteral("failOperation"), QStringLiteral("findImages")},
                            {QStringLiteral("failOperationAfter"), 1}}));
    SelectionIdCollector collector(&client);
    collector.setPageSize(1000);
    QSignalSpy finished(&collector, &SelectionIdCollector::finished);
    QSignalSpy failed(&collector, &SelectionIdCollector::failed);
    collector.start(ImageQuery());
    QVERIFY(failed.wait(20000));
    QTest::qWait(200);
    QCOMPARE(failed.size(), 1); // once, though two pages were in flight
    QCOMPARE(finished.size(), 0);
    QVERIFY(!collector.isRunning());
    const auto error = failed.at(0).at(0).value<Stash::Error>();
    QCOMPARE(error.kind(), Stash::Error::Kind::GraphQL);
    QVERIFY(!error.message().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SelectionIdCollector)
#include "tst_selectionidcollector.moc"
