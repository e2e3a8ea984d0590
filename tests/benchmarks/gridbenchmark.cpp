// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// grid_benchmark: the figures of the "Browse" issue, measured on the real
// MainWindow against tests/fake-stash with 100,000 images. See README.md.

#include "awaitfuture.h"
#include "fakestash.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "mainwindow.h"
#include "grid/filterbar.h"
#include "benchtools.h"
#include "paintmeter.h"
#include "selectionidcollector.h"
#include "stashclient.h"
#include "thumbnailcache.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest/QTest>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Tessera;

using namespace Stash;
using namespace Bench;

namespace {

constexpr int kImages = 100000;
constexpr int kFirstScreenRuns = 3; // fresh servers and a fresh window each time
constexpr int kSettledScreens = 25; // screens scrolled with every thumbnail waited for
constexpr int kSelectAllRuns = 3;
constexpr double kTraversalBudgetMs = 90000; // the full scroll stops here (and says so)

/// Starts fake-stash with 100,000 images and waits until its background
/// warm-up (materialising the store, pre-sorting by path) has had time to end,
/// so that a measurement does not race it.
std::unique_ptr<FakeStash> startServer()
{
    auto server = std::make_unique<FakeStash>(
        QStringList{QStringLiteral("--images"), QString::number(kImages)});
    if (!server->start()) {
        out("ERROR: fake-stash did not start: %s", qPrintable(server->errorText()));
        return nullptr;
    }
    return server;
}

void waitWarm(FakeStash &server)
{
    // /__stats answers only between warm-up slices; then a fixed margin for the pre-sort.
    server.stats();
    idle(2500);
}

/// Rows [first, last] of the grid that are on screen, all loaded, each with its
/// thumbnail in memory (or marked broken).
bool visibleThumbnailsReady(MainWindow &window, int *firstOut = nullptr, int *lastOut = nullptr)
{
    ImageListModel *model = window.model();
    if (!model->isCountKnown())
        return false;
    const auto [first, last] = window.grid()->visibleRows();
    if (first < 0)
        return false;
    if (firstOut)
        *firstOut = first;
    if (lastOut)
        *lastOut = last;
    for (int row = first; row <= last; ++row) {
        if (!model->isRowLoaded(row))
            return false;
        const QString key = model->data(model->index(row), ImageListModel::PixelKeyRole).toString();
        if (window.thumbnails()->isBroken(key))
            continue;
        if (window.thumbnails()->cached(key, model->thumbnailSize()).isNull())
            return false;
    }
    return true;
}

struct FirstScreen
{
    double shownToPaintedMs = -1; ///< show() + connectTo() … paint after the last visible thumbnail
    double connectedToPaintedMs = -1;
    double connectMs = -1;
    double firstPageMs = -1; ///< show … count known (first page in the model)
    int firstRow = -1;
    int lastRow = -1;
    qint64 decoded = 0;
    double decodeWindowMs = 0; ///< first fetch … last decode of the first screen
    int findImagesSeen = 0;
    int thumbnailsSeen = 0;
};

struct Floor
{
    double totalMs = -1;
    double pageMs = -1;
    int thumbnails = 0;
    int failures = 0;
};

struct Setup
{
    std::unique_ptr<QTemporaryDir> cacheDir;
    std::unique_ptr<MainWindow> window;
    std::unique_ptr<PaintMeter> meter;
};

/// A fresh window over `server`, with an empty thumbnail disk cache.
Setup makeWindow()
{
    QSettings().clear(); // test-mode settings: default geometry and zoom every time
    Setup setup;
    setup.cacheDir = std::make_unique<QTemporaryDir>();
    setup.window = std::make_unique<MainWindow>();
    UiTest::silencePrompts(*setup.window); // no modal boxes on errors
    setup.window->thumbnails()->setDiskCacheDirectory(setup.cacheDir->path());
    setup.meter = std::make_unique<PaintMeter>(setup.window->grid()->viewport(), &nowMs);
    return setup;
}

FirstScreen measureFirstScreen(Setup &setup, FakeStash &server)
{
    MainWindow &window = *setup.window;
    FirstScreen result;
    double connectedAt = -1;
    double countAt = -1;
    double painted = -1;
    QObject::connect(&window, &MainWindow::connected, &window, [&] { connectedAt = nowMs(); });
    QObject::connect(window.model(), &ImageListModel::countChanged, &window, [&](int count) {
        if (count > 0 && countAt < 0)
            countAt = nowMs();
    });
    setup.meter->setPhase(1);
    setup.meter->setBeforePaint([&] { return painted < 0 && visibleThumbnailsReady(window); });
    setup.meter->setAfterPaint([&](double end, bool ready) {
        if (ready && painted < 0)
            painted = end;
    });

    // As app/gui/main.cpp does: show, then connect.
    const double start = nowMs();
    window.show();
    window.connectTo(ServerEndpoint(server.url()));
    if (!waitFor([&] { return painted >= 0; }, 60000)) {
        out("ERROR: the first screen of thumbnails was not painted within 60 s");
        return result;
    }
    setup.meter->setBeforePaint({});
    setup.meter->setAfterPaint({});
    result.shownToPaintedMs = painted - start;
    result.connectMs = connectedAt - start;
    result.connectedToPaintedMs = painted - connectedAt;
    result.firstPageMs = countAt - start;
    visibleThumbnailsReady(window, &result.firstRow, &result.lastRow);
    result.decoded = window.thumbnails()->stats().decoded;
    result.decodeWindowMs = painted - countAt;
    const QJsonObject stats = server.stats();
    result.findImagesSeen = FakeStash::rootFieldCount(stats, QStringLiteral("findImages"));
    result.thumbnailsSeen = stats.value(QStringLiteral("thumbnailRequests")).toInt();
    return result;
}

/// The floor: the same findImages page (same document, same variables), then
/// the same visible rows' thumbnails, all at once through a bare
/// QNetworkAccessManager: no model, no view, no decoding.
Floor measureFloor(FakeStash &server, const FindFilter &windowFilter,
                   const ImageFilter &imageFilter, int pageSize, int firstRow, int lastRow)
{
    Floor floor;
    StashClient client;
    client.setEndpoint(ServerEndpoint(server.url()));
    // The document depends on the server's capabilities: learn them first, untimed
    // (the window's figure includes its own connect; both are printed).
    if (!awaitFuture(client.connectToServer(), 30000)) {
        out("ERROR: floor client could not connect");
        return floor;
    }
    FindFilter filter = windowFilter;
    filter.page = 1;
    filter.perPage = pageSize;
    QNetworkAccessManager network;

    const double start = nowMs();
    const Result<FindImagesResult> page =
        awaitFuture(client.findImages(filter, imageFilter), 30000);
    floor.pageMs = nowMs() - start;
    if (!page) {
        out("ERROR: floor findImages failed: %s", qPrintable(page.error().message()));
        return floor;
    }
    int pending = 0;
    for (int row = firstRow; row <= lastRow && row < page.value().images.size(); ++row) {
        QNetworkReply *reply =
            network.get(QNetworkRequest(page.value().images.at(row).paths.thumbnail));
        ++pending;
        ++floor.thumbnails;
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &pending, &floor] {
            if (reply->error() != QNetworkReply::NoError || reply->readAll().isEmpty())
                ++floor.failures;
            --pending;
            reply->deleteLater();
        });
    }
    waitFor([&] { return pending == 0; }, 60000);
    floor.totalMs = nowMs() - start;
    return floor;
}

