// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "awaitfuture.h"
#include "modeltesthelpers.h"
#include "outbox.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;
using namespace Stash;

/// The outbox against tests/fake-stash and its faults: every change arrives,
/// in order per image, exactly once for O steps, also when answers are lost
/// after the server did the work and when Tessera stops half-way; refusals are
/// kept aside and never retried by themselves.
class tst_Outbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sendsEverythingInOrderAndForgetsIt();
    void lostAnswerOfAnOStepDoesNotCountTwice();
    void survivesFaultsWithExactResults();
    void refusalIsKeptAsideNotRetried();
    void restartSendsWhatWasLeftExactlyOnce();
    void closeKeepsEntriesAndIgnoresLateAnswers();
    void closedOutboxRefusesChanges();

private:
    static OutboxEntry rating(const QString &id, int rating100);
    static OutboxEntry increment(const QString &id, int before);
    std::unique_ptr<Outbox> newOutbox();
    bool drain(Outbox &outbox, int timeoutMs = 60000);
    Image serverImage(const QString &id);

    std::unique_ptr<FakeStash> m_server;
    std::unique_ptr<StashClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

OutboxEntry tst_Outbox::rating(const QString &id, int rating100)
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Update;
    entry.operation = QStringLiteral("UpdateImage");
    entry.variables = {
        {QStringLiteral("input"),
         QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("rating100"), rating100}}}};
    entry.imageIds = {id};
    return entry;
}

OutboxEntry tst_Outbox::increment(const QString &id, int before)
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::OStep;
    entry.operation = QStringLiteral("IncrementImageO");
    entry.variables = {{QStringLiteral("id"), id}};
    entry.imageIds = {id};
    entry.restore = {{QStringLiteral("oBefore"), before}, {QStringLiteral("oAfter"), before + 1}};
    return entry;
}

