// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkedits.h"
#include "image.h"
#include "result.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Stash {
class StashClient;
}

namespace Tessera {

/// One value of a list field and on how many of the selected images it is.
struct SharedValue
{
    BulkValue value;
    int count = 0;
};

/// What the selected images hold in their tags, performers and galleries,
/// read from the server in chunks: for each value, on how many images it is
/// ("beach 812 / 1,000"), and for each image, the ids of its values. A new
/// selection (or refresh()) forgets what was read and reads again; answers of
/// an older read are dropped.
class SelectionShares final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionShares)

public:
    static constexpr int DefaultChunkSize = 500;

    explicit SelectionShares(Stash::StashClient *client, QObject *parent = nullptr);
    ~SelectionShares() override;

    /// Ids per findImageFields request.
    void setChunkSize(int ids) { m_chunkSize = std::max(1, ids); }
    int chunkSize() const { return m_chunkSize; }

    /// The selection: forgets the shares and reads them for `ids`. An empty
    /// selection has no shares (and they are not "known": nothing was read).
    void setIds(const QStringList &ids);
    /// Reads the shares of the same ids again (after a change).
    void refresh();
    QStringList ids() const { return m_ids; }

    /// Every selected image was read.
    bool isKnown() const { return m_known; }
    bool isReading() const { return m_reading; }
    /// Bumped by every new read: what was read under one generation belongs together.
    quint64 generation() const { return m_generation; }

    /// On how many selected images the value is (0 while not known).
    int shareOf(ListKind kind, const QString &id) const;
    /// Every value of the list on any selected image, in no particular order.
    QList<SharedValue> shares(ListKind kind) const;
    /// The ids of the values image `imageId` holds in the list (as read), so
    /// that a bulk edit can take its before-values from here.
    QStringList valuesOf(const QString &imageId, ListKind kind) const;

    /// Runs `work` once the shares are known: now if they are, else after the
    /// read (started if none runs). Dropped if the read fails.
    void whenKnown(std::function<void()> work);

Q_SIGNALS:
    /// Before each chunk: `done` of `total` images read so far.
    void progress(int done, int total);
    /// The shares changed: all images are read (isKnown()), or the selection became empty.
    void updated();
    /// Reading failed; the shares stay unknown.
    void failed(const Stash::Error &error);

private:
    void startReading();
    void readNextChunk();
    void count(const QList<Stash::Image> &images);

    Stash::StashClient *m_client;
    int m_chunkSize = DefaultChunkSize;
    QStringList m_ids;
    bool m_known = false;
    bool m_reading = false;
    int m_done = 0;
    quint64 m_generation = 0;
    QFuture<Stash::Result<QList<Stash::Image>>> m_read;
    QHash<QString, SharedValue> m_shares[3];
    /// Per image id: the ids of its tags, performers and galleries.
    QHash<QString, QStringList> m_values[3];
    QList<std::function<void()>> m_afterKnown;
};

} // namespace Tessera