struct ScrollResult
{
    int steps = 0;
    int settledSteps = 0;
    bool complete = false;
    int lastRowReached = -1;
    double elapsedMs = 0;
    qint64 decoded = 0;
    double settledMs = 0;
};

/// One screen down: sets the scroll bar and lets the view paint. Returns false at the bottom.
bool stepDown(ImageGridView *grid)
{
    QScrollBar *bar = grid->verticalScrollBar();
    if (bar->value() >= bar->maximum())
        return false;
    bar->setValue(std::min(bar->value() + grid->viewport()->height(), bar->maximum()));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return true;
}

void printStat(const char *name, const std::vector<double> &values, const char *unit)
{
    const auto over = std::count_if(values.begin(), values.end(), [](double v) { return v > 8.0; });
    out("%-58s p50 %.2f %s  p99 %.2f %s  max %.2f %s  (n=%zu, %lld over 8 ms)", name,
        percentile(values, 50), unit, percentile(values, 99), unit,
        values.empty() ? 0.0 : *std::max_element(values.begin(), values.end()), unit, values.size(),
        qint64(over));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tessera-grid-benchmark"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    Bench::startClock();

    out("grid_benchmark: Tessera's MainWindow against tests/fake-stash --images %d", kImages);
    out("machine: nproc %d (QThread::idealThreadCount %d)",
        int(std::thread::hardware_concurrency()), QThread::idealThreadCount());
    out("Qt: runtime %s, built with %s; platform %s", qVersion(), QT_VERSION_STR,
        qPrintable(QGuiApplication::platformName()));
    out("RSS at start: %.1f MB", residentMb());
    out("load average at start: %s", loadAverage().constData());
    out("");

    // ---- 1 + 2: first screen and the transfer floor, on fresh servers -------
    out("== 1/2: first screen of thumbnails vs. the transfer floor (%d runs) ==", kFirstScreenRuns);
    out("Each run starts two fake-stash instances the same way (same flags, same seed, both"
        " warmed up, both with an empty JPEG cache). The window runs against one, the floor"
        " against the other, so neither profits from the other's server-side encoding. Runs"
        " alternate which goes first. Every window is new, with an empty thumbnail disk cache.");
    std::vector<double> firstScreens, connectedToPainted, floors, ratios, ratiosAfterConnect;
    std::vector<double> decodeRates;
    FirstScreen lastFirst;
    Setup setup;
    std::unique_ptr<FakeStash> server;
    int lastFirstRow = 0, lastLastRow = 19;
    for (int run = 1; run <= kFirstScreenRuns; ++run) {
        auto windowServer = startServer();
        auto floorServer = startServer();
        if (!windowServer || !floorServer)
            return 1;
        waitWarm(*windowServer);
        waitWarm(*floorServer);

        Setup candidate = makeWindow();
        const bool floorFirst = run % 2 == 0;
        const FindFilter filter = candidate.window->filterBar()->findFilter();
        const ImageFilter imageFilter = candidate.window->filterBar()->imageFilter();
        const int pageSize = candidate.window->model()->pageSize();
        Floor floor;
        if (floorFirst) // the visible range is the previous run's (same geometry)
            floor = measureFloor(*floorServer, filter, imageFilter, pageSize, lastFirstRow,
                                 lastLastRow);
        FirstScreen first = measureFirstScreen(candidate, *windowServer);
        if (first.shownToPaintedMs < 0)
            return 1;
        idle(300);
        if (!floorFirst)
            floor = measureFloor(*floorServer, filter, imageFilter, pageSize, first.firstRow,
                                 first.lastRow);
        lastFirstRow = first.firstRow;
        lastLastRow = first.lastRow;

        const double ratio = first.shownToPaintedMs / floor.totalMs;
        out("run %d (%s first): visible rows %d..%d (%d cells, viewport %dx%d, cell %dx%d)", run,
            floorFirst ? "floor" : "window", first.firstRow, first.lastRow,
            first.lastRow - first.firstRow + 1, candidate.window->grid()->viewport()->width(),
            candidate.window->grid()->viewport()->height(),
            candidate.window->grid()->cellSize().width(),
            candidate.window->grid()->cellSize().height());
        out("  window: shown -> first screen painted          %8.1f ms", first.shownToPaintedMs);
        out("          of which connect (version, capabilities) %6.1f ms; shown -> first page %.1f "
            "ms",
            first.connectMs, first.firstPageMs);
        out("          connected -> first screen painted      %8.1f ms",
            first.connectedToPaintedMs);
        out("          server saw findImages %d, thumbnail requests %d; decoded %lld",
            first.findImagesSeen, first.thumbnailsSeen, first.decoded);
        out("  floor:  findImages page + %d thumbnails        %8.1f ms (page %.1f ms, failures %d)",
            floor.thumbnails, floor.totalMs, floor.pageMs, floor.failures);
        out("  ratio window/floor: %.2fx (connected->painted / floor: %.2fx)", ratio,
            first.connectedToPaintedMs / floor.totalMs);
        firstScreens.push_back(first.shownToPaintedMs);
        connectedToPainted.push_back(first.connectedToPaintedMs);
        floors.push_back(floor.totalMs);
        ratios.push_back(ratio);
        ratiosAfterConnect.push_back(first.connectedToPaintedMs / floor.totalMs);
        if (first.decodeWindowMs > 0)
            decodeRates.push_back(double(first.decoded) / (first.decodeWindowMs / 1000.0));

        floorServer.reset();
        if (run < kFirstScreenRuns) {
            candidate.meter.reset();
            candidate.window.reset();
        } else {
            setup = std::move(candidate);
            server = std::move(windowServer);
            lastFirst = first;
        }
    }
    out("1. first screen painted (median of %d): %.1f ms (connected -> painted %.1f ms)",
        kFirstScreenRuns, median(firstScreens), median(connectedToPainted));
    out("2. transfer floor (median): %.1f ms; ratio (median of per-run ratios): %.2fx; target <= "
        "1.5x",
        median(floors), median(ratios));
    out("");

    MainWindow &window = *setup.window;
    ImageGridView *grid = window.grid();
    PaintMeter &meter = *setup.meter;
    ThumbnailCache *thumbnails = window.thumbnails();
    out("RSS after the first screen: %.1f MB", residentMb());

    // ---- 3a: scroll with every screen settled (thumbnails drawn) ------------
    out("");
    out("== 3: scrolling in screen steps ==");
    idle(200);
    meter.setPhase(2);
    qint64 decodedBefore = thumbnails->stats().decoded;
    double settledStart = nowMs();
    int settled = 0;
    for (; settled < kSettledScreens && stepDown(grid); ++settled) {
        if (!waitFor([&] { return visibleThumbnailsReady(window); }, 10000))
            out("  (screen %d: thumbnails not all there after 10 s)", settled + 1);
    }
    const double settledMs = nowMs() - settledStart;
    const qint64 settledDecoded = thumbnails->stats().decoded - decodedBefore;
    out("3a. first %d screens, each waited on until all its thumbnails were painted: %.0f ms,"
        " %lld decoded",
        settled, settledMs, settledDecoded);
    printStat("    paint per frame, screens with thumbnails", meter.durations(2), "ms");

    // ---- 3b: the whole list, top to bottom ------------------------------------
    // Each step: set the scroll bar one viewport down, let the view paint (the
    // timed frame), then declare the visible rows to the model (it reads ahead) as
    // the grid does once scrolling pauses (its 30 ms debounce would otherwise
    // never fire between steps, and nothing would load), and wait until the
    // visible rows' pages are in (thumbnails are not waited for).
    meter.setPhase(3);
    grid->verticalScrollBar()->setValue(0);
    idle(100);
    const double traversalStart = nowMs();
    ScrollResult traversal;
    while (stepDown(grid)) {
        ++traversal.steps;
        const auto [first, last] = grid->visibleRows();
        if (first >= 0) {
            window.model()->setVisibleRows(first, last); // as the grid does, read-ahead added
            waitFor(
                [&, first = first, last = last] {
                    return window.model()->isRowLoaded(first) && window.model()->isRowLoaded(last);
                },
                10000);
            QCoreApplication::processEvents(); // the loaded rows' frame
            traversal.lastRowReached = last;
        }
        if (nowMs() - traversalStart > kTraversalBudgetMs)
            break;
    }
    idle(100);
    traversal.elapsedMs = nowMs() - traversalStart;
    traversal.complete = traversal.lastRowReached >= window.model()->rowCount() - 1;
    const double rssAfterTraversal = residentMb();
    out("3b. top to bottom: %d steps in %.1f s, last visible row %d of %d%s", traversal.steps,
        traversal.elapsedMs / 1000.0, traversal.lastRowReached, window.model()->rowCount(),
        traversal.complete ? "" : " (STOPPED at the time budget: a subset)");
    printStat("    paint per frame, full traversal", meter.durations(3), "ms");
    std::vector<double> allScroll = meter.durations(2);
    const std::vector<double> traversalFrames = meter.durations(3);
    allScroll.insert(allScroll.end(), traversalFrames.begin(), traversalFrames.end());
    printStat("3. paint per frame, all scrolling (3a + 3b)", allScroll, "ms");
    const ThumbnailCache::Stats afterScroll = thumbnails->stats();
    out("    thumbnail cache after scrolling: %d images, %.1f MB in memory, %lld network fetches,"
        " %lld canceled, %d broken",
        afterScroll.memoryCount, afterScroll.memoryBytes / 1048576.0, afterScroll.networkFetches,
        afterScroll.canceled, afterScroll.broken);

    // ---- 5: memory -------------------------------------------------------------
    // If the traversal stopped early, the rest of the rows are walked the way a
    // user scrolling on would: successive windows of a few screens declared to
    // the model (as the grid does), each waited for until its rows are in (no
    // painting: thumbnails are not waited for), then the grid's own range
    // again. The model keeps only a bounded number of pages around the wanted
    // range, so this is what memory looks like after scrolling through all rows.
    const double rssTraversal = rssAfterTraversal;
    if (!traversal.complete) {
        const int rows = window.model()->rowCount();
        const auto [visibleFirst, visibleLast] = grid->visibleRows();
        const int screen = std::max(1, visibleLast - visibleFirst + 1);
        const int step = 4 * screen;
        const double loadStart = nowMs();
        int reached = std::max(traversal.lastRowReached, 0);
        bool all = true;
        while (reached < rows - 1) {
            const int first = reached + 1;
            const int last = std::min(rows - 1, first + step - 1);
            window.model()->ensureLoaded(std::max(0, first - screen),
                                         std::min(rows - 1, last + screen));
            if (!waitFor(
                    [&] {
                        return window.model()->isRowLoaded(first) &&
                               window.model()->isRowLoaded(last);
                    },
                    10000)) {
                all = false;
                break;
            }
            reached = last;
        }
        const auto [first, last] = grid->visibleRows();
        window.model()->setVisibleRows(first, last);
        idle(500);
        out("    the rows the traversal did not reach were walked in windows of %d rows: %s in "
            "%.1f s",
            step, all ? "all loaded" : "NOT all loaded", (nowMs() - loadStart) / 1000.0);
    }
    int rowsInMemory = 0;
    for (int row = 0; row < window.model()->rowCount(); ++row)
        rowsInMemory += window.model()->isRowLoaded(row) ? 1 : 0;
    out("    rows with their image in memory: %d (%d resident pages of at most %d + the wanted "
        "range)",
        rowsInMemory, window.model()->residentPages(), window.model()->maxResidentPages());
    const double rssAfterScroll = residentMb();
    const ThumbnailCache::Stats memoryStats = thumbnails->stats();
    // The thumbnail cache may grow to its budget during a longer session.
    const double worstCase = rssAfterScroll - memoryStats.memoryBytes / 1048576.0 +
                             thumbnails->memoryBudget() / 1048576.0;
    out("    RSS after the traversal (%s): %.1f MB", traversal.complete ? "all rows" : "subset",
        rssTraversal);
    out("    decoded thumbnails held: %d, %.1f MB of a %.0f MB budget; RSS with a full budget"
        " would be about %.0f MB",
        memoryStats.memoryCount, memoryStats.memoryBytes / 1048576.0,
        thumbnails->memoryBudget() / 1048576.0, worstCase);
    out("5. RSS after scrolling through all %d rows: %.1f MB (target <= 300 MB)",
        window.model()->rowCount(), rssAfterScroll);

    // ---- 4: decode rate from the disk cache -------------------------------------
    // Drop the decoded images and revisit the settled screens: their bytes are
    // on disk now, so no network is involved and decoding is the bottleneck.
    out("");
    out("== 4: thumbnail decoding ==");
    meter.setPhase(4);
    thumbnails->clearMemory();
    grid->verticalScrollBar()->setValue(0);
    idle(100); // let the grid declare the top rows
    decodedBefore = thumbnails->stats().decoded;
    const qint64 diskHitsBefore = thumbnails->stats().diskHits;
    const double decodeStart = nowMs();
    waitFor([&] { return visibleThumbnailsReady(window); }, 10000);
    for (int screen = 0; screen < settled && stepDown(grid); ++screen)
        waitFor([&] { return visibleThumbnailsReady(window); }, 10000);
    const double decodeMs = nowMs() - decodeStart;
    const qint64 diskDecoded = thumbnails->stats().decoded - decodedBefore;
    const qint64 diskHits = thumbnails->stats().diskHits - diskHitsBefore;
    const double diskRate = diskDecoded / (decodeMs / 1000.0);
    out("    first screens from the network (per run): %s decoded/s (network-bound)",
        qPrintable([&] {
            QStringList parts;
            for (double rate : decodeRates)
                parts.append(QString::number(rate, 'f', 0));
            return parts.join(QStringLiteral(", "));
        }()));
    out("    3a from the network: %.0f decoded/s", settledDecoded / (settledMs / 1000.0));
    out("4. thumbnails decoded per second (disk cache warm, %lld decoded, %lld from disk, %.0f ms,"
        " %d decode threads): %.0f /s",
        diskDecoded, diskHits, decodeMs, std::clamp(QThread::idealThreadCount(), 1, 4), diskRate);
    printStat("    paint per frame while decoding", meter.durations(4), "ms");

    // ---- 6: select all ------------------------------------------------------------
    out("");
    out("== 6: select all ==");
    std::vector<double> selectTimes;
    int collected = 0;
    for (int run = 1; run <= kSelectAllRuns; ++run) {
        window.clearSelection();
        idle(100);
        bool finished = false;
        const auto connection =
            QObject::connect(window.selectionIds(), &SelectionIdCollector::finished, &window,
                             [&](const QStringList &ids) {
                                 finished = true;
                                 collected = int(ids.size());
                             });
        const double start = nowMs();
        window.selectAll();
        const double synchronous = nowMs() - start;
        waitFor([&] { return finished; }, 60000);
        const double elapsed = nowMs() - start;
        QObject::disconnect(connection);
        out("  run %d: %.1f ms (selectAll() itself %.1f ms), %d ids, selectedIds() %d", run,
            elapsed, synchronous, collected, int(window.selectedIds().size()));
        selectTimes.push_back(finished ? elapsed : -1);
    }
    const double selectAllMs = median(selectTimes);
    out("6. select all %d (median): %.1f ms (target <= 2000 ms)", collected, selectAllMs);

    // ---- server's view -------------------------------------------------------------
    const QJsonObject stats = server->stats();
    const QJsonObject roots = stats.value(QStringLiteral("rootFields")).toObject();
    out("");
    out("server (the last run's window server, whole session): findImages %d, thumbnail requests "
        "%d,"
        " graphql requests %d",
        roots.value(QStringLiteral("findImages")).toInt(),
        stats.value(QStringLiteral("thumbnailRequests")).toInt(),
        stats.value(QStringLiteral("graphqlRequests")).toInt());
    out("  first screen of that run: findImages %d, thumbnail requests %d",
        lastFirst.findImagesSeen, lastFirst.thumbnailsSeen);

    // ---- summary ---------------------------------------------------------------------
    const double scrollP50 = percentile(allScroll, 50);
    const double scrollP99 = percentile(allScroll, 99);
    const double ratio = median(ratios);
    auto verdict = [](bool ok) { return ok ? "ok" : "MISSED"; };
    out("");
    out("Summary (nproc %d, Qt %s, %s)", int(std::thread::hardware_concurrency()), qVersion(),
        qPrintable(QGuiApplication::platformName()));
    out("%-44s %-22s %-10s %s", "figure", "measured", "target", "");
    out("%-44s %-22s %-10s %s", "1 first screen painted (median)",
        qPrintable(QStringLiteral("%1 ms").arg(median(firstScreens), 0, 'f', 0)), "-", "");
    out("%-44s %-22s %-10s %s", "2 floor (median) / ratio",
        qPrintable(
            QStringLiteral("%1 ms / %2x").arg(median(floors), 0, 'f', 0).arg(ratio, 0, 'f', 2)),
        "<= 1.5x", verdict(ratio <= 1.5));
    out("%-44s %-22s %-10s %s", "3 paint per frame p50 / p99",
        qPrintable(
            QStringLiteral("%1 / %2 ms").arg(scrollP50, 0, 'f', 2).arg(scrollP99, 0, 'f', 2)),
        "p99 <= 8", verdict(scrollP99 <= 8));
    out("%-44s %-22s %-10s %s", "4 thumbnails decoded per second (disk)",
        qPrintable(QStringLiteral("%1 /s").arg(diskRate, 0, 'f', 0)), "-", "");
    out("%-44s %-22s %-10s %s", "5 RSS after scrolling all rows",
        qPrintable(QStringLiteral("%1 MB").arg(rssAfterScroll, 0, 'f', 1)), "<= 300",
        verdict(rssAfterScroll <= 300));
    out("%-44s %-22s %-10s %s", "6 select all 100,000",
        qPrintable(QStringLiteral("%1 ms").arg(selectAllMs, 0, 'f', 0)), "<= 2000",
        verdict(selectAllMs >= 0 && selectAllMs <= 2000 && collected == kImages));
    out("total benchmark time: %.1f s; load average at the end: %s", nowMs() / 1000.0,
        loadAverage().constData());

    setup.meter.reset();
    setup.window.reset();
    return 0;
}