void tst_Outbox::initTestCase()
{
    const QString why = ModelTestHelpers::startServerAndClient(m_server, m_client, 60);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_Outbox::init()
{
    QVERIFY(m_server->reset());
    QVERIFY(m_server->control({{QStringLiteral("failRate"), 0},
                               {QStringLiteral("dropRate"), 0},
                               {QStringLiteral("malformedRate"), 0},
                               {QStringLiteral("dropAfterRate"), 0},
                               {QStringLiteral("latencyMs"), 0}}));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_Outbox::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Outbox> tst_Outbox::newOutbox()
{
    auto outbox = std::make_unique<Outbox>(m_client.get());
    outbox->setDelayScale(0.02); // 10 ms growing to 1.2 s, not 0.5 s to 60 s
    if (!outbox->open(m_dir->filePath(QStringLiteral("outbox.sqlite")))) {
        qWarning("%s", qPrintable(outbox->errorText()));
        return nullptr;
    }
    return outbox;
}

bool tst_Outbox::drain(Outbox &outbox, int timeoutMs)
{
    return QTest::qWaitFor([&] { return outbox.pendingCount() == 0; }, timeoutMs);
}

Image tst_Outbox::serverImage(const QString &id)
{
    const auto found = awaitFuture(m_client->findImage(id));
    return found && found.value() ? *found.value() : Image();
}

void tst_Outbox::sendsEverythingInOrderAndForgetsIt()
{
    auto outbox = newOutbox();
    QVERIFY(outbox);
    QSignalSpy confirmed(outbox.get(), &Outbox::confirmed);
    // Ten values per image, three images: only the order per image makes the last one stick.
    for (int round = 1; round <= 10; ++round) {
        for (const QString &id : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")})
            QVERIFY(outbox->enqueue(rating(id, round * 10 - id.toInt())));
    }
    QCOMPARE(outbox->pendingCount(), 30);
    QVERIFY(drain(*outbox));
    QCOMPARE(confirmed.count(), 30);
    QHash<QString, qint64> last;
    for (const QList<QVariant> &args : std::as_const(confirmed)) {
        const auto entry = args.first().value<OutboxEntry>();
        QVERIFY2(entry.sequence > last.value(entry.imageIds.first()), "overtaken");
        last[entry.imageIds.first()] = entry.sequence;
    }
    QCOMPARE(serverImage(QStringLiteral("1")).rating100, 99);
    QCOMPARE(serverImage(QStringLiteral("2")).rating100, 98);
    QCOMPARE(serverImage(QStringLiteral("3")).rating100, 97);

    outbox.reset();
    auto again = newOutbox();
    QVERIFY(again);
    QCOMPARE(again->pendingCount(), 0); // confirmed entries are gone from disk
}

void tst_Outbox::lostAnswerOfAnOStepDoesNotCountTwice()
{
    const int before = serverImage(QStringLiteral("7")).oCounter;
    auto outbox = newOutbox();
    QVERIFY(outbox);
    // The server counts it, then the connection drops before the answer.
    QVERIFY(m_server->control({{QStringLiteral("dropAfterNext"), 1}}));
    QSignalSpy retrying(outbox.get(), &Outbox::retrying);
    QVERIFY(outbox->enqueue(increment(QStringLiteral("7"), before)));
    QVERIFY(drain(*outbox));
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(serverImage(QStringLiteral("7")).oCounter, before + 1);
    QCOMPARE(m_server->stats()
                 .value(QStringLiteral("injected"))
                 .toObject()
                 .value(QStringLiteral("dropAfter"))
                 .toInt(),
             1);
}

void tst_Outbox::survivesFaultsWithExactResults()
{
    QHash<QString, int> oBefore;
    const QStringList ids = {QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"),
                             QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("16")};
    for (const QString &id : ids)
        oBefore[id] = serverImage(id).oCounter;
    QVERIFY(m_server->control({{QStringLiteral("failRate"), 0.1},
                               {QStringLiteral("dropRate"), 0.05},
                               {QStringLiteral("dropAfterRate"), 0.05},
                               {QStringLiteral("malformedRate"), 0.02}}));
    auto outbox = newOutbox();
    QVERIFY(outbox);
    QHash<QString, int> lastRating;
    QHash<QString, int> steps;
    QRandomGenerator random(4711);
    for (int i = 0; i < 300; ++i) {
        const QString id = ids[random.bounded(int(ids.size()))];
        if (random.bounded(3) == 0) {
            QVERIFY(outbox->enqueue(increment(id, oBefore[id] + steps[id])));
            ++steps[id];
        } else {
            const int value = random.bounded(1, 101);
            QVERIFY(outbox->enqueue(rating(id, value)));
            lastRating[id] = value;
        }
    }
    QVERIFY2(drain(*outbox, 90000), qPrintable(QString::number(outbox->pendingCount())));
    QVERIFY(outbox->refusedEntries().isEmpty());
    QVERIFY(m_server->control({{QStringLiteral("failRate"), 0},
                               {QStringLiteral("dropRate"), 0},
                               {QStringLiteral("dropAfterRate"), 0},
                               {QStringLiteral("malformedRate"), 0}}));
    const QJsonObject injected = m_server->stats().value(QStringLiteral("injected")).toObject();
    QVERIFY2(injected.value(QStringLiteral("dropAfter")).toInt() > 0, "no lost answers were tried");
    for (const QString &id : ids) {
        const Image image = serverImage(id);
        QCOMPARE(image.oCounter, oBefore[id] + steps[id]); // 0 lost, 0 doubled
        if (lastRating.contains(id))
            QCOMPARE(image.rating100, lastRating[id]);
    }
}

void tst_Outbox::refusalIsKeptAsideNotRetried()
{
    auto outbox = newOutbox();
    QVERIFY(outbox);
    QSignalSpy refused(outbox.get(), &Outbox::refused);
    const auto missing = outbox->enqueue(rating(QStringLiteral("987654"), 40));
    QVERIFY(missing);
    QVERIFY(outbox->enqueue(rating(QStringLiteral("5"), 60)));
    QVERIFY(drain(*outbox));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(outbox->refusedEntries().size(), 1);
    QVERIFY2(outbox->refusedEntries().first().refusal.contains(QStringLiteral("not found")),
             qPrintable(outbox->refusedEntries().first().refusal));
    QCOMPARE(serverImage(QStringLiteral("5")).rating100, 60);
    const int sent = m_server->stats()
                         .value(QStringLiteral("operations"))
                         .toObject()
                         .value(QStringLiteral("UpdateImage"))
                         .toInt();
    QTest::qWait(300);
    QCOMPARE(m_server->stats()
                 .value(QStringLiteral("operations"))
                 .toObject()
                 .value(QStringLiteral("UpdateImage"))
                 .toInt(),
             sent); // not sent again by itself

    // Still listed after a restart, until discarded.
    outbox.reset();
    outbox = newOutbox();
    QVERIFY(outbox);
    QCOMPARE(outbox->refusedEntries().size(), 1);
    QCOMPARE(outbox->pendingCount(), 0);
    outbox->discard(*missing);
    QVERIFY(outbox->refusedEntries().isEmpty());
    outbox.reset();
    outbox = newOutbox();
    QVERIFY(outbox->refusedEntries().isEmpty());
}

void tst_Outbox::restartSendsWhatWasLeftExactlyOnce()
{
    const QString stepped = QStringLiteral("21");
    const int before = serverImage(stepped).oCounter;
    {
        auto outbox = newOutbox();
        QVERIFY(outbox);
        outbox->setDelayScale(100); // the retry would come long after Tessera "died"
        QSignalSpy retrying(outbox.get(), &Outbox::retrying);
        QVERIFY(m_server->control({{QStringLiteral("dropAfterNext"), 1}}));
        QVERIFY(outbox->enqueue(increment(stepped, before)));
        QVERIFY(retrying.wait(10000)); // counted on the server, answer lost
        QVERIFY(m_server->control({{QStringLiteral("latencyMs"), 2000}}));
        for (int i = 0; i < 10; ++i)
            QVERIFY(outbox->enqueue(rating(QString::number(30 + i), 11 + i)));
        QTest::qWait(100); // requests on their way, none answered
        QCOMPARE(outbox->pendingCount(), 11);
    } // gone without a word, as in a crash
    QVERIFY(m_server->control({{QStringLiteral("latencyMs"), 0}}));
    auto outbox = newOutbox();
    QVERIFY(outbox);
    QCOMPARE(outbox->pendingCount(), 11);
    QVERIFY(outbox->pending().first().outcomeUnknown);
    QVERIFY(drain(*outbox));
    QCOMPARE(serverImage(stepped).oCounter, before + 1);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(serverImage(QString::number(30 + i)).rating100, 11 + i);
}

void tst_Outbox::closeKeepsEntriesAndIgnoresLateAnswers()
{
    // A slow server: the request is under way when the outbox closes (a switch of server).
    QVERIFY(m_server->control({{QStringLiteral("latencyMs"), 400}}));
    auto outbox = newOutbox();
    QVERIFY(outbox);
    QSignalSpy confirmed(outbox.get(), &Outbox::confirmed);
    QVERIFY(outbox->enqueue(increment(QStringLiteral("4"), 0)));
    QTest::qWait(100);
    outbox->close();
    QVERIFY(!outbox->isOpen());
    QCOMPARE(outbox->pendingCount(), 0);
    QTest::qWait(600); // the answer arrives and must be ignored
    QCOMPARE(confirmed.count(), 0);

    // Opened again, the entry is there, its outcome unknown: read back, not counted twice.
    QVERIFY(m_server->control({{QStringLiteral("latencyMs"), 0}}));
    QVERIFY(outbox->open(m_dir->filePath(QStringLiteral("outbox.sqlite"))));
    QCOMPARE(outbox->pendingCount(), 1);
    QVERIFY(outbox->pending().first().outcomeUnknown);
    QVERIFY(drain(*outbox));
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(serverImage(QStringLiteral("4")).oCounter, 1);
}

void tst_Outbox::closedOutboxRefusesChanges()
{
    Outbox outbox(m_client.get());
    QVERIFY(!outbox.enqueue(rating(QStringLiteral("1"), 20)));
    QVERIFY(!outbox.errorText().isEmpty());
    QVERIFY(outbox.open(QString::fromLatin1(Outbox::InMemory)));
    QVERIFY(outbox.enqueue(rating(QStringLiteral("1"), 20)));
    QVERIFY(drain(outbox));
    QCOMPARE(serverImage(QStringLiteral("1")).rating100, 20);
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
