// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// The outbox soak: thousands of mixed changes (ratings, titles, O-counter steps,
// bulk tag ADD/REMOVE) through one Outbox against tests/fake-stash failing 10 % of
// requests with HTTP 500, losing 5 % of answers after doing the work and sending
// 2 % malformed bodies. Part-way through, the sending process is killed with
// SIGKILL; a second process opens the same outbox and finishes. Then the server
// must hold exactly the intended state: 0 lost, 0 doubled.
//
//   outbox_soak [--ops N] [--seed S] [--kill-after-ms MS]   the whole run (ctest: 2,000 ops)
//   outbox_soak --child send|drain --url U --db F --ops N --seed S   one process of it

#include "awaitfuture.h"
#include "fakestash.h"
#include "outbox.h"
#include "stashclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Tessera;
using namespace Stash;

namespace {

constexpr int kImages = 40;
constexpr int kTags = 8;

/// One change of the plan, the same in every process for one seed.
struct Change
{
    enum class Kind { Rating, Title, OStep, TagAdd, TagRemove } kind;
    QStringList imageIds;
    int value = 0; ///< rating100, title number or tag id
};

QList<Change> planOf(int ops, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<Change> plan;
    plan.reserve(ops);
    const auto image = [&random] { return QString::number(random.bounded(1, kImages + 1)); };
    for (int i = 0; i < ops; ++i) {
        const int roll = random.bounded(100);
        Change change;
        if (roll < 40) {
            change = {Change::Kind::Rating, {image()}, random.bounded(1, 101)};
        } else if (roll < 60) {
            change = {Change::Kind::Title, {image()}, i};
        } else if (roll < 85) {
            change = {Change::Kind::OStep, {image()}, 0};
        } else {
            QSet<QString> ids;
            const int count = random.bounded(3, 21);
            while (ids.size() < count)
                ids.insert(image());
            change = {roll < 93 ? Change::Kind::TagAdd : Change::Kind::TagRemove,
                      QStringList(ids.cbegin(), ids.cend()), random.bounded(1, kTags + 1)};
        }
        plan.append(change);
    }
    return plan;
}

QString titleOf(int number)
{
    return QStringLiteral("Soak title %1").arg(number);
}

OutboxEntry entryOf(const Change &change, QHash<QString, int> &oCounters)
{
    OutboxEntry entry;
    entry.imageIds = change.imageIds;
    const QString id = change.imageIds.first();
    switch (change.kind) {
    case Change::Kind::Rating:
    case Change::Kind::Title: {
        QJsonObject input{{QStringLiteral("id"), id}};
        if (change.kind == Change::Kind::Rating)
            input.insert(QStringLiteral("rating100"), change.value);
        else
            input.insert(QStringLiteral("title"), titleOf(change.value));
        entry.kind = OutboxEntry::Kind::Update;
        entry.operation = QStringLiteral("UpdateImage");
        entry.variables = {{QStringLiteral("input"), input}};
        break;
    }
    case Change::Kind::OStep: {
        const int before = oCounters.value(id);
        oCounters[id] = before + 1;
        entry.kind = OutboxEntry::Kind::OStep;
        entry.operation = QStringLiteral("IncrementImageO");
        entry.variables = {{QStringLiteral("id"), id}};
        entry.restore = {{QStringLiteral("oBefore"), before},
                         {QStringLiteral("oAfter"), before + 1}};
        break;
    }
    case Change::Kind::TagAdd:
    case Change::Kind::TagRemove:
        entry.kind = OutboxEntry::Kind::BulkUpdate;
        entry.operation = QStringLiteral("BulkUpdateImageIds");
        entry.variables = {
            {QStringLiteral("input"),
             QJsonObject{
                 {QStringLiteral("ids"), QJsonArray::fromStringList(change.imageIds)},
                 {QStringLiteral("tag_ids"),
                  QJsonObject{{QStringLiteral("ids"), QJsonArray{QString::number(change.value)}},
                              {QStringLiteral("mode"), change.kind == Change::Kind::TagAdd
                                                           ? QStringLiteral("ADD")
                                                           : QStringLiteral("REMOVE")}}}}}};
        break;
    }
    return entry;
}

struct ImageState
{
    std::optional<int> rating;
    QString title;
    int oCounter = 0;
    QSet<QString> tags;
};

QHash<QString, ImageState> readState(StashClient &client)
{
    QHash<QString, ImageState> state;
    for (int i = 1; i <= kImages; ++i) {
        const QString id = QString::number(i);
        // The server may be failing on purpose: a read that fails is tried again.
        auto found = awaitFuture(client.findImage(id), 30000);
        for (int attempt = 0; !found && attempt < 50; ++attempt)
            found = awaitFuture(client.findImage(id), 30000);
        if (!found || !found.value()) {
            std::fprintf(stderr, "image %s could not be read\n", qPrintable(id));
            std::exit(20);
        }
        ImageState s{found.value()->rating100, found.value()->title, found.value()->oCounter, {}};
        for (const Tag &tag : found.value()->tags)
            s.tags.insert(tag.id);
        state.insert(id, s);
    }
    return state;
}

bool connect(StashClient &client, const QString &url)
{
    client.setEndpoint(ServerEndpoint(QUrl(url)));
    // The server fails on purpose; connecting is not the outbox's job, so just try again.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (awaitFuture(client.connectToServer(), 30000))
            return true;
    }
    return false;
}

