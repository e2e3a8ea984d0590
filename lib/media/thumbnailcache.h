// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"

#include <QCache>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QString>
#include <QThreadPool>
#include <QUrl>

namespace Stash {
class StashClient;
struct Image;
} // namespace Stash

namespace Tessera {

/// Decoded thumbnails for the grid: a memory cache with a byte budget, a disk
/// cache of the server's bytes, at most a few network fetches at a time, and
/// decoding on a thread pool. Keyed on Image::pixelKey() (what identifies the
/// pixels) and a size bucket, never on the thumbnail URL, whose ?t= part
/// changes with every metadata edit.
///
/// Requests are started from the event loop, not inside request(), so a view
/// can ask for a screenful and then prune with setWanted() before anything
/// goes out. Failures other than cancellation (404, undecodable bytes, no URL,
/// network errors) mark the pixelKey broken: it is not fetched again until
/// clearBroken().
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    struct Stats
    {
        qint64 hits = 0;           ///< cached() found the image in memory
        qint64 misses = 0;         ///< request() had to load the image (disk or network)
        qint64 decoded = 0;        ///< images decoded into memory
        qint64 memoryBytes = 0;    ///< bytes of decoded images held now
        int memoryCount = 0;       ///< decoded images held now
        qint64 diskHits = 0;       ///< loads served from the disk cache
        qint64 diskBytes = 0;      ///< bytes in the disk cache now
        qint64 networkFetches = 0; ///< fetches started
        qint64 canceled = 0; ///< queued or in-flight requests dropped by setWanted()/cancelAll()
        int broken = 0;      ///< pixelKeys marked broken
        int peakFetchesInFlight = 0;
    };

    /// 96 MiB of decoded thumbnails: a 256 px bucket image takes at most
    /// 256 × 256 × 4 = 256 KiB (a 3:2 photo ~170 KiB), so 380–570 of them,
    /// 25–38 screens of the default grid (15 cells at 1264×756): enough to
    /// scroll back a long way without a decode, while a whole session stays
    /// under the 300 MB RSS target (256 MiB alone nearly filled it). What is
    /// dropped comes back from the disk cache at decode speed, not network speed.
    static constexpr qint64 DefaultMemoryBudget = 96LL * 1024 * 1024;
    static constexpr qint64 DefaultDiskBudget = 1024LL * 1024 * 1024;
    static constexpr int DefaultMaxFetches = 4;

    /// `client` must outlive the cache. The disk cache starts out in
    /// QStandardPaths::CacheLocation + "/thumbnails" (read when first used).
    explicit ThumbnailCache(Stash::StashClient *client, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    /// Bytes of decoded QImages kept in memory (least recently used go first).
    void setMemoryBudget(qint64 bytes);
    qint64 memoryBudget() const;
    /// Where the server's thumbnail bytes are kept; empty turns the disk cache off.
    void setDiskCacheDirectory(const QString &directory);
    QString diskCacheDirectory() const { return m_diskDir; }
    /// Oldest files are removed when the disk cache grows past this.
    void setDiskBudget(qint64 bytes);
    qint64 diskBudget() const { return m_diskBudget; }
    /// Network fetches at once (QNetworkAccessManager's 6 per host are shared with GraphQL).
    void setMaxFetchesInFlight(int count);
    int maxFetchesInFlight() const { return m_maxFetches; }

    /// The square edge decoded images are fitted into for this target size (64 … 2048).
    static int sizeBucket(QSize targetSize);
    /// The memory-cache key: pixelKey + "@" + size bucket.
    static QString cacheKey(const QString &pixelKey, QSize targetSize);

    /// The decoded thumbnail if it is in memory, else a null QImage. O(1), never blocks.
    QImage cached(const QString &pixelKey, QSize targetSize);
    /// True when the thumbnail is in memory; unlike cached() it counts no hit
    /// (the model asks this of every wanted row, far more often than it paints).
    bool isInMemory(const QString &pixelKey, QSize targetSize) const;
    bool isBroken(const QString &pixelKey) const;
    /// Whether a load of this image at this size is queued or running.
    bool isPending(const QString &pixelKey, QSize targetSize) const;

    /// Asks for `image`'s thumbnail fitted into `targetSize`'s bucket. Does
    /// nothing if it is in memory, broken or already pending (a pending one
    /// takes this priority: the row it is for may have scrolled nearer or
    /// farther). Higher priority loads first; among equal priorities, the
    /// newest request first. thumbnailReady() follows.
    void request(const Stash::Image &image, QSize targetSize, int priority = 0);
    /// Drops every queued load and cancels every fetch whose pixelKey is not in
    /// `pixelKeys` (rows scrolled far away). Later requests are taken as usual.
    void setWanted(const QSet<QString> &pixelKeys);
    void cancelAllExcept(const QSet<QString> &pixelKeys) { setWanted(pixelKeys); }
    void cancelAll() { setWanted({}); }

    /// Empties the memory cache (the disk cache stays).
    void clearMemory();
    /// Lets broken images be tried again.
    void clearBroken();

    Stats stats() const;
    int fetchesInFlight() const { return m_fetching; }
    int pendingCount() const { return int(m_jobs.size()); }

Q_SIGNALS:
    /// The thumbnail of `pixelKey` is in memory now (see cached()).
    void thumbnailReady(const QString &pixelKey);
    /// The thumbnail of `pixelKey` could not be fetched or decoded.
    void thumbnailBroken(const QString &pixelKey);

private:
    enum class Stage { QueuedFetch, Fetching, QueuedDecode, Decoding };

    struct Job
    {
        QString key;
        QString pixelKey;
        int bucket = 0;
        QUrl url;
        int priority = 0;
        quint64 sequence = 0;
        quint64 ticket = 0;
        Stage stage = Stage::QueuedFetch;
        bool fromDisk = false;
        QByteArray bytes;                         ///< fetched, waiting for decode
        QFuture<Stash::Result<QByteArray>> fetch; ///< for cancel()
    };

    struct DecodeResult
    {
        QImage image;
        bool readFailed = false;  ///< the disk file was missing or unreadable
        qint64 writtenBytes = -1; ///< >= 0 when the bytes were written to disk
    };

    struct DiskEntry
    {
        qint64 size = 0;
        qint64 lastUsed = 0;
    };

    void schedulePump();
    void pump();
    Job *nextJob(Stage stage);
    void startFetch(Job &job);
    void startDecode(Job &job);
    void onFetched(const QString &key, quint64 ticket, bool ok, bool canceled,
                   const QByteArray &bytes);
    void onDecoded(const QString &key, quint64 ticket, const DecodeResult &result);
    void markBroken(const QString &pixelKey);
    void ensureDiskIndex();
    QString diskPath(const QString &pixelKey) const;
    static QString diskName(const QString &pixelKey);
    void evictDisk();

    Stash::StashClient *m_client;
    QCache<QString, QImage> m_memory;
    QHash<QString, Job> m_jobs; ///< by cache key
    QSet<QString> m_broken;
    QThreadPool m_pool;
    QString m_diskDir;
    bool m_diskIndexLoaded = false;
    QHash<QString, DiskEntry> m_diskIndex; ///< by file name
    qint64 m_diskBytes = 0;
    qint64 m_diskBudget = DefaultDiskBudget;
    int m_maxFetches = DefaultMaxFetches;
    int m_maxDecodes = 2;
    int m_fetching = 0;
    int m_decoding = 0;
    quint64 m_sequence = 0;
    quint64 m_tickets = 0;
    bool m_pumpScheduled = false;
    Stats m_stats;
};

} // namespace Tessera
