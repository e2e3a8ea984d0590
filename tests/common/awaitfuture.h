// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

/// Waits for a StashClient future while running the event loop (the client's
/// replies and continuations are delivered through it). A future that does not
/// finish in time, or finishes without a result (canceled), yields an error of
/// kind Canceled whose message says so, so a test can never pass on a hang.
template<typename T>
Stash::Result<T> awaitFuture(QFuture<Stash::Result<T>> future, int timeoutMs = 15000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Stash::Result<T>> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    if (!future.isFinished())
        return Stash::Error(
            Stash::Error::Kind::Canceled,
            QStringLiteral("test: the future did not finish in %1 ms").arg(timeoutMs));
    if (future.isCanceled() || future.resultCount() == 0)
        return Stash::Error(Stash::Error::Kind::Canceled,
                            QStringLiteral("test: the future finished without a result"));
    return future.result();
}

/// Waits until the future finishes (with or without a result); false on time-out.
template<typename T>
bool waitForFinished(const QFuture<T> &future, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.isFinished();
}
