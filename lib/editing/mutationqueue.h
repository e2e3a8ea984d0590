// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QFuture>
#include <QObject>

#include <deque>
#include <functional>

namespace Tessera {

/// Runs changes to the server one after another. QNetworkAccessManager may
/// send requests on parallel connections, so without this an edit and its
/// undo, sent a moment apart, could reach the server in the wrong order.
class MutationQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MutationQueue)

public:
    using Start = std::function<QFuture<void>()>;

    explicit MutationQueue(QObject *parent = nullptr);

    /// `start` runs when every earlier one has finished; the queue waits for its future.
    void enqueue(Start start);
    bool isBusy() const { return m_running || !m_waiting.empty(); }
    int pending() const { return int(m_waiting.size()) + (m_running ? 1 : 0); }

Q_SIGNALS:
    void busyChanged(bool busy);
    void drained();

private:
    void next();

    std::deque<Start> m_waiting;
    bool m_running = false;
};

} // namespace Tessera
