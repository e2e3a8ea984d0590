// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "modeltesthelpers.h"
#include "awaitfuture.h"
#include "fakestash.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "selection.h"
#include "selectionidcollector.h"
#include "stashclient.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Tessera;
using namespace Stash;

/// The selection over a list model against tests/fake-stash: rows to ids,
/// select-all over rows that are not loaded, and work that waits for the ids.
class tst_Selection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void someRowsGiveTheirIds();
    void nothingSelectedRunsNothing();
    void selectAllCollectsUnloadedRows();
    void changeWhileCollectingDropsTheWork();
    void resetDropsEverything();

private:
    void selectRows(int first, int count);

    std::unique_ptr<FakeStash> m_server;
    std::unique_ptr<StashClient> m_client;
    std::unique_ptr<ImageStore> m_store;
    std::unique_ptr<ImageListModel> m_model;
    std::unique_ptr<Selection> m_selection;
};

void tst_Selection::initTestCase()
{
    const QString why = ModelTestHelpers::startServerAndClient(m_server, m_client, 300);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_Selection::init()
{
    m_store = std::make_unique<ImageStore>();
    m_model = std::make_unique<ImageListModel>(m_client.get(), m_store.get());
    m_model->setPageSize(50); // only the first page is loaded: rows 50… are placeholders
    m_selection = std::make_unique<Selection>(m_model.get(), m_client.get());
    m_selection->collector()->setPageSize(100);
    ImageQuery query;
    query.filter.sort = QStringLiteral("id");
    m_model->setQuery(query);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 300, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isRowLoaded(0), 15000);
    QVERIFY(!m_model->isRowLoaded(299));
}

void tst_Selection::cleanup()
{
    m_selection.reset();
    m_model.reset();
    m_store.reset();
}

void tst_Selection::selectRows(int first, int count)
{
    const QItemSelection range(m_model->index(first), m_model->index(first + count - 1));
    m_selection->rows()->select(range, QItemSelectionModel::ClearAndSelect);
}

void tst_Selection::someRowsGiveTheirIds()
{
    QSignalSpy changed(m_selection.get(), &Selection::changed);
    selectRows(3, 10);
    QVERIFY(!changed.isEmpty());
    QStringList expected;
    for (int row = 3; row < 13; ++row)
        expected.append(m_model->idAt(row));
    QCOMPARE(m_selection->count(), 10);
    QVERIFY(!m_selection->isCollecting());
    QCOMPARE(m_selection->ids(), std::optional<QStringList>(expected));

    QStringList got;
    QCOMPARE(m_selection->withIds([&got](const QStringList &ids) { got = ids; }),
             Selection::Run::Now);
    QCOMPARE(got, expected);
}

void tst_Selection::nothingSelectedRunsNothing()
{
    bool ran = false;
    QCOMPARE(m_selection->withIds([&ran](const QStringList &) { ran = true; }),
             Selection::Run::Never);
    QVERIFY(!ran);
    QCOMPARE(m_selection->ids(), std::optional<QStringList>(QStringList()));
}

void tst_Selection::selectAllCollectsUnloadedRows()
{
    QSignalSpy collecting(m_selection.get(), &Selection::collecting);
    QSignalSpy changed(m_selection.get(), &Selection::changed);
    m_selection->selectAll();
    QCOMPARE(m_selection->count(), 300);
    QVERIFY(m_selection->isCollecting());
    QCOMPARE(m_selection->ids(), std::nullopt);

    QStringList got;
    int runs = 0;
    QCOMPARE(m_selection->withIds([&](const QStringList &ids) {
        got = ids;
        ++runs;
    }),
             Selection::Run::Later);
    QCOMPARE(runs, 0);

    QTRY_VERIFY_WITH_TIMEOUT(!m_selection->isCollecting(), 15000);
    QCOMPARE(runs, 1);
    QCOMPARE(got.size(), 300);
    QCOMPARE(m_selection->ids(), std::optional<QStringList>(got));
    QCOMPARE(m_selection->currentIds(), got);
    QCOMPARE(got.first(), m_model->idAt(0));
    // Three pages of 100: progress after each, up to all of them.
    QCOMPARE(collecting.size(), 3);
    QCOMPARE(collecting.last().at(0).toInt(), 300);
    QCOMPARE(collecting.last().at(1).toInt(), 300);
    QVERIFY(collecting.first().at(0).toInt() < 300);
    QVERIFY(!changed.isEmpty());
}

void tst_Selection::changeWhileCollectingDropsTheWork()
{
    m_selection->selectAll();
    QVERIFY(m_selection->isCollecting());
    bool ran = false;
    QCOMPARE(m_selection->withIds([&ran](const QStringList &) { ran = true; }),
             Selection::Run::Later);

    QSignalSpy canceled(m_selection->collector(), &SelectionIdCollector::canceled);
    selectRows(0, 2);
    QCOMPARE(canceled.size(), 1);
    QVERIFY(!m_selection->isCollecting());
    QCOMPARE(m_selection->ids(),
             std::optional<QStringList>(QStringList{m_model->idAt(0), m_model->idAt(1)}));
    QTest::qWait(300); // the pages in flight must not bring the work back
    QVERIFY(!ran);
}

void tst_Selection::resetDropsEverything()
{
    m_selection->selectAll();
    bool ran = false;
    m_selection->withIds([&ran](const QStringList &) { ran = true; });
    m_selection->reset();
    QCOMPARE(m_selection->count(), 0);
    QVERIFY(!m_selection->isCollecting());
    QCOMPARE(m_selection->ids(), std::optional<QStringList>(QStringList()));
    QTest::qWait(300);
    QVERIFY(!ran);
}

QTEST_MAIN(tst_Selection)
#include "tst_selection.moc"
