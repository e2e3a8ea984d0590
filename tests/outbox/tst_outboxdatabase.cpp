// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "outboxdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

/// The outbox on disk: what is written is read back in order after the file
/// is closed (as after a crash), removal is final, an unreadable file is moved
/// aside and kept, a newer format is left alone, a place that cannot be written
/// is reported and nothing is pretended.
class tst_OutboxDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void writtenEntriesReadBackInOrder();
    void survivesAKilledProcess();
    void removalIsFinal();
    void sendStateIsKept();
    void replacedVariablesAreKept();
    void unreadableFileIsMovedAsideAndKept();
    void newerFormatIsLeftAlone();
    void unwritablePlaceIsReported();
    void appendOnAClosedOutboxFails();

private:
    static OutboxEntry rating(const QString &id, int rating100);
    QString pathOf(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

OutboxEntry tst_OutboxDatabase::rating(const QString &id, int rating100)
{
    OutboxEntry entry;
    entry.kind = OutboxEntry::Kind::Update;
    entry.operation = QStringLiteral("ImageUpdate");
    entry.variables = {
        {QStringLiteral("input"),
         QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("rating100"), rating100}}}};
    entry.imageIds = {id};
    entry.restore = {{QStringLiteral("text"), QStringLiteral("Rate %1").arg(id)}};
    return entry;
}

void tst_OutboxDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_OutboxDatabase::writtenEntriesReadBackInOrder()
{
    QList<OutboxEntry> written;
    {
        OutboxDatabase db;
        QVERIFY2(db.open(pathOf(QStringLiteral("profile/outbox.sqlite"))),
                 qPrintable(db.errorText()));
        QVERIFY(db.movedAsidePath().isEmpty());
        for (int i = 0; i < 50; ++i) {
            OutboxEntry entry = rating(QString::number(i % 7 + 1), i);
            if (i % 10 == 3) {
                entry.kind = OutboxEntry::Kind::OStep;
                entry.operation = QStringLiteral("ImageIncrementO");
                entry.variables = {{QStringLiteral("id"), entry.imageIds.first()}};
            }
            if (i % 10 == 5) {
                entry.kind = OutboxEntry::Kind::BulkUpdate;
                entry.operation = QStringLiteral("BulkImageUpdate");
                entry.imageIds = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
            }
            const std::optional<qint64> sequence = db.append(entry);
            QVERIFY2(sequence, qPrintable(db.errorText()));
            entry.sequence = *sequence;
            written.append(entry);
        }
        QCOMPARE(db.count(), 50);
    }
    OutboxDatabase again;
    QVERIFY2(again.open(pathOf(QStringLiteral("profile/outbox.sqlite"))),
             qPrintable(again.errorText()));
    const QList<OutboxEntry> read = again.entries();
    QCOMPARE(read.size(), written.size());
    for (int i = 0; i < read.size(); ++i) {
        QVERIFY(i == 0 || read[i].sequence > read[i - 1].sequence);
        QCOMPARE(read[i].sequence, written[i].sequence);
        QCOMPARE(read[i].kind, written[i].kind);
        QCOMPARE(read[i].operation, written[i].operation);
        QCOMPARE(read[i].variables, written[i].variables);
        QCOMPARE(read[i].imageIds, written[i].imageIds);
        QCOMPARE(read[i].restore, written[i].restore);
        QVERIFY(read[i].created.isValid());
        QCOMPARE(read[i].attempts, 0);
        QVERIFY(!read[i].outcomeUnknown);
    }
}

void tst_OutboxDatabase::survivesAKilledProcess()
{
    // What a child process wrote and confirmed is there although it was killed
    // without closing anything: the child is this test binary itself, writing
    // entries and then sleeping until SIGKILL.
    if (qEnvironmentVariableIsSet("TESSERA_OUTBOX_CHILD")) {
        OutboxDatabase db;
        if (!db.open(qEnvironmentVariable("TESSERA_OUTBOX_CHILD")))
            ::exit(2);
        for (int i = 0; i < 20; ++i) {
            if (!db.append(rating(QString::number(i), i)))
                ::exit(3);
        }
        std::fputs("written\n", stdout);
        std::fflush(stdout);
        QTest::qSleep(60000);
        ::exit(0);
    }
    const QString path = pathOf(QStringLiteral("killed.sqlite"));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TESSERA_OUTBOX_CHILD"), path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("survivesAKilledProcess")});
    QVERIFY(child.waitForStarted());
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += child.readAllStandardOutput()).contains("written\n") ||
                                  child.state() == QProcess::NotRunning,
                              output.constData(), 15000);
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL: no destructor, no close
    QVERIFY(child.waitForFinished());

    OutboxDatabase db;
    QVERIFY2(db.open(path), qPrintable(db.errorText()));
    const QList<OutboxEntry> read = db.entries();
    QCOMPARE(read.size(), 20);
    QCOMPARE(read.last().imageIds, QStringList{QStringLiteral("19")});
}

