// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "selectionidcollector.h"

#include "futurewatch.h"
#include "stashclient.h"

#include <QSet>

#include <algorithm>

namespace Tessera {

using Stash::ImageIdPage;
using Stash::Result;

SelectionIdCollector::SelectionIdCollector(Stash::StashClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

SelectionIdCollector::~SelectionIdCollector()
{
    stop();
}

void SelectionIdCollector::setPageSize(int rows)
{
    m_pageSize = std::max(rows, 1);
}

void SelectionIdCollector::setMaxPagesInFlight(int pages)
{
    m_maxInFlight = std::max(pages, 1);
}

void SelectionIdCollector::start(const ImageQuery &query)
{
    stop();
    m_query = query;
    m_running = true;
    m_result.clear();
    m_total = -1;
    m_pageCount = 0;
    m_done = 0;
    // The first page tells the count; the others follow in parallel.
    m_nextPage = 1;
    requestPage(0);
}

void SelectionIdCollector::cancel()
{
    if (!m_running)
        return;
    stop();
    Q_EMIT canceled();
}

void SelectionIdCollector::stop()
{
    ++m_generation;
    for (auto &future : m_inFlight)
        future.cancel();
    m_inFlight.clear();
    m_pages.clear();
    m_running = false;
}

void SelectionIdCollector::requestPage(int page)
{
    auto future = m_client->findImageIds(m_query.pageFilter(page, m_pageSize), m_query.imageFilter);
    m_inFlight.insert(page, future);
    const quint64 generation = m_generation;
    FutureWatch::onResult(future, this,
                          [this, generation, page](const Result<ImageIdPage> &result) {
                              onPage(generation, page, result);
                          });
}

void SelectionIdCollector::onPage(quint64 generation, int page, const Result<ImageIdPage> &result)
{
    if (generation != m_generation || !m_running)
        return;
    m_inFlight.remove(page);
    if (!result.ok()) {
        const Stash::Error error = result.error();
        stop();
        if (error.kind() == Stash::Error::Kind::Canceled)
            Q_EMIT canceled();
        else
            Q_EMIT failed(error);
        return;
    }
    if (m_total < 0) {
        m_total = std::max(result.value().count, 0);
        m_pageCount = (m_total + m_pageSize - 1) / m_pageSize;
    }
    m_pages.insert(page, result.value().ids);
    m_done += int(result.value().ids.size());
    Q_EMIT progress(std::min(m_done, m_total), m_total);
    pump();
}

void SelectionIdCollector::pump()
{
    while (m_inFlight.size() < m_maxInFlight && m_nextPage < m_pageCount)
        requestPage(m_nextPage++);
    if (m_inFlight.isEmpty() && m_nextPage >= m_pageCount)
        finish();
}

void SelectionIdCollector::finish()
{
    // In page order; an image that moved between pages while we read is kept once.
    QStringList ids;
    ids.reserve(m_done);
    QSet<QString> seen;
    seen.reserve(m_done);
    for (int page = 0; page < std::max(m_pageCount, 1); ++page) {
        const QStringList pageIds = m_pages.value(page);
        for (const QString &id : pageIds) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    m_pages.clear();
    m_running = false;
    m_result = ids;
    Q_EMIT finished(m_result);
}

} // namespace Tessera
