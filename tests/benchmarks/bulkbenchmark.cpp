// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// bulk_benchmark: one bulk edit ("add a tag") over 10,000 and 100,000 images
// against tests/fake-stash --images 100000, with BulkEditRunner (chunks of
// 500, id-only returns), and the same change sent as one imageUpdate per
// image the way a naive client would. See README.md.
//
// The client's own share is wall time minus the time during which at least
// one HTTP request was in flight. A QNetworkAccessManager subclass handed to
// StashClient sees every request at createRequest() (after the client built
// and serialised it) and every reply's finished() (its slot is connected
// first, so it runs before the client decodes the reply). Time with no
// request in flight is therefore the client's: building inputs, JSON,
// decoding, the preview, the store patch, the undo step, queueing.
// With several requests in flight at once (the per-image run keeps 6 going),
// client work done while *other* requests are in flight is hidden by this
// measure, so the process's CPU time (getrusage: all threads of this
// process; the server is another process) is printed as well.
//
// --per-image-100k also sends 100,000 single updates (about 2.5 minutes);
// without it, that row is the 10,000 run times ten, and says so.

#include "awaitfuture.h"
#include "bulkeditrunner.h"
#include "fakestash.h"
#include "imageeditor.h"
#include "imagestore.h"
#include "stashclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <deque>
#include <functional>

using namespace Tessera;

using namespace Stash;

namespace {

constexpr int kServerImages = 100000;
constexpr int kChunk = 500;
constexpr int kParallel = 6; ///< QNetworkAccessManager's connections per host
const QString kTag = QStringLiteral("17");

/// Counts requests and the time during which at least one is in flight.
class TimingNetwork final : public QNetworkAccessManager
{
public:
    TimingNetwork() { m_clock.start(); }

    void restart()
    {
        m_busyNs = 0;
        m_requests = 0;
        m_inFlight = 0;
        m_clock.restart();
    }
    double busySeconds() const { return double(m_busyNs) / 1e9; }
    int requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        ++m_requests;
        if (m_inFlight++ == 0)
            m_busySince = m_clock.nsecsElapsed();
        connect(reply, &QNetworkReply::finished, this, [this] {
            if (--m_inFlight == 0)
                m_busyNs += m_clock.nsecsElapsed() - m_busySince;
        });
        return reply;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_busySince = 0;
    qint64 m_busyNs = 0;
    int m_inFlight = 0;
    int m_requests = 0;
};

/// CPU seconds of this process (all threads, Qt's network thread included; the server is another
/// process).
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Row
{
    QString what;
    int images = 0;
    int requests = 0;
    double total = 0;
    double read = 0; ///< reading the current values (prepare, or the naive client's tag lists)
    double busy = 0;
    double cpu = 0; ///< the client process's CPU time during the run
    bool ok = false;
    QString note;
    double client() const { return total - busy; }
};

Row runBulk(StashClient *client, TimingNetwork *network, const QStringList &ids)
{
    Row row;
    row.what = QStringLiteral("BulkEditRunner, chunks of %1").arg(kChunk);
    row.images = int(ids.size());
    ImageStore store;
    ImageEditor editor(client, &store);
    BulkEditRunner runner(&editor);
    runner.setChunkSize(kChunk);
    BulkEdit edit;
    edit.text = QStringLiteral("Add tag");
    edit.change.tagIds = BulkList{BulkMode::Add, {kTag}};

    QEventLoop loop;
    QElapsedTimer timer;
    QObject::connect(&runner, &BulkEditRunner::prepared, &runner, [&] {
        row.read = timer.nsecsElapsed() / 1e9;
        runner.apply();
    });
    QObject::connect(&runner, &BulkEditRunner::failed, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &BulkEditRunner::finished, &loop, &QEventLoop::quit);
    network->restart();
    const double cpuStart = cpuSeconds();
    timer.start();
    runner.prepare(ids, edit);
    loop.exec();
    row.total = timer.nsecsElapsed() / 1e9;
    row.cpu = cpuSeconds() - cpuStart;
    row.busy = network->busySeconds();
    row.requests = network->requests();
    const BulkEditRunner::Report &report = runner.lastReport();
    row.ok = !report.error && report.applied.size() == ids.size();
    if (!row.ok)
        row.note = report.error ? report.error->message() : QStringLiteral("not all applied");
    return row;
}

/// One imageUpdate per image with the image's own tags plus the new one
/// (imageUpdate's tag_ids replaces the list), kParallel in flight.
Row runPerImage(StashClient *client, TimingNetwork *network, const QStringList &ids)
{
    Row row;
    row.what = QStringLiteral("imageUpdate per image, %1 in flight").arg(kParallel);
    row.images = int(ids.size());
    QElapsedTimer timer;
    network->restart();
    const double cpuStart = cpuSeconds();
    timer.start();

    // The naive client must know each list first: the same id-list reads as the runner.
    std::deque<std::pair<QString, QStringList>> work;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const Result<QList<Image>> found =
            awaitFuture(client->findImageFields(ids.mid(start, kChunk), {QStringLiteral("tags")}));
        if (!found) {
            row.note = found.error().message();
            return row;
        }
        for (const Image &image : found.value())
            work.emplace_back(image.id, image.tagIds());
    }
    row.read = timer.nsecsElapsed() / 1e9;

