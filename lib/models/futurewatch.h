#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

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

} // namespace FutureWatch
