// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"

#include <QCache>
#include <QFuture>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QUrl>

namespace Stash {
class StashClient;
}

namespace Tessera {

/// Loads full-size images for the viewer: fetch, then decode on the thread
/// pool, keeping the last few decoded images so previous/next are instant.
/// A photo larger than PhotoDecoder::MaxShownPixels is decoded scaled down
/// for showing; loadFullResolution() decodes it at its own size for 1:1 and
/// zoom, one photo at a time, from the bytes kept for it.
/// prefetch() loads neighbours ahead of time; cancelExcept() drops the rest.
class FullImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FullImageLoader)

public:
    explicit FullImageLoader(Stash::StashClient *client, QObject *parent = nullptr);
    ~FullImageLoader() override;

    /// Decoded images kept (current + neighbours).
    void setCapacity(int images) { m_shown.setMaxCost(images); }

    /// The image decoded for showing if it is ready, else null (and load() it).
    QImage cached(const QString &id) const;
    /// The photo's own size (larger than cached()'s when that was scaled down).
    QSize fullSize(const QString &id) const;
    /// Starts loading unless it is cached or already loading; imageReady/imageFailed follow.
    void load(const QString &id, const QUrl &url);
    void prefetch(const QString &id, const QUrl &url) { load(id, url); }

    /// The photo at its own resolution if it was decoded, else null. Equal
    /// to cached() for a photo that was not scaled down.
    QImage fullResolution(const QString &id) const;
    /// Decodes `id` (already cached()) at its own resolution, dropping the
    /// one decoded before; fullResolutionReady or fullResolutionFailed
    /// follows. Does nothing when it is ready or on its way.
    void loadFullResolution(const QString &id);

    /// Cancels loads of every image not in `ids`, and drops a full resolution not among them.
    void cancelExcept(const QList<QString> &ids);
    bool isLoading(const QString &id) const { return m_loading.contains(id); }
    /// Cancels every load and drops every decoded image (ids mean other images on another server).
    void clear();

Q_SIGNALS:
    void imageReady(const QString &id);
    void imageFailed(const QString &id, const Stash::Error &error);
    void fullResolutionReady(const QString &id);
    void fullResolutionFailed(const QString &id, const Stash::Error &error);

private:
    struct Shown
    {
        QImage image;
        QSize fullSize;
        QUrl url;
    };
    void decodeFullResolution(const QString &id, const QByteArray &bytes);
    void dropFullResolution();

    Stash::StashClient *m_client;
    QCache<QString, Shown> m_shown;
    /// The encoded bytes of photos shown scaled down, for their full
    /// resolution without fetching again; cost in KiB.
    QCache<QString, QByteArray> m_sources;
    QHash<QString, QFuture<void>> m_loading;
    QString m_fullId; ///< the photo of m_full, or of the full decode on its way
    QImage m_full;
    QFuture<void> m_fullLoading;
};

} // namespace Tessera
