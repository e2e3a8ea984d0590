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
/// prefetch() loads neighbours ahead of time; cancelExcept() drops the rest.
class FullImageLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FullImageLoader)

public:
    explicit FullImageLoader(Stash::StashClient *client, QObject *parent = nullptr);
    ~FullImageLoader() override;

    /// Decoded images kept (current + neighbours).
    void setCapacity(int images) { m_cache.setMaxCost(images); }

    /// The decoded image if it is ready, else null (and load() it).
    QImage cached(const QString &id) const;
    /// Starts loading unless it is cached or already loading; imageReady/imageFailed follow.
    void load(const QString &id, const QUrl &url);
    void prefetch(const QString &id, const QUrl &url) { load(id, url); }
    /// Cancels loads of every image not in `ids`.
    void cancelExcept(const QList<QString> &ids);
    bool isLoading(const QString &id) const { return m_loading.contains(id); }
    /// Cancels every load and drops every decoded image (ids mean other images on another server).
    void clear()
    {
        cancelExcept({});
        m_cache.clear();
    }

Q_SIGNALS:
    void imageReady(const QString &id);
    void imageFailed(const QString &id, const Stash::Error &error);

private:
    Stash::StashClient *m_client;
    QCache<QString, QImage> m_cache;
    QHash<QString, QFuture<void>> m_loading;
};

} // namespace Tessera
