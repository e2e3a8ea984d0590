// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "modeltesthelpers.h"
#include "selectionshares.h"

#include "awaitfuture.h"
#include "fakestash.h"
#include "stashclient.h"

#include <QHash>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Tessera;

using namespace Stash;

namespace {

QStringList idRange(int first, int count)
{
    QStringList ids;
    for (int i = first; i < first + count; ++i)
        ids.append(QString::number(i));
    return ids;
}

} // namespace

/// SelectionShares against tests/fake-stash: the shares of the tags,
/// performers and galleries of a selection, read in chunks, compared with
/// what the server holds; stale reads dropped, failures reported.
class tst_SelectionShares : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sharesMatchTheServer();
    void readsInChunks();
    void whenKnownWaitsForTheRead();
    void newSelectionDropsTheOldRead();
    void emptySelection();
    void failureDropsTheWaitingWork();

private:
    QList<Image> serverImages(const QStringList &ids);
    int imageFieldReads();

    std::unique_ptr<FakeStash> m_server;
    std::unique_ptr<StashClient> m_client;
    std::unique_ptr<SelectionShares> m_shares;
};

void tst_SelectionShares::initTestCase()
{
    const QString why = ModelTestHelpers::startServerAndClient(m_server, m_client, 300);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_SelectionShares::init()
{
    QVERIFY(m_server->reset());
    m_shares = std::make_unique<SelectionShares>(m_client.get());
}

void tst_SelectionShares::cleanup()
{
    m_shares.reset();
}

QList<Image> tst_SelectionShares::serverImages(const QStringList &ids)
{
    const Result<QList<Image>> images = awaitFuture(m_client->findImageFields(
        ids, {QStringLiteral("tags"), QStringLiteral("performers"), QStringLiteral("galleries")}));
    return images ? images.value() : QList<Image>();
}

int tst_SelectionShares::imageFieldReads()
{
    return m_server->rootFieldCount(QStringLiteral("findImages"));
}

void tst_SelectionShares::sharesMatchTheServer()
{
    const QStringList ids = idRange(1, 40);
    QSignalSpy updated(m_shares.get(), &SelectionShares::updated);
    m_shares->setIds(ids);
    QVERIFY(m_shares->isReading());
    QVERIFY(!m_shares->isKnown());
    QTRY_VERIFY_WITH_TIMEOUT(m_shares->isKnown(), 15000);
    QCOMPARE(updated.size(), 1);
    QVERIFY(!m_shares->isReading());
    QCOMPARE(m_shares->ids(), ids);

    QHash<QString, int> tags, performers, galleries;
    for (const Image &image : serverImages(ids)) {
        for (const Tag &t : image.tags)
            ++tags[t.id];
        for (const Performer &p : image.performers)
            ++performers[p.id];
        for (const Gallery &g : image.galleries)
            ++galleries[g.id];
        // Per image: the ids of its values, as read.
        QCOMPARE(m_shares->valuesOf(image.id, ListKind::Tags), image.tagIds());
        QCOMPARE(m_shares->valuesOf(image.id, ListKind::Performers), image.performerIds());
        QCOMPARE(m_shares->valuesOf(image.id, ListKind::Galleries), image.galleryIds());
    }
    QVERIFY(!tags.isEmpty());
    const auto check = [this](ListKind kind, const QHash<QString, int> &expected) {
        const QList<SharedValue> shares = m_shares->shares(kind);
        QCOMPARE(shares.size(), expected.size());
        for (const SharedValue &share : shares) {
            QCOMPARE(share.count, expected.value(share.value.id));
            QCOMPARE(m_shares->shareOf(kind, share.value.id), share.count);
            QVERIFY(!share.value.name.isEmpty());
        }
    };
    check(ListKind::Tags, tags);
    check(ListKind::Performers, performers);
    check(ListKind::Galleries, galleries);
    QCOMPARE(m_shares->shareOf(ListKind::Tags, QStringLiteral("no such tag")), 0);
}

void tst_SelectionShares::readsInChunks()
{
    m_shares->setChunkSize(7);
    QSignalSpy progress(m_shares.get(), &SelectionShares::progress);
    const int before = imageFieldReads();
    m_shares->setIds(idRange(1, 30));
    QTRY_VERIFY_WITH_TIMEOUT(m_shares->isKnown(), 15000);
    // 7 + 7 + 7 + 7 + 2: five requests, progress before each.
    QCOMPARE(imageFieldReads() - before, 5);
    QCOMPARE(progress.size(), 5);
    QCOMPARE(progress.at(0).at(0).toInt(), 0);
    QCOMPARE(progress.at(4).at(0).toInt(), 28);
    QCOMPARE(progress.at(4).at(1).toInt(), 30);

    int images = 0;
    for (const QString &id : idRange(1, 30))
        images += m_shares->valuesOf(id, ListKind::Tags).isEmpty() ? 0 : 1;
    QVERIFY(images > 0);
    // The same counts as one read in one piece.
    SelectionShares whole(m_client.get());
    whole.setIds(idRange(1, 30));
    QTRY_VERIFY_WITH_TIMEOUT(whole.isKnown(), 15000);
    for (const SharedValue &share : whole.shares(ListKind::Tags))
        QCOMPARE(m_shares->shareOf(ListKind::Tags, share.value.id), share.count);
}

void tst_SelectionShares::whenKnownWaitsForTheRead()
{
    m_shares->setIds(idRange(50, 20));
    int ran = 0;
    bool knownWhenRun = false;
    m_shares->whenKnown([&] {
        ++ran;
        knownWhenRun = m_shares->isKnown();
    });
    QCOMPARE(ran, 0);
    QTRY_COMPARE_WITH_TIMEOUT(ran, 1, 15000);
    QVERIFY(knownWhenRun);
    // Known: runs at once, without reading again.
    const int reads = imageFieldReads();
    m_shares->whenKnown([&] { ++ran; });
    QCOMPARE(ran, 2);
    QCOMPARE(imageFieldReads(), reads);

    // refresh() forgets and reads again; work waits for that read.
    const quint64 generation = m_shares->generation();
    m_shares->refresh();
    QVERIFY(!m_shares->isKnown());
    QVERIFY(m_shares->generation() > generation);
    m_shares->whenKnown([&] { ++ran; });
    QCOMPARE(ran, 2);
    QTRY_COMPARE_WITH_TIMEOUT(ran, 3, 15000);
}

void tst_SelectionShares::newSelectionDropsTheOldRead()
{
    QVERIFY(m_server->control(QJsonObject{{QStringLiteral("latencyMs"), 200}}));
    QSignalSpy updated(m_shares.get(), &SelectionShares::updated);
    m_shares->setIds(idRange(1, 20));
    m_shares->setIds(idRange(100, 3));
    QTRY_VERIFY_WITH_TIMEOUT(m_shares->isKnown(), 15000);
    QTest::qWait(400); // the first read's answer arrives and is dropped
    QCOMPARE(updated.size(), 1);
    QCOMPARE(m_shares->ids(), idRange(100, 3));
    int sum = 0;
    for (const SharedValue &share : m_shares->shares(ListKind::Tags))
        sum += share.count;
    int expected = 0;
    for (const Image &image : serverImages(idRange(100, 3)))
        expected += int(image.tags.size());
    QCOMPARE(sum, expected);
}

void tst_SelectionShares::emptySelection()
{
    m_shares->setIds(idRange(1, 5));
    QTRY_VERIFY_WITH_TIMEOUT(m_shares->isKnown(), 15000);
    QSignalSpy updated(m_shares.get(), &SelectionShares::updated);
    const int reads = imageFieldReads();
    m_shares->setIds({});
    QCOMPARE(updated.size(), 1);
    QVERIFY(!m_shares->isKnown());
    QVERIFY(!m_shares->isReading());
    QVERIFY(m_shares->shares(ListKind::Tags).isEmpty());
    QCOMPARE(imageFieldReads(), reads);
}

void tst_SelectionShares::failureDropsTheWaitingWork()
{
    QVERIFY(m_server->control(QJsonObject{{QStringLiteral("failNext"), 1}}));
    QSignalSpy failed(m_shares.get(), &SelectionShares::failed);
    bool ran = false;
    m_shares->setIds(idRange(1, 10));
    m_shares->whenKnown([&] { ran = true; });
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15000);
    QVERIFY(!m_shares->isKnown());
    QVERIFY(!m_shares->isReading());
    QVERIFY(!failed.at(0).at(0).value<Error>().message().isEmpty());

    // The next read succeeds; the dropped work does not run.
    m_shares->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_shares->isKnown(), 15000);
    QVERIFY(!ran);
}

QTEST_GUILESS_MAIN(tst_SelectionShares)
#include "tst_selectionshares.moc"
