// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "modeltesthelpers.h"
#include "thumbnailcache.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

using ModelTestHelpers::thumbnailRequests;
using Stash::Image;

namespace {

QList<Image> firstImages(Stash::StashClient &client, int count)
{
    Stash::FindFilter filter;
    filter.sort = QStringLiteral("id");
    filter.perPage = count;
    auto future = client.findImages(filter);
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000) || !future.result().ok())
        return {};
    return future.result().value().images;
}

QSet<QString> keysOf(const QList<Image> &images)
{
    QSet<QString> keys;
    for (const Image &image : images)
        keys.insert(image.pixelKey());
    return keys;
}

const QSize Small(128, 128);

} // namespace

class tst_ThumbnailCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizeBuckets_data();
    void sizeBuckets();
    void loadsAndScales();
    void keyIgnoresUrlVersion();
    void memoryEvictionByBudget();
    void diskCacheHitAfterClearingMemory();
    void diskBudgetEvictsOldest();
    void farRequestsAreDropped();
    void brokenImages();
    void atMostNFetchesInFlight();
};

void tst_ThumbnailCache::sizeBuckets_data()
{
    QTest::addColumn<QSize>("target");
    QTest::addColumn<int>("bucket");
    QTest::newRow("tiny") << QSize(10, 10) << 64;
    QTest::newRow("exact") << QSize(128, 128) << 128;
    QTest::newRow("wide") << QSize(200, 100) << 256;
    QTest::newRow("tall") << QSize(100, 300) << 512;
    QTest::newRow("huge") << QSize(5000, 5000) << 2048;
}

void tst_ThumbnailCache::sizeBuckets()
{
    QFETCH(QSize, target);
    QFETCH(int, bucket);
    QCOMPARE(ThumbnailCache::sizeBucket(target), bucket);
    QCOMPARE(ThumbnailCache::cacheKey(QStringLiteral("abc"), target),
             QStringLiteral("abc@") + QString::number(bucket));
}

void tst_ThumbnailCache::loadsAndScales()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("50"));
    QTemporaryDir disk;
    ThumbnailCache cache(&client);
    cache.setDiskCacheDirectory(disk.path());
    const QList<Image> images = firstImages(client, 3);
    QCOMPARE(images.size(), 3);
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    cache.request(images.at(0), QSize(200, 150));
    QVERIFY(cache.isPending(images.at(0).pixelKey(), QSize(200, 150)));
    QVERIFY(cache.cached(images.at(0).pixelKey(), QSize(200, 150)).isNull());
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.at(0).at(0).toString(), images.at(0).pixelKey());
    const QImage image = cache.cached(images.at(0).pixelKey(), QSize(200, 150));
    QVERIFY(!image.isNull());
    // Fitted into the 256 bucket, aspect ratio kept (the server's thumbnails are 640 on the long
    // side).
    QCOMPARE(std::max(image.width(), image.height()), 256);
    const Stash::VisualFile *file = images.at(0).primaryFile();
    const double expected = double(file->width) / file->height;
    QVERIFY(qAbs(double(image.width()) / image.height() - expected) < 0.05);
    // Another bucket of the same pixels is its own entry.
    QVERIFY(cache.cached(images.at(0).pixelKey(), QSize(64, 64)).isNull());
    const ThumbnailCache::Stats stats = cache.stats();
    QCOMPARE(stats.decoded, 1);
    QCOMPARE(stats.misses, 1);
    QCOMPARE(stats.hits, 1);
    QCOMPARE(stats.memoryCount, 1);
    QCOMPARE(stats.memoryBytes, image.sizeInBytes());
    QVERIFY(!cache.isBroken(images.at(0).pixelKey()));
}

void tst_ThumbnailCache::keyIgnoresUrlVersion()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("50"));
    QTemporaryDir disk;
    ThumbnailCache cache(&client);
    cache.setDiskCacheDirectory(disk.path());
    const QList<Image> images = firstImages(client, 1);
    QCOMPARE(images.size(), 1);
    Image image = images.at(0);
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    cache.request(image, Small);
    QVERIFY(ready.wait(10000));
    const int fetched = thumbnailRequests(server);
    QCOMPARE(fetched, 1);

    // A metadata edit: the server bumps updated_at, and with it the ?t= of every URL.
    Stash::ImageUpdate update;
    update.id = image.id;
    update.rating100 = 80;
    auto edited = client.updateImage(update);
    QTRY_VERIFY_WITH_TIMEOUT(edited.isFinished(), 10000);
    QVERIFY(edited.result().ok());
    Image after = edited.result().value();
    if (after.paths.thumbnail == image.paths.thumbnail) { // edited within the same second
        QUrl url = after.paths.thumbnail;
        url.setQuery(QStringLiteral("t=4102444800"));
        after.paths.thumbnail = url;
    }
    QVERIFY(after.paths.thumbnail != image.paths.thumbnail);
    QCOMPARE(after.pixelKey(), image.pixelKey());

    QVERIFY(!cache.cached(after.pixelKey(), Small).isNull());
    cache.request(after, Small);
    QVERIFY(!cache.isPending(after.pixelKey(), Small)); // served from memory
    // Even from disk: memory gone, the new URL is still not fetched.
    cache.clearMemory();
    cache.request(after, Small);
    QVERIFY(ready.wait(10000));
    QVERIFY(!cache.cached(after.pixelKey(), Small).isNull());
    QCOMPARE(thumbnailRequests(server), fetched);
    QCOMPARE(cache.stats().diskHits, 1);
}

