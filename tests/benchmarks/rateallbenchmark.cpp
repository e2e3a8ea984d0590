// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// rate_all_benchmark: "select all 100,000 results and press 3" (issue 10)
// against tests/fake-stash --images 100000: the time until the server holds
// the rating on every image, the requests and bytes that took, and the
// process's peak memory. Uses only what the editor offered before the outbox
// too (Session, Selection::selectAll, ImageEditor::setRating), so the same
// source builds at an older commit for a before/after pair. See README.md.
//
//   rate_all_benchmark [--images N] [--runs R]

#include "awaitfuture.h"
#include "fakestash.h"
#include "imageeditor.h"
#include "imagefilter.h"
#include "imagelistmodel.h"
#include "imagequery.h"
#include "selection.h"
#include "session.h"
#include "settingsisolation.h"
#include "stashclient.h"

#if __has_include("changesender.h")
#include "changesender.h"
#define TESSERA_HAS_OUTBOX 1
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Tessera;
using namespace Stash;

namespace {

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int serverCountRated(StashClient &probe, int rating100)
{
    FindFilter filter;
    filter.perPage = 0;
    ImageFilter images;
    images.rating100 = IntCriterion{rating100, std::nullopt, CriterionModifier::Equals};
    const Result<FindImagesResult> found = awaitFuture(probe.findImages(filter, images), 60000);
    return found ? found.value().count : -1;
}

struct Run
{
    double seconds = 0;
    int requests = 0;
    double megabytesIn = 0;
    long peakKb = 0;
    long peakGrowthKb = 0;
    int undoSteps = 0;
};

/// One press on a fresh session: all results selected, then 3 stars.
bool runOnce(FakeStash &server, int images, Run *run)
{
    if (!server.reset())
        return false;
    Session session;
    session.client()->setEndpoint(ServerEndpoint(server.url()));
    if (!awaitFuture(session.client()->connectToServer(), 30000))
        return false;
#ifdef TESSERA_HAS_OUTBOX
    QTemporaryDir outboxes; // a file, as the program keeps it
    if (!session.openOutboxFor(server.url(), outboxes.path()))
        return false;
#endif
    session.images()->setQuery(ImageQuery());
    if (!QTest::qWaitFor([&] { return session.images()->isCountKnown(); }, 60000) ||
        session.images()->rowCount() != images)
        return false;
    session.selection()->selectAll();
    QStringList ids;
    session.selection()->withIds([&](const QStringList &all) { ids = all; });
    if (!QTest::qWaitFor([&] { return ids.size() == images; }, 120000))
        return false;

    StashClient probe;
    probe.setEndpoint(ServerEndpoint(server.url()));
    if (!awaitFuture(probe.connectToServer(), 30000))
        return false;
    const int rating = 60;
    if (serverCountRated(probe, rating) == images)
        return false; // nothing to measure

    qint64 bytesIn = 0;
    int requests = 0;
    QObject::connect(
        session.client()->network(), &QNetworkAccessManager::finished, [&](QNetworkReply *reply) {
            ++requests;
            bytesIn += reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        });
    const long peakBefore = peakRssKb();
    QElapsedTimer clock;
    clock.start();
    session.editor()->setRating(ids, rating, QStringLiteral("Rate all"));
    // Done when the editor has nothing on its way and the server holds them all.
    const bool done = QTest::qWaitFor(
        [&] { return !session.editor()->isBusy() && session.editor()->undoStack()->count() == 1; },
        900000);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    if (!done || serverCountRated(probe, rating) != images)
        return false;
    run->seconds = seconds;
    run->requests = requests;
    run->megabytesIn = double(bytesIn) / 1e6;
    run->peakKb = peakRssKb();
    run->peakGrowthKb = run->peakKb - peakBefore;
    run->undoSteps = session.editor()->undoStack()->count();
    return true;
}

template<typename T>
T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestSettings::isolate(QStringLiteral("TesseraBenchmarks"), QStringLiteral("rate_all"));
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("images"), QStringLiteral("images on the server"),
                        QStringLiteral("N"), QStringLiteral("100000")},
                       {QStringLiteral("runs"), QStringLiteral("runs (median reported)"),
                        QStringLiteral("R"), QStringLiteral("3")}});
    parser.process(app);
    const int images = parser.value(QStringLiteral("images")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    FakeStash server({QStringLiteral("--images"), QString::number(images)});
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorText()));
        return 2;
    }
    QList<double> seconds;
    QList<int> requests;
    QList<double> megabytes;
    QList<long> growth;
    long peak = 0;
    for (int i = 0; i < runs; ++i) {
        Run run;
        if (!runOnce(server, images, &run)) {
            std::fprintf(stderr, "run %d failed\n", i + 1);
            return 3;
        }
        std::printf("run %d: %.2f s, %d requests, %.1f MB received, peak RSS %.0f MB (+%.0f MB "
                    "during the change), %d undo step\n",
                    i + 1, run.seconds, run.requests, run.megabytesIn, double(run.peakKb) / 1024,
                    double(run.peakGrowthKb) / 1024, run.undoSteps);
        std::fflush(stdout);
        seconds.append(run.seconds);
        requests.append(run.requests);
        megabytes.append(run.megabytesIn);
        growth.append(run.peakGrowthKb);
        peak = std::max(peak, run.peakKb);
    }
    std::printf("median of %d: %.2f s until the server holds all %d, %d requests, %.1f MB "
                "received, peak RSS growth %.0f MB (process peak %.0f MB)\n",
                runs, median(seconds), images, median(requests), median(megabytes),
                double(median(growth)) / 1024, double(peak) / 1024);
    return 0;
}