/// One process: `send` enqueues the whole plan and sends until killed;
/// `drain` opens what is left and sends until nothing is.
int runChild(const QString &mode, const QString &url, const QString &db, int ops, quint32 seed)
{
    StashClient client;
    if (!connect(client, url))
        return 10;
    Outbox outbox(&client);
    outbox.setDelayScale(0.02); // 10 ms growing to 1.2 s: the same curve, faster
    if (!outbox.open(db)) {
        std::fprintf(stderr, "cannot open the outbox: %s\n", qPrintable(outbox.errorText()));
        return 11;
    }
    if (mode == QLatin1String("send")) {
        QHash<QString, int> oCounters;
        const QHash<QString, ImageState> initial = readState(client);
        for (auto it = initial.cbegin(); it != initial.cend(); ++it)
            oCounters.insert(it.key(), it->oCounter);
        QElapsedTimer timer;
        timer.start();
        for (const Change &change : planOf(ops, seed)) {
            if (!outbox.enqueue(entryOf(change, oCounters)))
                return 12;
        }
        std::printf("enqueued %d in %lld ms\n", ops, qint64(timer.elapsed()));
        std::fflush(stdout);
    } else {
        std::printf("left after the kill: %d\n", outbox.pendingCount());
        std::fflush(stdout);
    }
    int refused = 0;
    QObject::connect(&outbox, &Outbox::refused, [&refused](const OutboxEntry &, const Error &e) {
        ++refused;
        std::fprintf(stderr, "refused: %s\n", qPrintable(e.message()));
    });
    while (outbox.pendingCount() > 0)
        QTest::qWait(20);
    std::printf("drained, %d refused\n", refused);
    return refused == 0 ? 0 : 13;
}