    QEventLoop loop;
    int inFlight = 0;
    int done = 0;
    int failures = 0;
    QObject context;
    std::function<void()> pump = [&] {
        while (inFlight < kParallel && !work.empty()) {
            auto [id, tags] = work.front();
            work.pop_front();
            if (!tags.contains(kTag))
                tags.append(kTag);
            ImageUpdate update;
            update.id = id;
            update.tagIds = tags;
            ++inFlight;
            auto *watcher = new QFutureWatcher<Result<Image>>(&context);
            QObject::connect(watcher, &QFutureWatcherBase::finished, &context, [&, watcher] {
                watcher->deleteLater();
                --inFlight;
                ++done;
                if (watcher->future().resultCount() == 0 || !watcher->future().result().ok())
                    ++failures;
                if (work.empty() && inFlight == 0)
                    loop.quit();
                else
                    pump();
            });
            watcher->setFuture(client->updateImage(update));
        }
    };
    pump();
    if (inFlight > 0)
        loop.exec();
    row.total = timer.nsecsElapsed() / 1e9;
    row.cpu = cpuSeconds() - cpuStart;
    row.busy = network->busySeconds();
    row.requests = network->requests();
    row.ok = failures == 0 && done == ids.size();
    if (!row.ok)
        row.note = QStringLiteral("%1 failed").arg(failures);
    return row;
}

/// How many images with an id up to `maxId` carry kTag on the server (a check that the run did its
/// job).
int countTagged(StashClient *client, int maxId)
{
    FindFilter countOnly;
    countOnly.perPage = 0;
    ImageFilter filter;
    HierarchicalCriterion tags;
    tags.value = {kTag};
    filter.tags = tags;
    IntCriterion upTo;
    upTo.value = maxId + 1;
    upTo.modifier = CriterionModifier::LessThan;
    filter.id = upTo;
    const Result<FindImagesResult> found = awaitFuture(client->findImages(countOnly, filter));
    return found ? found.value().count : -1;
}

