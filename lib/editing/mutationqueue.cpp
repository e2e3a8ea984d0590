// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "mutationqueue.h"

#include <QFutureWatcher>

namespace Tessera {

MutationQueue::MutationQueue(QObject *parent)
    : QObject(parent)
{}

void MutationQueue::enqueue(Start start)
{
    const bool wasBusy = isBusy();
    m_waiting.push_back(std::move(start));
    if (!wasBusy)
        Q_EMIT busyChanged(true);
    if (!m_running)
        next();
}

void MutationQueue::next()
{
    if (m_waiting.empty()) {
        m_running = false;
        Q_EMIT busyChanged(false);
        Q_EMIT drained();
        return;
    }
    m_running = true;
    Start start = std::move(m_waiting.front());
    m_waiting.pop_front();
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        next();
    });
    watcher->setFuture(start());
}

} // namespace Tessera