int runDriver(int ops, quint32 seed, int killAfterMs)
{
    QElapsedTimer total;
    total.start();
    FakeStash server({QStringLiteral("--images"), QString::number(kImages)});
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorText()));
        return 2;
    }
    StashClient client;
    if (!connect(client, server.url().toString()))
        return 3;
    const QHash<QString, ImageState> initial = readState(client);

    // What the server must hold at the end.
    QHash<QString, ImageState> intended = initial;
    for (const Change &change : planOf(ops, seed)) {
        for (const QString &id : change.imageIds) {
            ImageState &s = intended[id];
            switch (change.kind) {
            case Change::Kind::Rating:
                s.rating = change.value;
                break;
            case Change::Kind::Title:
                s.title = titleOf(change.value);
                break;
            case Change::Kind::OStep:
                ++s.oCounter;
                break;
            case Change::Kind::TagAdd:
                s.tags.insert(QString::number(change.value));
                break;
            case Change::Kind::TagRemove:
                s.tags.remove(QString::number(change.value));
                break;
            }
        }
    }

    server.control({{QStringLiteral("failRate"), 0.10},
                    {QStringLiteral("dropAfterRate"), 0.05},
                    {QStringLiteral("malformedRate"), 0.02}});
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("outbox.sqlite"));
    const QStringList common = {QStringLiteral("--url"),  server.url().toString(),
                                QStringLiteral("--db"),   db,
                                QStringLiteral("--ops"),  QString::number(ops),
                                QStringLiteral("--seed"), QString::number(seed)};
    const QString self = QCoreApplication::applicationFilePath();

    QProcess sender;
    sender.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sender.start(self, QStringList{QStringLiteral("--child"), QStringLiteral("send")} + common);
    QByteArray said;
    const bool enqueued = QTest::qWaitFor(
        [&] {
            said += sender.readAllStandardOutput();
            return said.contains("enqueued") || sender.state() == QProcess::NotRunning;
        },
        120000);
    if (!enqueued || sender.state() != QProcess::Running) {
        std::fprintf(stderr, "the sender ended early: %s\n", said.constData());
        return 4;
    }
    std::fputs(said.constData(), stdout);
    QTest::qWait(killAfterMs);
    sender.kill(); // SIGKILL: nothing is closed, nothing is flushed
    sender.waitForFinished();

    QProcess drainer;
    drainer.setProcessChannelMode(QProcess::ForwardedChannels);
    drainer.start(self, QStringList{QStringLiteral("--child"), QStringLiteral("drain")} + common);
    if (!drainer.waitForFinished(300000) || drainer.exitCode() != 0) {
        std::fprintf(stderr, "the second process failed (exit %d)\n", drainer.exitCode());
        return 5;
    }

    server.control({{QStringLiteral("failRate"), 0},
                    {QStringLiteral("dropAfterRate"), 0},
                    {QStringLiteral("malformedRate"), 0}});
    const QJsonObject injected = server.stats().value(QStringLiteral("injected")).toObject();
    const QHash<QString, ImageState> now = readState(client);
    int wrong = 0;
    for (auto it = intended.cbegin(); it != intended.cend(); ++it) {
        const ImageState &want = it.value();
        const ImageState have = now.value(it.key());
        if (have.rating != want.rating || have.title != want.title ||
            have.oCounter != want.oCounter || have.tags != want.tags) {
            ++wrong;
            std::fprintf(stderr, "image %s: rating %d/%d title '%s'/'%s' O %d/%d tags %d/%d\n",
                         qPrintable(it.key()), have.rating.value_or(-1), want.rating.value_or(-1),
                         qPrintable(have.title), qPrintable(want.title), have.oCounter,
                         want.oCounter, int(have.tags.size()), int(want.tags.size()));
        }
    }
    std::printf("%d changes, %d images: %d wrong; injected %d HTTP 500, %d lost answers, "
                "%d malformed; %lld ms in all\n",
                ops, int(intended.size()), wrong, injected.value(QStringLiteral("fail")).toInt(),
                injected.value(QStringLiteral("dropAfter")).toInt(),
                injected.value(QStringLiteral("malformed")).toInt(), qint64(total.elapsed()));
    return wrong == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("child"), QStringLiteral("send or drain"), QStringLiteral("mode")},
         {QStringLiteral("url"), QStringLiteral("server"), QStringLiteral("url")},
         {QStringLiteral("db"), QStringLiteral("outbox file"), QStringLiteral("path")},
         {QStringLiteral("ops"), QStringLiteral("changes"), QStringLiteral("n"),
          QStringLiteral("2000")},
         {QStringLiteral("seed"), QStringLiteral("plan seed"), QStringLiteral("s"),
          QStringLiteral("20261203")},
         {QStringLiteral("kill-after-ms"), QStringLiteral("when to kill the sender"),
          QStringLiteral("ms"), QStringLiteral("1500")}});
    parser.process(app);
    const int ops = parser.value(QStringLiteral("ops")).toInt();
    const quint32 seed = parser.value(QStringLiteral("seed")).toUInt();
    if (parser.isSet(QStringLiteral("child")))
        return runChild(parser.value(QStringLiteral("child")), parser.value(QStringLiteral("url")),
                        parser.value(QStringLiteral("db")), ops, seed);
    return runDriver(ops, seed, parser.value(QStringLiteral("kill-after-ms")).toInt());
}
