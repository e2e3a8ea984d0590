// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "thumbnailcache.h"

#include "futurewatch.h"
#include "image.h"
#include "stashclient.h"
#include "thumbnaildecoder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>
#include <vector>

namespace Tessera {

namespace {

constexpr int Buckets[] = {64, 128, 256, 512, 1024, 2048};

} // namespace

ThumbnailCache::ThumbnailCache(Stash::StashClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_memory(DefaultMemoryBudget)
{
    m_maxDecodes = std::clamp(QThread::idealThreadCount(), 1, 4);
    m_pool.setMaxThreadCount(m_maxDecodes);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!base.isEmpty())
        m_diskDir = base + QStringLiteral("/thumbnails");
}

ThumbnailCache::~ThumbnailCache()
{
    for (Job &job : m_jobs) {
        if (job.stage == Stage::Fetching)
            job.fetch.cancel();
    }
    // Running decodes only touch their own copies; wait so none outlives us.
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailCache::setMemoryBudget(qint64 bytes)
{
    m_memory.setMaxCost(qsizetype(std::max<qint64>(bytes, 0)));
}

qint64 ThumbnailCache::memoryBudget() const
{
    return m_memory.maxCost();
}

void ThumbnailCache::setDiskCacheDirectory(const QString &directory)
{
    m_diskDir = directory;
    m_diskIndex.clear();
    m_diskBytes = 0;
    m_diskIndexLoaded = false;
}

void ThumbnailCache::setDiskBudget(qint64 bytes)
{
    m_diskBudget = std::max<qint64>(bytes, 0);
    if (m_diskIndexLoaded)
        evictDisk();
}

void ThumbnailCache::setMaxFetchesInFlight(int count)
{
    m_maxFetches = std::max(count, 1);
    schedulePump();
}

int ThumbnailCache::sizeBucket(QSize targetSize)
{
    const int edge = std::max(targetSize.width(), targetSize.height());
    for (int bucket : Buckets) {
        if (edge <= bucket)
            return bucket;
    }
    return Buckets[std::size(Buckets) - 1];
}

QString ThumbnailCache::cacheKey(const QString &pixelKey, QSize targetSize)
{
    return pixelKey + QLatin1Char('@') + QString::number(sizeBucket(targetSize));
}

QImage ThumbnailCache::cached(const QString &pixelKey, QSize targetSize)
{
    if (const QImage *image = m_memory.object(cacheKey(pixelKey, targetSize))) {
        ++m_stats.hits;
        return *image;
    }
    return {};
}

bool ThumbnailCache::isInMemory(const QString &pixelKey, QSize targetSize) const
{
    return m_memory.contains(cacheKey(pixelKey, targetSize));
}

bool ThumbnailCache::isBroken(const QString &pixelKey) const
{
    return m_broken.contains(pixelKey);
}

bool ThumbnailCache::isPending(const QString &pixelKey, QSize targetSize) const
{
    return m_jobs.contains(cacheKey(pixelKey, targetSize));
}

void ThumbnailCache::request(const Stash::Image &image, QSize targetSize, int priority)
{
    const QString pixelKey = image.pixelKey();
    if (m_broken.contains(pixelKey))
        return;
    const QString key = cacheKey(pixelKey, targetSize);
    if (m_memory.contains(key))
        return;
    const auto existing = m_jobs.find(key);
    if (existing != m_jobs.end()) {
        existing->priority = priority;
        existing->sequence = ++m_sequence;
        if (existing->stage == Stage::QueuedFetch)
            existing->url = image.paths.thumbnail;
        return;
    }
    ++m_stats.misses;
    ensureDiskIndex();
    Job job;
    job.key = key;
    job.pixelKey = pixelKey;
    job.bucket = sizeBucket(targetSize);
    job.url = image.paths.thumbnail;
    job.priority = priority;
    job.sequence = ++m_sequence;
    const auto onDisk = m_diskIndex.find(diskName(pixelKey));
    if (onDisk != m_diskIndex.end()) {
        job.fromDisk = true;
        job.stage = Stage::QueuedDecode;
    }
    m_jobs.insert(key, std::move(job));
    schedulePump();
}

void ThumbnailCache::setWanted(const QSet<QString> &pixelKeys)
{
    bool freed = false;
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (pixelKeys.contains(it->pixelKey)) {
            ++it;
            continue;
        }
        switch (it->stage) {
        case Stage::Decoding:
            // Already on a worker: cheap to finish, and the result is useful.
            ++it;
            continue;
        case Stage::Fetching:
            it->fetch.cancel(); // aborts the request; its late result is ignored
            --m_fetching;
            freed = true;
            break;
        case Stage::QueuedFetch:
        case Stage::QueuedDecode:
            break;
        }
        ++m_stats.canceled;
        it = m_jobs.erase(it);
    }
    if (freed)
        schedulePump();
}

void ThumbnailCache::clearMemory()
{
    m_memory.clear();
}

void ThumbnailCache::clearBroken()
{
    m_broken.clear();
}

ThumbnailCache::Stats ThumbnailCache::stats() const
{
    Stats stats = m_stats;
    stats.memoryBytes = m_memory.totalCost();
    stats.memoryCount = int(m_memory.count());
    stats.diskBytes = m_diskBytes;
    stats.broken = int(m_broken.size());
    return stats;
}

void ThumbnailCache::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &ThumbnailCache::pump, Qt::QueuedConnection);
}