void tst_OutboxDatabase::removalIsFinal()
{
    const QString path = pathOf(QStringLiteral("outbox.sqlite"));
    qint64 second = 0;
    {
        OutboxDatabase db;
        QVERIFY(db.open(path));
        const auto first = db.append(rating(QStringLiteral("1"), 20));
        second = db.append(rating(QStringLiteral("2"), 40)).value_or(0);
        const auto third = db.append(rating(QStringLiteral("3"), 60));
        QVERIFY(first && second && third);
        QVERIFY(db.remove(*first));
        QVERIFY(db.remove(*third));
        QCOMPARE(db.count(), 1);
    }
    OutboxDatabase db;
    QVERIFY(db.open(path));
    const QList<OutboxEntry> read = db.entries();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().sequence, second);
    // A sequence is never given twice, even after the highest one was removed.
    QVERIFY(db.remove(second));
    const auto next = db.append(rating(QStringLiteral("4"), 80));
    QVERIFY(next);
    QVERIFY(*next > second + 1);
}

void tst_OutboxDatabase::sendStateIsKept()
{
    const QString path = pathOf(QStringLiteral("outbox.sqlite"));
    qint64 sent = 0;
    qint64 refused = 0;
    {
        OutboxDatabase db;
        QVERIFY(db.open(path));
        sent = db.append(rating(QStringLiteral("1"), 20)).value_or(0);
        refused = db.append(rating(QStringLiteral("2"), 40)).value_or(0);
        QVERIFY(sent && refused);
        QVERIFY(db.beginSend(sent));
        QVERIFY(db.beginSend(sent)); // retried once
        QVERIFY(db.beginSend(refused));
        QVERIFY(db.settleUnsent(refused));
    }
    OutboxDatabase db;
    QVERIFY(db.open(path));
    const QList<OutboxEntry> read = db.entries();
    QCOMPARE(read.size(), 2);
    QCOMPARE(read[0].attempts, 2);
    QVERIFY(read[0].outcomeUnknown); // after a crash: check the server before sending again
    QCOMPARE(read[1].attempts, 1);
    QVERIFY(!read[1].outcomeUnknown);
}

void tst_OutboxDatabase::replacedVariablesAreKept()
{
    const QString path = pathOf(QStringLiteral("outbox.sqlite"));
    OutboxEntry step = rating(QStringLiteral("9"), 0);
    step.kind = OutboxEntry::Kind::OStep;
    const QJsonObject reduced{{QStringLiteral("id"), QStringLiteral("9")},
                              {QStringLiteral("steps"), 2}};
    {
        OutboxDatabase db;
        QVERIFY(db.open(path));
        const auto sequence = db.append(step);
        QVERIFY(sequence);
        QVERIFY(db.replaceVariables(*sequence, reduced));
    }
    OutboxDatabase db;
    QVERIFY(db.open(path));
    QCOMPARE(db.entries().value(0).variables, reduced);
}

void tst_OutboxDatabase::unreadableFileIsMovedAsideAndKept()
{
    const QString path = pathOf(QStringLiteral("outbox.sqlite"));
    const QByteArray garbage = QByteArray("this is not a database at all\n").repeated(200);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    OutboxDatabase db;
    QVERIFY2(db.open(path), qPrintable(db.errorText()));
    QVERIFY(!db.movedAsidePath().isEmpty());
    QVERIFY(db.movedAsidePath() != path);
    QFile aside(db.movedAsidePath());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage); // kept as it was, for whoever wants to look
    QCOMPARE(db.count(), 0);
    QVERIFY(db.append(rating(QStringLiteral("1"), 20)));
    QCOMPARE(db.count(), 1);
}

void tst_OutboxDatabase::newerFormatIsLeftAlone()
{
    const QString path = pathOf(QStringLiteral("outbox.sqlite"));
    {
        OutboxDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(db.append(rating(QStringLiteral("1"), 20)));
    }
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(
            QStringLiteral("PRAGMA user_version=%1").arg(OutboxDatabase::FormatVersion + 1));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    OutboxDatabase db;
    QVERIFY(!db.open(path));
    QVERIFY2(db.errorText().contains(QStringLiteral("newer Tessera")), qPrintable(db.errorText()));
    QVERIFY(db.movedAsidePath().isEmpty());
    QVERIFY(QFile::exists(path));
    QVERIFY(!db.append(rating(QStringLiteral("2"), 40)));
}

void tst_OutboxDatabase::unwritablePlaceIsReported()
{
    // A regular file where the folder should be: nothing can be created below it
    // (unlike file modes, this holds for root too, as on CI).
    const QString blocker = pathOf(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    OutboxDatabase db;
    QVERIFY(!db.open(blocker + QStringLiteral("/profile/outbox.sqlite")));
    QVERIFY2(!db.errorText().isEmpty(), "no reason given");
    QVERIFY(!db.isOpen());
    QVERIFY(!db.append(rating(QStringLiteral("1"), 20)));
    QVERIFY(!db.errorText().isEmpty());
}

void tst_OutboxDatabase::appendOnAClosedOutboxFails()
{
    OutboxDatabase db;
    QVERIFY(!db.append(rating(QStringLiteral("1"), 20)));
    QCOMPARE(db.count(), 0);
    QVERIFY(db.entries().isEmpty());
}

QTEST_GUILESS_MAIN(tst_OutboxDatabase)
#include "tst_outboxdatabase.moc"
