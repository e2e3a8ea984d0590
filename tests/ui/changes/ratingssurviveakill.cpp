// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// The promise "no edit is ever lost", as a person meets it: in the real main
// window, 20 images are rated with the number keys while tests/fake-stash
// answers slowly and fails some requests (HTTP 500, answers lost after the work
// was done, bodies that are not JSON); the program is then killed with
// SIGKILL. Started again, it sends what was left, and at the end the server
// holds all 20 ratings and the window said how many were saved.
//
//   ratings_survive_a_kill                    the whole run (ctest)
//   ratings_survive_a_kill --child rate|restart --url U   one process of it
//
// Exit codes: 0 all 20 arrived and the person was told; else what went wrong.

#include "awaitfuture.h"
#include "changesender.h"
#include "fakestash.h"
#include "grid/imagegridview.h"
#include "imageeditor.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "mainwindow.h"
#include "notificationbar.h"
#include "outboxdatabase.h"
#include "session.h"
#include "settingsisolation.h"
#include "stashclient.h"
#include "translations.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Tessera;
using namespace Stash;

namespace {

constexpr int kRated = 20;

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// Settings and outbox of the test user, kept between the two processes (no clear()).
std::unique_ptr<MainWindow> openConnectedWindow(const QString &url)
{
    TestSettings::isolate(QStringLiteral("TesseraUiTests"), QStringLiteral("ratings_survive"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(qApp, QStringLiteral("en"));
    auto window = UiTest::openWindow(QDir::homePath() + QStringLiteral("/thumbnails"));
    QString why;
    if (!window || !UiTest::connectAndLoad(*window, QUrl(url), &why)) {
        std::fprintf(stderr, "no window: %s\n", qPrintable(why));
        return nullptr;
    }
    return window;
}

/// Rates rows 0–19 with the number keys, each to a value it does not hold,
/// says which, then goes on sending until it is killed.
int runRate(const QString &url)
{
    std::unique_ptr<MainWindow> window = openConnectedWindow(url);
    if (!window)
        return 20;
    ImageGridView *grid = window->grid();
    ImageListModel *model = window->model();
    if (!QTest::qWaitFor([&] { return model->isRowLoaded(kRated - 1); }, 20000))
        return 21;
    say("loaded");
    // The driver turns the faults on, then says go.
    QSocketNotifier go(STDIN_FILENO, QSocketNotifier::Read);
    bool started = false;
    QObject::connect(&go, &QSocketNotifier::activated, [&] {
        char buffer[16];
        (void)::read(STDIN_FILENO, buffer, sizeof buffer);
        started = true;
    });
    if (!QTest::qWaitFor([&] { return started; }, 30000))
        return 22;
    grid->setFocus();
    QJsonObject intended;
    for (int row = 0; row < kRated; ++row) {
        const QModelIndex index = model->index(row);
        grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        const QVariant rating = index.data(ImageListModel::Rating100Role);
        const int stars = rating.isValid() ? (rating.toInt() / 20) % 5 + 1 : 3;
        QTest::keyClick(grid, Qt::Key(Qt::Key_0 + stars));
        const QString id = model->idAt(row);
        if (index.data(ImageListModel::Rating100Role).toInt() != stars * 20) {
            std::fprintf(stderr, "row %d does not show the rating\n", row);
            return 23;
        }
        intended.insert(id, stars * 20);
    }
    say("rated " + QJsonDocument(intended).toJson(QJsonDocument::Compact) + ' ' +
        QByteArray::number(window->editor()->sender()->pendingCount()));
    QTest::qWait(600000); // until killed
    return 24;
}

/// Starts again with the same settings: waits until what was left is sent and the person told.
int runRestart(const QString &url)
{
    std::unique_ptr<MainWindow> window = openConnectedWindow(url);
    if (!window)
        return 30;
    const bool told = QTest::qWaitFor(
        [&] {
            return window->notifications()->text().contains(
                       QStringLiteral("made before Tessera closed")) &&
                   window->editor()->sender()->pendingCount() == 0;
        },
        90000);
    say("told " + window->notifications()->text().toUtf8());
    return told ? 0 : 31;
}

int runDriver()
{
    FakeStash server({QStringLiteral("--images"), QStringLiteral("60")});
    if (!server.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.errorText()));
        return 2;
    }
    QTemporaryDir home; // the test user's home: settings, outbox, thumbnails
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList common{QStringLiteral("--url"), server.url().toString()};

    QProcess rater;
    rater.setProcessEnvironment(env);
    rater.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    rater.start(self, QStringList{QStringLiteral("--child"), QStringLiteral("rate")} + common);
    QByteArray said;
    const auto waitFor = [&](const QByteArray &word, int ms) {
        return QTest::qWaitFor(
            [&] {
                said += rater.readAllStandardOutput();
                return said.contains(word) || rater.state() == QProcess::NotRunning;
            },
            ms);
    };
    if (!waitFor("loaded", 60000) || rater.state() != QProcess::Running) {
        std::fprintf(stderr, "the first window did not load: %s\n", said.constData());
        return 3;
    }
    // Slow, and failing now and then: the ratings are still on their way when it dies.
    // The first two requests fail with HTTP 500 and the third one's answer is
    // lost after the server made the change, whatever the dice say after that.
    server.control({{QStringLiteral("latencyMs"), 400},
                    {QStringLiteral("failNext"), 2},
                    {QStringLiteral("dropAfterNext"), 1},
                    {QStringLiteral("failRate"), 0.10},
                    {QStringLiteral("dropAfterRate"), 0.05},
                    {QStringLiteral("malformedRate"), 0.02}});
    rater.write("go\n");
    const bool rated = QTest::qWaitFor(
        [&] {
            said += rater.readAllStandardOutput();
            const qsizetype at = said.indexOf("rated ");
            return (at >= 0 && said.indexOf('\n', at) > at) ||
                   rater.state() == QProcess::NotRunning;
        },
        60000);
    if (!rated || rater.state() != QProcess::Running) {
        std::fprintf(stderr, "the ratings were not made: %s\n", said.constData());
        return 4;
    }
    QTest::qWait(1500); // some are answered (or fail) by then, most still wait
    said += rater.readAllStandardOutput();
    rater.kill(); // SIGKILL: nothing is closed, nothing is flushed
    rater.waitForFinished();
    // What the dead program left in its outbox: what the next start must send and count.
    int left = -1;
    QDirIterator files(home.path(), {QStringLiteral("*.sqlite")}, QDir::Files | QDir::Hidden,
                       QDirIterator::Subdirectories);
    if (files.hasNext()) {
        OutboxDatabase database;
        if (database.open(files.next()))
            left = database.count();
    }
    if (left <= 0) {
        std::fprintf(stderr, "nothing was left in the outbox (%d): the kill came too late\n", left);
        return 12;
    }
    const qsizetype from = said.indexOf("rated ") + 6;
    const QByteArray line = said.mid(from, said.indexOf('\n', from) - from);
    const QByteArray json = line.left(line.lastIndexOf(' '));
    const QJsonObject intended = QJsonDocument::fromJson(json).object();
    if (intended.size() != kRated) {
        std::fprintf(stderr, "could not read what was rated: %s\n", line.constData());
        return 5;
    }
    std::printf("rated %d images by key; %d still waiting when the program was killed\n", kRated,
                left);

    server.control({{QStringLiteral("latencyMs"), 100},
                    {QStringLiteral("failNext"), 0},
                    {QStringLiteral("dropAfterNext"), 0},
                    {QStringLiteral("failRate"), 0},
                    {QStringLiteral("dropAfterRate"), 0},
                    {QStringLiteral("malformedRate"), 0}});
    QProcess restarted;
    restarted.setProcessEnvironment(env);
    restarted.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    restarted.start(self,
                    QStringList{QStringLiteral("--child"), QStringLiteral("restart")} + common);
    if (!restarted.waitForFinished(150000)) {
        restarted.kill();
        std::fprintf(stderr, "the second start did not finish\n");
        return 6;
    }
    const QByteArray told = restarted.readAllStandardOutput().trimmed();
    std::printf("%s\n", told.constData());
    if (restarted.exitCode() != 0) {
        std::fprintf(stderr, "the second start failed (exit %d)\n", restarted.exitCode());
        return 7;
    }

    StashClient probe;
    probe.setEndpoint(ServerEndpoint(server.url()));
    if (!awaitFuture(probe.connectToServer(), 30000))
        return 8;
    int wrong = 0;
    for (auto it = intended.constBegin(); it != intended.constEnd(); ++it) {
        const Result<std::optional<Image>> found = awaitFuture(probe.findImage(it.key()));
        const int have = found && found.value() ? found.value()->rating100.value_or(-1) : -2;
        if (have != it.value().toInt()) {
            ++wrong;
            std::fprintf(stderr, "image %s: rating %d, wanted %d\n", qPrintable(it.key()), have,
                         it.value().toInt());
        }
    }
    const QJsonObject injected = server.stats().value(QStringLiteral("injected")).toObject();
    std::printf("faults injected: %s\n",
                QJsonDocument(injected).toJson(QJsonDocument::Compact).constData());
    std::printf("%d of %d ratings on the server\n", kRated - wrong, kRated);
    if (wrong > 0)
        return 9;
    if (injected.value(QStringLiteral("fail")).toInt() < 2 ||
        injected.value(QStringLiteral("dropAfter")).toInt() < 1) {
        std::fprintf(stderr, "the faults did not strike: the run proves nothing\n");
        return 10;
    }
    const QByteArray saying =
        left == 1
            ? QByteArray("1 change made before Tessera closed has now been saved")
            : QByteArray::number(left) + " changes made before Tessera closed have now been saved";
    if (!told.contains(saying)) {
        std::fprintf(stderr, "the person was not told that the %d left were saved\n", left);
        return 11;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("child"), QStringLiteral("rate or restart"), QStringLiteral("mode")},
         {QStringLiteral("url"), QStringLiteral("the server"), QStringLiteral("url")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("child"))) {
        const QString mode = parser.value(QStringLiteral("child"));
        const QString url = parser.value(QStringLiteral("url"));
        return mode == QLatin1String("rate") ? runRate(url) : runRestart(url);
    }
    return runDriver();
}
