// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// scroll_ahead_benchmark (issue 13, "Look ahead"): the real MainWindow
// against tests/fake-stash scrolls one screen per second through 50 screens,
// with the thumbnail disk cache cold and again warm (a new window on the same
// folder), and counts at every step the visible cells that have no thumbnail
// yet (blank cells) and the time until the last one is in. The same walk with
// the read-ahead switched off (only what is on screen, as before) is the
// baseline measured in the same run. See README.md.
//
//   scroll_ahead_benchmark [--images N] [--screens S] [--interval-ms T]
//                          [--latency-ms L] [--runs R]
// SCROLL_AHEAD_DEBUG=1 prints every step.

#include "benchtools.h"
#include "fakestash.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "mainwindow.h"
#include "thumbnailcache.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QScrollBar>
#include <QTemporaryDir>

#include <memory>

using namespace Tessera;
using namespace Bench;

namespace {

struct Walk
{
    std::vector<double> blankPerScreen; ///< after the first screen
    std::vector<double> readyMs;        ///< scroll step → its last visible thumbnail in
    int fetched = 0;                    ///< thumbnails the server sent during the walk
};

int blankVisibleCells(MainWindow &window)
{
    const auto [first, last] = window.grid()->visibleRows();
    ImageListModel *model = window.model();
    int blank = 0;
    for (int row = first; row >= 0 && row <= last; ++row)
        blank += !model->data(model->index(row), ImageListModel::ThumbnailRole).isValid();
    return blank;
}

/// One walk in a new window whose disk cache is `cacheDir`, from `startScreen`
/// screens down: every cold walk starts where no walk went before, so the
/// server has not made those thumbnails yet either (fake-stash makes them on
/// first request and keeps them, as Stash generates them once).
bool walk(FakeStash &server, const QString &cacheDir, bool readAhead, int startScreen, int screens,
          double intervalMs, Walk *result)
{
    std::unique_ptr<MainWindow> window = UiTest::openWindow(cacheDir);
    if (!window)
        return false;
    if (!readAhead)
        window->model()->setReadAhead(0, 0);
    QString why;
    if (!UiTest::connectAndLoad(*window, server.url(), &why, 30000)) {
        out("connect failed: %s", qPrintable(why));
        return false;
    }
    QScrollBar *bar = window->grid()->verticalScrollBar();
    bar->setValue(startScreen * bar->pageStep());
    // The first screen, complete.
    if (!waitFor([&] { return blankVisibleCells(*window) == 0; }, 30000))
        return false;
    idle(intervalMs);
    const int before = server.stats().value(QStringLiteral("thumbnailRequests")).toInt();
    for (int step = 0; step < screens; ++step) {
        const double start = nowMs();
        bar->setValue(bar->value() + bar->pageStep());
        QCoreApplication::processEvents(); // the frame that shows the new screen
        result->blankPerScreen.push_back(blankVisibleCells(*window));
        waitFor([&] { return blankVisibleCells(*window) == 0; }, intervalMs);
        result->readyMs.push_back(nowMs() - start);
        if (qEnvironmentVariableIsSet("SCROLL_AHEAD_DEBUG"))
            out("  step %d: %d blank, ready after %.0f ms, %d still blank, pending %d", step,
                int(result->blankPerScreen.back()), result->readyMs.back(),
                blankVisibleCells(*window), window->thumbnails()->pendingCount());
        const double left = intervalMs - (nowMs() - start);
        if (left > 0)
            idle(left);
    }
    result->fetched = server.stats().value(QStringLiteral("thumbnailRequests")).toInt() - before;
    return true;
}

void report(const char *name, const std::vector<Walk> &runs)
{
    std::vector<double> blankMeans, blankTotals, readyMedians, readyP90, fetched;
    for (const Walk &w : runs) {
        double total = 0;
        for (double b : w.blankPerScreen)
            total += b;
        blankTotals.push_back(total);
        blankMeans.push_back(total / std::max<size_t>(1, w.blankPerScreen.size()));
        readyMedians.push_back(median(w.readyMs));
        readyP90.push_back(percentile(w.readyMs, 90));
        fetched.push_back(w.fetched);
    }
    out("%-34s blank cells per screen %.2f (all screens %.0f) · step → thumbnails in: median "
        "%.0f ms, p90 %.0f ms · %.0f fetched   [medians of %zu runs]",
        name, median(blankMeans), median(blankTotals), median(readyMedians), median(readyP90),
        median(fetched), runs.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    startClock();
    QCommandLineParser parser;
    const QCommandLineOption imagesOption(QStringLiteral("images"), QStringLiteral("images"),
                                          QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption screensOption(QStringLiteral("screens"), QStringLiteral("screens"),
                                           QStringLiteral("S"), QStringLiteral("50"));
    const QCommandLineOption intervalOption(QStringLiteral("interval-ms"),
                                            QStringLiteral("ms per screen"), QStringLiteral("T"),
                                            QStringLiteral("1000"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("server latency per request"),
                                           QStringLiteral("L"), QStringLiteral("0"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs"),
                                        QStringLiteral("R"), QStringLiteral("3"));
    parser.addOptions({imagesOption, screensOption, intervalOption, latencyOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int screens = parser.value(screensOption).toInt();
    const double intervalMs = parser.value(intervalOption).toDouble();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    UiTest::isolate(QStringLiteral("scroll_ahead_benchmark"));
    FakeStash server({QStringLiteral("--images"), parser.value(imagesOption)});
    if (!server.start()) {
        out("fake-stash did not start: %s", qPrintable(server.errorText()));
        return 1;
    }
    server.control({{QStringLiteral("latencyMs"), parser.value(latencyOption).toInt()}});
    out("%s images, %d screens at one per %.0f ms, server latency %s ms, %d runs; load %s",
        qPrintable(parser.value(imagesOption)), screens, intervalMs,
        qPrintable(parser.value(latencyOption)), runs, loadAverage().constData());

    std::vector<Walk> visibleOnlyCold, aheadCold, aheadWarm;
    for (int run = 0; run < runs; ++run) {
        // Every cold walk has a new folder and a stretch of the result of its
        // own; the warm walk goes over its cold walk's stretch again.
        QTemporaryDir baselineDir, aheadDir;
        const int stretch = screens + 5;
        Walk baseline, cold, warm;
        if (!walk(server, baselineDir.path(), false, 2 * run * stretch, screens, intervalMs,
                  &baseline) ||
            !walk(server, aheadDir.path(), true, (2 * run + 1) * stretch, screens, intervalMs,
                  &cold) ||
            !walk(server, aheadDir.path(), true, (2 * run + 1) * stretch, screens, intervalMs,
                  &warm)) {
            out("run %d failed", run + 1);
            return 1;
        }
        visibleOnlyCold.push_back(baseline);
        aheadCold.push_back(cold);
        aheadWarm.push_back(warm);
        out("run %d done", run + 1);
    }
    report("visible only (baseline), cold", visibleOnlyCold);
    report("read-ahead, cold disk cache", aheadCold);
    report("read-ahead, warm disk cache", aheadWarm);
    return 0;
}