void tst_ThumbnailCache::memoryEvictionByBudget()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("50"));
    ThumbnailCache cache(&client);
    cache.setDiskCacheDirectory(QString()); // memory only
    const QList<Image> images = firstImages(client, 12);
    QCOMPARE(images.size(), 12);
    // A 128-bucket thumbnail is at most 128 x 128 x 4 = 64 KiB: room for about three.
    const qint64 budget = 3 * 64 * 1024;
    cache.setMemoryBudget(budget);
    QCOMPARE(cache.memoryBudget(), budget);
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    for (const Image &image : images)
        cache.request(image, Small);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 12, 20000);
    const ThumbnailCache::Stats stats = cache.stats();
    QCOMPARE(stats.decoded, 12);
    QVERIFY2(stats.memoryBytes <= budget, qPrintable(QString::number(stats.memoryBytes)));
    QVERIFY(stats.memoryCount >= 2 && stats.memoryCount < 12);
    int held = 0;
    for (const Image &image : images)
        held += cache.cached(image.pixelKey(), Small).isNull() ? 0 : 1;
    QCOMPARE(held, stats.memoryCount);
    // The last decoded one is still there, least recently used ones went first.
    const QString last = ready.last().at(0).toString();
    QVERIFY(!cache.cached(last, Small).isNull());
}

void tst_ThumbnailCache::diskCacheHitAfterClearingMemory()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("50"));
    QTemporaryDir disk;
    const QList<Image> images = firstImages(client, 5);
    QCOMPARE(images.size(), 5);
    {
        ThumbnailCache cache(&client);
        cache.setDiskCacheDirectory(disk.path());
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        for (const Image &image : images)
            cache.request(image, Small);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 5, 10000);
        QCOMPARE(thumbnailRequests(server), 5);
        QCOMPARE(QDir(disk.path()).entryList(QDir::Files).size(), 5);
        QVERIFY(cache.stats().diskBytes > 0);

        cache.clearMemory();
        QCOMPARE(cache.stats().memoryCount, 0);
        for (const Image &image : images)
            cache.request(image, Small);
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 10, 10000);
        QCOMPARE(cache.stats().diskHits, 5);
        QCOMPARE(thumbnailRequests(server), 5);
    }
    // A new cache over the same directory (the next start of the app) finds the files too.
    ThumbnailCache cache(&client);
    cache.setDiskCacheDirectory(disk.path());
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    for (const Image &image : images)
        cache.request(image, QSize(256, 256));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 5, 10000);
    QCOMPARE(cache.stats().diskHits, 5);
    QCOMPARE(cache.stats().networkFetches, 0);
    QCOMPARE(thumbnailRequests(server), 5);
}

void tst_ThumbnailCache::diskBudgetEvictsOldest()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("50"));
    QTemporaryDir disk;
    const QList<Image> images = firstImages(client, 10);
    QCOMPARE(images.size(), 10);
    ThumbnailCache cache(&client);
    cache.setDiskCacheDirectory(disk.path());
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    // Learn the size of one file, then allow about four.
    cache.request(images.at(0), Small);
    QVERIFY(ready.wait(10000));
    const qint64 one = cache.stats().diskBytes;
    QVERIFY(one > 0);
    const qint64 budget = one * 4 + one / 2;
    cache.setDiskBudget(budget);
    for (int i = 1; i < images.size(); ++i) {
        cache.request(images.at(i), Small);
        QVERIFY(ready.wait(10000)); // one at a time: a known age order
    }
    QVERIFY2(cache.stats().diskBytes <= budget,
             qPrintable(QString::number(cache.stats().diskBytes)));
    QTRY_VERIFY(QDir(disk.path()).entryList(QDir::Files).size() <= 5);
    // The newest file survived, the oldest did not.
    cache.clearMemory();
    const int fetched = thumbnailRequests(server);
    cache.request(images.last(), Small);
    QVERIFY(ready.wait(10000));
    QCOMPARE(thumbnailRequests(server), fetched);
    cache.request(images.first(), Small);
    QVERIFY(ready.wait(10000));
    QCOMPARE(thumbnailRequests(server), fetched + 1);
}