void printRow(const Row &r)
{
    std::printf("| %-46s | %7d | %8d | %8.2f | %7.2f | %9.2f | %8.2f | %5.1f%% | %7.2f | %s\n",
                qPrintable(r.what), r.images, r.requests, r.total, r.read, r.busy, r.client(),
                r.total > 0 ? 100.0 * r.client() / r.total : 0.0, r.cpu, qPrintable(r.note));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool forcePerImage100k = app.arguments().contains(QStringLiteral("--per-image-100k"));
    const double perImageBudget = 120; // seconds a 100,000 per-image run may be expected to take

    FakeStash server({QStringLiteral("--images"), QString::number(kServerImages)});
    if (!server.start()) {
        std::fprintf(stderr, "fake-stash did not start: %s\n", qPrintable(server.errorText()));
        return 1;
    }
    TimingNetwork network;
    StashClient client(&network);
    client.setEndpoint(ServerEndpoint(server.url()));
    if (!awaitFuture(client.connectToServer()).ok()) {
        std::fprintf(stderr, "connect failed\n");
        return 1;
    }
    FindFilter all;
    all.perPage = -1;
    all.sort = QStringLiteral("id");
    const Result<ImageIdPage> page =
        awaitFuture(client.findImageIds(all)); // also warms the server up
    if (!page || page.value().ids.size() != kServerImages) {
        std::fprintf(stderr, "select-all failed\n");
        return 1;
    }
    const QStringList ids = page.value().ids;
    const QStringList first10k = ids.mid(0, 10000);

    std::printf("bulk_benchmark: fake-stash --images %d, tag %s, nproc %d, Qt %s\n", kServerImages,
                qPrintable(kTag), QThread::idealThreadCount(), qVersion());
    std::fflush(stdout);

    QList<Row> rows;
    const auto fresh = [&] {
        server.reset();
        awaitFuture(client.findImageIds(all)); // re-warm after the reset, outside the timings
    };
    const auto check = [&](Row &row, int expected) {
        const int tagged = countTagged(&client, expected);
        if (tagged != expected) {
            row.ok = false;
            row.note += QStringLiteral(" only %1 tagged").arg(tagged);
        }
    };

    fresh();
    Row bulk10k = runBulk(&client, &network, first10k);
    check(bulk10k, 10000);
    printRow(bulk10k);
    fresh();
    Row bulk100k = runBulk(&client, &network, ids);
    check(bulk100k, kServerImages);
    printRow(bulk100k);
    fresh();
    Row naive10k = runPerImage(&client, &network, first10k);
    check(naive10k, 10000);
    printRow(naive10k);
    std::fflush(stdout);

    Row naive100k;
    bool extrapolated = false;
    if (forcePerImage100k || naive10k.total * 10 <= perImageBudget) {
        fresh();
        naive100k = runPerImage(&client, &network, ids);
        check(naive100k, kServerImages);
    } else {
        extrapolated = true;
        naive100k = naive10k;
        naive100k.images = kServerImages;
        naive100k.requests *= 10;
        naive100k.total *= 10;
        naive100k.read *= 10;
        naive100k.busy *= 10;
        naive100k.cpu *= 10;
        naive100k.what = QStringLiteral("imageUpdate per image (10k x 10, EXTRAPOLATED)");
    }
    printRow(naive100k);

    std::printf("\n| run | images | requests | total s | read s | in flight s | client s (no "
                "request in flight) | client %% | client CPU s |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Row *r : {&bulk10k, &bulk100k, &naive10k, &naive100k})
        std::printf("| %s | %d | %d | %.2f | %.2f | %.2f | %.2f | %.1f%% | %.2f |%s\n",
                    qPrintable(r->what), r->images, r->requests, r->total, r->read, r->busy,
                    r->client(), r->total > 0 ? 100.0 * r->client() / r->total : 0.0, r->cpu,
                    r->ok || (r == &naive100k && extrapolated)
                        ? ""
                        : qPrintable(QStringLiteral(" FAILED: ") + r->note));
    std::printf("\nper-image / bulk, total time: 10,000: %.1fx; 100,000: %.1fx%s\n",
                naive10k.total / bulk10k.total, naive100k.total / bulk100k.total,
                extrapolated ? " (per-image 100,000 extrapolated from 10,000)" : "");
    std::printf(
        "per-image / bulk, client time with no request in flight: 10,000: %.1fx; 100,000: %.1fx\n",
        naive10k.client() / bulk10k.client(), naive100k.client() / bulk100k.client());
    std::printf("per-image / bulk, client CPU time: 10,000: %.1fx; 100,000: %.1fx\n",
                naive10k.cpu / bulk10k.cpu, naive100k.cpu / bulk100k.cpu);
    const bool ok = bulk10k.ok && bulk100k.ok && naive10k.ok && (extrapolated || naive100k.ok);
    return ok ? 0 : 1;
}
