// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "imagequery.h"
#include "stashclient.h" // the page types held in QFuture members

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace Tessera {

/// Collects every id of a query in the background (select-all over rows that
/// are not loaded): ids-only pages of pageSize() rows, maxPagesInFlight() at
/// a time, in the query's order, without duplicates.
class SelectionIdCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionIdCollector)

public:
    static constexpr int DefaultPageSize = 5000;

    /// `client` must outlive the collector.
    explicit SelectionIdCollector(Stash::StashClient *client, QObject *parent = nullptr);
    ~SelectionIdCollector() override;

    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setMaxPagesInFlight(int pages);
    int maxPagesInFlight() const { return m_maxInFlight; }

    /// Starts collecting (a running collection is canceled first, silently).
    void start(const ImageQuery &query);
    /// Stops; no finished() or failed() follows, canceled() does.
    void cancel();
    bool isRunning() const { return m_running; }
    /// The ids after finished(); empty before.
    const QStringList &ids() const { return m_result; }

Q_SIGNALS:
    /// `done` ids of `total` (total is the server's count; known after the first page).
    void progress(int done, int total);
    void finished(const QStringList &ids);
    void failed(const Stash::Error &error);
    void canceled();

private:
    void requestPage(int page);
    void onPage(quint64 generation, int page, const Stash::Result<Stash::ImageIdPage> &result);
    void pump();
    void finish();
    void stop();

    Stash::StashClient *m_client;
    ImageQuery m_query;
    int m_pageSize = DefaultPageSize;
    int m_maxInFlight = 2;
    quint64 m_generation = 0;
    bool m_running = false;
    int m_total = -1;
    int m_pageCount = 0;
    int m_nextPage = 0;
    int m_done = 0;
    QHash<int, QStringList> m_pages;
    QHash<int, QFuture<Stash::Result<Stash::ImageIdPage>>> m_inFlight;
    QStringList m_result;
};

} // namespace Tessera
