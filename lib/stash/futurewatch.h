// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>

#include "stasherror.h"

#include <memory>

#include <utility>

namespace FutureWatch {

/// Runs `onResult(result)` on `context`'s thread when `future` finishes with a
/// result. Nothing runs if the future was canceled or if `context` is gone first:
/// the watcher is a child of `context`, so it dies with it (safer on Qt 6.4
/// than QFuture::then(context, ...), whose continuation may outlive the context).
template<typename T, typename F>
QFutureWatcher<T> *onResult(const QFuture<T> &future, QObject *context, F &&onResult)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::forward<F>(onResult)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.isCanceled() || done.resultCount() < 1)
                             return;
                         callback(done.result());
                     });
    watcher->setFuture(future);
    return watcher;
}

/// A future that finishes once `future` has finished and `handle(result)` has
/// run on `context`'s thread. A canceled `future` hands `handle` a
/// Stash::Result holding a Canceled error, so queued work never stalls.
template<typename T, typename F>
QFuture<void> afterwards(const QFuture<T> &future, QObject *context, F handle)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QFuture<void> done = promise->future();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context,
        [watcher, promise, handle = std::move(handle)]() mutable {
            watcher->deleteLater();
            const QFuture<T> finished = watcher->future();
            if (finished.resultCount() > 0)
                handle(finished.result());
            else
                handle(T(Stash::Error(Stash::Error::Kind::Canceled,
                                      QCoreApplication::translate("Stash", "Canceled."))));
            promise->finish();
        });
    watcher->setFuture(future);
    return done;
}

} // namespace FutureWatch