ThumbnailCache::Job *ThumbnailCache::nextJob(Stage stage)
{
    // A linear scan: the queue holds what a few screens ask for, not the library.
    Job *best = nullptr;
    for (Job &job : m_jobs) {
        if (job.stage != stage)
            continue;
        if (!best || job.priority > best->priority ||
            (job.priority == best->priority && job.sequence > best->sequence))
            best = &job;
    }
    return best;
}

void ThumbnailCache::pump()
{
    m_pumpScheduled = false;
    while (m_decoding < m_maxDecodes) {
        Job *job = nextJob(Stage::QueuedDecode);
        if (!job)
            break;
        startDecode(*job);
    }
    while (m_fetching < m_maxFetches) {
        Job *job = nextJob(Stage::QueuedFetch);
        if (!job)
            break;
        startFetch(*job);
    }
}

void ThumbnailCache::startFetch(Job &job)
{
    job.stage = Stage::Fetching;
    job.ticket = ++m_tickets;
    ++m_fetching;
    ++m_stats.networkFetches;
    m_stats.peakFetchesInFlight = std::max(m_stats.peakFetchesInFlight, m_fetching);
    job.fetch = m_client->fetchMedia(job.url, Stash::StashClient::Media::Thumbnail);
    const QString key = job.key;
    const quint64 ticket = job.ticket;
    FutureWatch::onResult(
        job.fetch, this, [this, key, ticket](const Stash::Result<QByteArray> &result) {
            const bool canceled =
                !result.ok() && result.error().kind() == Stash::Error::Kind::Canceled;
            onFetched(key, ticket, result.ok(), canceled,
                      result.ok() ? result.value() : QByteArray());
        });
}

void ThumbnailCache::onFetched(const QString &key, quint64 ticket, bool ok, bool canceled,
                               const QByteArray &bytes)
{
    const auto it = m_jobs.find(key);
    if (it == m_jobs.end() || it->ticket != ticket || it->stage != Stage::Fetching)
        return; // dropped by setWanted(): its slot was freed then
    --m_fetching;
    schedulePump();
    if (canceled) {
        m_jobs.erase(it);
        return;
    }
    if (!ok || bytes.isEmpty()) {
        markBroken(it->pixelKey);
        return;
    }
    it->bytes = bytes;
    it->stage = Stage::QueuedDecode;
}

void ThumbnailCache::startDecode(Job &job)
{
    job.stage = Stage::Decoding;
    job.ticket = ++m_tickets;
    ++m_decoding;
    const QString path = m_diskDir.isEmpty() ? QString() : diskPath(job.pixelKey);
    const bool fromDisk = job.fromDisk;
    const QByteArray bytes = std::exchange(job.bytes, {});
    const int box = job.bucket;
    QFuture<DecodeResult> future =
        QtConcurrent::run(&m_pool, [path, fromDisk, bytes, box]() -> DecodeResult {
            DecodeResult result;
            QByteArray data = bytes;
            if (fromDisk) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    result.readFailed = true;
                    return result;
                }
                data = file.readAll();
                if (data.isEmpty()) {
                    result.readFailed = true;
                    return result;
                }
            }
            const ThumbnailDecoder::Decoded decoded = ThumbnailDecoder::decode(data, box);
            result.image = decoded.image;
            // A bomb an older version kept: never read it again.
            if (fromDisk && decoded.tooLarge)
                QFile::remove(path);
            // Keep only bytes that decode: a broken answer is not worth a disk slot.
            if (!fromDisk && !path.isEmpty() && !result.image.isNull()) {
                QDir().mkpath(QFileInfo(path).absolutePath());
                QSaveFile file(path);
                if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() &&
                    file.commit())
                    result.writtenBytes = data.size();
            }
            return result;
        });
    const QString key = job.key;
    const quint64 ticket = job.ticket;
    FutureWatch::onResult(future, this, [this, key, ticket](const DecodeResult &result) {
        onDecoded(key, ticket, result);
    });
}

