// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

/// What the GUI benchmarks share: a clock, printing, waiting in the event
/// loop as the program would, percentiles, resident memory.
namespace Bench {

inline QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    return timer;
}

inline void startClock()
{
    clock().start();
}

inline double nowMs()
{
    return double(clock().nsecsElapsed()) / 1e6;
}

inline void out(const char *format, auto... args)
{
    std::printf(format, args...);
    std::printf("\n");
    std::fflush(stdout);
}

/// Runs the event loop until `done` holds or `timeoutMs` passes. Blocks in the
/// event loop (woken by sockets, timers, posted events), so the measured code
/// reacts as promptly as under QApplication::exec().
inline bool waitFor(const std::function<bool()> &done, double timeoutMs)
{
    QTimer waker; // bounds how long a check can lag behind a state change
    waker.start(2);
    const double end = nowMs() + timeoutMs;
    while (!done()) {
        if (nowMs() > end)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

inline void idle(double ms)
{
    waitFor([] { return false; }, ms);
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank =
        size_t(std::clamp(p / 100.0 * double(values.size()) + 0.5, 1.0, double(values.size())));
    return values[rank - 1];
}

inline double median(std::vector<double> values)
{
    return percentile(std::move(values), 50);
}

inline double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

inline QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("?");
}

} // namespace Bench