void tst_ThumbnailCache::farRequestsAreDropped()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("300"));
    QTemporaryDir disk;
    ThumbnailCache cache(&client);
    cache.setDiskCacheDirectory(disk.path());
    const QList<Image> images = firstImages(client, 200);
    QCOMPARE(images.size(), 200);
    const int before = thumbnailRequests(server);
    // A fast scroll: 200 rows asked for, then only the last 10 are still on screen.
    for (const Image &image : images)
        cache.request(image, Small);
    QCOMPARE(cache.pendingCount(), 200);
    cache.setWanted(keysOf(images.mid(190)));
    QCOMPARE(cache.pendingCount(), 10);
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 10, 10000);
    QTest::qWait(100);
    QCOMPARE(thumbnailRequests(server) - before, 10);
    QCOMPARE(cache.stats().canceled, 190);
    QCOMPARE(cache.stats().networkFetches, 10);
    for (int i = 0; i < 190; ++i)
        QVERIFY(cache.cached(images.at(i).pixelKey(), Small).isNull());

    // In-flight fetches are canceled too (with latency, so they are still on the wire).
    server.control({{QStringLiteral("latencyMs"), 300}});
    for (int i = 0; i < 20; ++i)
        cache.request(images.at(i), Small);
    QTRY_COMPARE(cache.fetchesInFlight(), 4);
    cache.setWanted({});
    QCOMPARE(cache.fetchesInFlight(), 0);
    QCOMPARE(cache.pendingCount(), 0);
    QTest::qWait(500);
    QCOMPARE(ready.size(), 10);
    QCOMPARE(cache.stats().decoded, 10);
}

void tst_ThumbnailCache::brokenImages()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("50"));
    QTemporaryDir disk;
    ThumbnailCache cache(&client);
    cache.setDiskCacheDirectory(disk.path());
    const QList<Image> images = firstImages(client, 1);
    QCOMPARE(images.size(), 1);

    Image missing = images.at(0);
    missing.id = QStringLiteral("900001");
    missing.visualFiles[0].fingerprints = {{QStringLiteral("md5"), QStringLiteral("missing")}};
    QUrl url = server.url();
    url.setPath(QStringLiteral("/image/900001/thumbnail"));
    missing.paths.thumbnail = url; // 404

    Image garbage = images.at(0);
    garbage.visualFiles[0].fingerprints = {{QStringLiteral("md5"), QStringLiteral("garbage")}};
    url.setPath(QStringLiteral("/healthz")); // 200, but not an image
    garbage.paths.thumbnail = url;

    Image noUrl = images.at(0);
    noUrl.visualFiles[0].fingerprints = {{QStringLiteral("md5"), QStringLiteral("nourl")}};
    noUrl.paths.thumbnail = QUrl();

    QSignalSpy broken(&cache, &ThumbnailCache::thumbnailBroken);
    QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
    cache.request(missing, Small);
    cache.request(garbage, Small);
    cache.request(noUrl, Small);
    cache.request(images.at(0), Small);
    QTRY_COMPARE_WITH_TIMEOUT(broken.size(), 3, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QVERIFY(cache.isBroken(QStringLiteral("missing")));
    QVERIFY(cache.isBroken(QStringLiteral("garbage")));
    QVERIFY(cache.isBroken(QStringLiteral("nourl")));
    QVERIFY(!cache.isBroken(images.at(0).pixelKey()));
    QCOMPARE(cache.stats().broken, 3);
    QVERIFY(cache.cached(QStringLiteral("missing"), Small).isNull());
    // Nothing broken reached the disk cache.
    QCOMPARE(QDir(disk.path()).entryList(QDir::Files).size(), 1);

    // Asking again does not fetch again.
    const qint64 fetches = cache.stats().networkFetches;
    for (int i = 0; i < 5; ++i) {
        cache.request(missing, Small);
        cache.request(garbage, QSize(512, 512));
    }
    QCOMPARE(cache.pendingCount(), 0);
    QTest::qWait(100);
    QCOMPARE(cache.stats().networkFetches, fetches);
    QCOMPARE(broken.size(), 3);

    // Until asked to try again.
    cache.clearBroken();
    cache.request(missing, Small);
    QTRY_COMPARE_WITH_TIMEOUT(broken.size(), 4, 10000);
}

void tst_ThumbnailCache::atMostNFetchesInFlight()
{
    TESSERA_START_FAKE_STASH(server, client, QStringLiteral("--images"), QStringLiteral("50"),
                             QStringLiteral("--latency"), QStringLiteral("50"));
    const QList<Image> images = firstImages(client, 30);
    QCOMPARE(images.size(), 30);
    for (int limit : {ThumbnailCache::DefaultMaxFetches, 2}) {
        ThumbnailCache cache(&client);
        cache.setDiskCacheDirectory(QString());
        cache.setMaxFetchesInFlight(limit);
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        const QList<Image> batch = limit == 2 ? images.mid(15) : images.mid(0, 15);
        for (const Image &image : batch)
            cache.request(image, Small);
        int peak = 0;
        while (ready.size() < batch.size() && ready.wait(10000))
            peak = std::max(peak, cache.fetchesInFlight());
        QCOMPARE(ready.size(), batch.size());
        QCOMPARE(cache.stats().peakFetchesInFlight, limit);
        QVERIFY(peak <= limit);
    }
}

QTEST_GUILESS_MAIN(tst_ThumbnailCache)
#include "tst_thumbnailcache.moc"
