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
#include <type_traits>
#include <utility>

/// The one way Tessera continues after a QFuture on an object's thread.
///
/// Not QFuture::then(context, …): on Qt 6.4 (Debian 12) that continuation
/// asserts that `context` is still alive, and when it is not, the continuation
/// is dropped without finishing the future it returned, so whoever waits on
/// that future waits forever. Here the watcher is a child of `context`: when
/// `context` dies first, nothing runs and a returned future is canceled.
/// A plain QFuture::then(f) without a context is fine for work that touches
/// only what it captured by value (the pickers' look-ups).
namespace FutureWatch {

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

/// `future.then(context, map)` that keeps its promise: `map(result)` runs on
/// `context`'s thread and its value is the returned future's result. The
/// returned future is canceled when `future` was, or when `context` died first.
template<typename T, typename F>
auto then(const QFuture<T> &future, QObject *context, F map) -> QFuture<std::invoke_result_t<F, T>>
{
    using R = std::invoke_result_t<F, T>;
    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> mapped = promise->future();
    // A promise dropped unfinished (its watcher died with `context`) cancels and finishes.
    onResult(future, context, [promise, map = std::move(map)](const T &result) mutable {
        promise->addResult(map(result));
        promise->finish();
    });
    return mapped;
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