void ThumbnailCache::onDecoded(const QString &key, quint64 ticket, const DecodeResult &result)
{
    const auto it = m_jobs.find(key);
    if (it == m_jobs.end() || it->ticket != ticket || it->stage != Stage::Decoding)
        return;
    --m_decoding;
    schedulePump();
    const QString pixelKey = it->pixelKey;
    const QString name = diskName(pixelKey);
    if (result.readFailed) {
        // The disk copy vanished (evicted, or removed by hand): fetch it again.
        if (const auto entry = m_diskIndex.find(name); entry != m_diskIndex.end()) {
            m_diskBytes -= entry->size;
            m_diskIndex.erase(entry);
        }
        it->fromDisk = false;
        it->stage = Stage::QueuedFetch;
        return;
    }
    if (result.image.isNull()) {
        if (it->fromDisk) {
            // A corrupt disk copy: forget it and try the server once more.
            if (const auto entry = m_diskIndex.find(name); entry != m_diskIndex.end()) {
                m_diskBytes -= entry->size;
                m_diskIndex.erase(entry);
            }
            const QString path = diskPath(pixelKey);
            QThreadPool::globalInstance()->start([path] { QFile::remove(path); });
            it->fromDisk = false;
            it->stage = Stage::QueuedFetch;
            return;
        }
        markBroken(pixelKey);
        return;
    }
    if (it->fromDisk) {
        ++m_stats.diskHits;
        if (const auto entry = m_diskIndex.find(name); entry != m_diskIndex.end())
            entry->lastUsed = QDateTime::currentMSecsSinceEpoch();
    }
    if (result.writtenBytes >= 0) {
        DiskEntry &entry = m_diskIndex[name];
        m_diskBytes += result.writtenBytes - entry.size;
        entry.size = result.writtenBytes;
        entry.lastUsed = QDateTime::currentMSecsSinceEpoch();
        if (m_diskBytes > m_diskBudget)
            evictDisk();
    }
    m_jobs.erase(it);
    ++m_stats.decoded;
    m_memory.insert(key, new QImage(result.image), qsizetype(result.image.sizeInBytes()));
    Q_EMIT thumbnailReady(pixelKey);
}

void ThumbnailCache::markBroken(const QString &pixelKey)
{
    m_broken.insert(pixelKey);
    // Every size of these pixels is broken, not just the one asked for.
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (it->pixelKey != pixelKey) {
            ++it;
            continue;
        }
        if (it->stage == Stage::Fetching) {
            it->fetch.cancel();
            --m_fetching;
        } else if (it->stage == Stage::Decoding) {
            --m_decoding;
        }
        it = m_jobs.erase(it);
    }
    schedulePump();
    Q_EMIT thumbnailBroken(pixelKey);
}

QString ThumbnailCache::diskName(const QString &pixelKey)
{
    // pixelKeys are md5 sums or "file-<id>-<mtime>": hash them into a safe name.
    return QString::fromLatin1(
        QCryptographicHash::hash(pixelKey.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString ThumbnailCache::diskPath(const QString &pixelKey) const
{
    return m_diskDir + QLatin1Char('/') + diskName(pixelKey);
}

void ThumbnailCache::ensureDiskIndex()
{
    if (m_diskIndexLoaded)
        return;
    m_diskIndexLoaded = true;
    if (m_diskDir.isEmpty())
        return;
    // One directory listing, once per directory: names and sizes only.
    const QFileInfoList files =
        QDir(m_diskDir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Unsorted);
    for (const QFileInfo &info : files) {
        if (info.fileName().size() != 40) // ours are SHA-1 hex; skip QSaveFile leftovers
            continue;
        m_diskIndex.insert(info.fileName(),
                           DiskEntry{info.size(), info.lastModified().toMSecsSinceEpoch()});
        m_diskBytes += info.size();
    }
    if (m_diskBytes > m_diskBudget)
        evictDisk();
}

void ThumbnailCache::evictDisk()
{
    // Down to 90% of the budget, so that eviction does not run on every write.
    const qint64 target = m_diskBudget - m_diskBudget / 10;
    std::vector<std::pair<qint64, QString>> byAge;
    byAge.reserve(m_diskIndex.size());
    for (auto it = m_diskIndex.cbegin(); it != m_diskIndex.cend(); ++it)
        byAge.emplace_back(it->lastUsed, it.key());
    std::sort(byAge.begin(), byAge.end());
    QStringList doomed;
    for (const auto &[lastUsed, name] : byAge) {
        if (m_diskBytes <= target)
            break;
        m_diskBytes -= m_diskIndex.value(name).size;
        m_diskIndex.remove(name);
        doomed.append(m_diskDir + QLatin1Char('/') + name);
    }
    if (!doomed.isEmpty()) {
        QThreadPool::globalInstance()->start([doomed] {
            for (const QString &path : doomed)
                QFile::remove(path);
        });
    }
}

} // namespace Tessera
