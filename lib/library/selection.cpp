// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "selection.h"

#include "imagelistmodel.h"
#include "selectionidcollector.h"

#include <QItemSelectionModel>

namespace Tessera {

Selection::Selection(ImageListModel *images, Stash::StashClient *client, QObject *parent)
    : QObject(parent)
    , m_images(images)
    , m_rows(new QItemSelectionModel(images, this))
    , m_collector(new SelectionIdCollector(client, this))
{
    connect(m_rows, &QItemSelectionModel::selectionChanged, this, &Selection::onRowsChanged);
    // A new query or a reload resets the rows without selectionChanged().
    connect(m_images, &ImageListModel::countChanged, this, &Selection::changed);
    connect(m_collector, &SelectionIdCollector::progress, this, &Selection::collecting);
    connect(m_collector, &SelectionIdCollector::finished, this, [this](const QStringList &ids) {
        m_allIds = ids;
        Q_EMIT changed();
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &work : waiting)
            work(ids);
    });
    connect(m_collector, &SelectionIdCollector::failed, this, [this](const Stash::Error &error) {
        m_waiting.clear(); // the ids will not come
        Q_EMIT collectFailed(error);
        Q_EMIT changed();
    });
    connect(m_collector, &SelectionIdCollector::canceled, this, [this] {
        m_waiting.clear();
        Q_EMIT changed();
    });
}

Selection::~Selection() = default;

void Selection::selectAll()
{
    const int rows = m_images->rowCount();
    if (rows == 0)
        return;
    // One range over every row, loaded or not: cheap for 500,000 rows. The ids
    // of the rows not loaded come from the server in the background.
    const QItemSelection all(m_images->index(0), m_images->index(rows - 1));
    m_rows->select(all, QItemSelectionModel::ClearAndSelect);
    m_allSelected = true;
    m_collector->start(m_images->query());
}

void Selection::reset()
{
    m_collector->cancel();
    m_waiting.clear();
    m_allIds.clear();
    m_allSelected = false;
    m_rows->clearSelection();
}

int Selection::count() const
{
    int count = 0;
    const QItemSelection selection = m_rows->selection();
    for (const QItemSelectionRange &range : selection)
        count += range.height();
    return count;
}

bool Selection::isCollecting() const
{
    return m_allSelected && m_collector->isRunning();
}

std::optional<QStringList> Selection::ids() const
{
    if (isCollecting())
        return std::nullopt;
    return currentIds();
}

QStringList Selection::currentIds() const
{
    if (m_allSelected && !m_allIds.isEmpty())
        return m_allIds;
    QStringList ids;
    const QItemSelection selection = m_rows->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QString id = m_images->idAt(row);
            if (!id.isEmpty())
                ids.append(id);
        }
    }
    return ids;
}

Selection::Run Selection::withIds(std::function<void(const QStringList &)> work)
{
    if (isCollecting()) {
        m_waiting.append(std::move(work));
        return Run::Later;
    }
    const QStringList ids = currentIds();
    if (ids.isEmpty())
        return Run::Never;
    work(ids);
    return Run::Now;
}

void Selection::onRowsChanged()
{
    // Select-all holds only while every row stays selected.
    if (m_allSelected && count() != m_images->rowCount()) {
        m_allSelected = false;
        m_collector->cancel(); // drops the waiting work
    }
    Q_EMIT changed();
}

} // namespace Tessera
