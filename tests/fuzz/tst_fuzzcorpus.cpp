// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "replyprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

/// Replays tests/fuzz/corpus through everything that reads a server's answer
/// (the fuzz target's own code), with the inputs that once failed among them
/// (issue 12). None may crash, hang or take long; under ./scripts/test
/// --sanitize none may show undefined behaviour or leak. A file's name says
/// what it must give: "refused-" an Error from the reply interpreter,
/// "decode-error-" a root field (findImage, findImages, findTags) the client
/// refuses to read (a number out of range, a wrong type: a Decode error, not
/// a wrong value), "ok-" root fields read as they are; "mixed-" only that
/// nothing misbehaves.
class tst_FuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replays_data();
    void replays();
};

void tst_FuzzCorpus::replays_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(TESSERA_FUZZ_CORPUS));
    const QStringList names = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY2(names.size() >= 20, "the corpus is missing");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << corpus.filePath(name);
}

void tst_FuzzCorpus::replays()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    const QString name = QFileInfo(path).fileName();
    QElapsedTimer clock;
    clock.start();
    const ReplyProbe::Outcome outcome = ReplyProbe::run(body);
    QVERIFY2(clock.elapsed() < 5000, "one answer took seconds");
    if (name.startsWith(QLatin1String("refused-"))) {
        QVERIFY(!outcome.interpreted);
    } else if (name.startsWith(QLatin1String("decode-error-"))) {
        QVERIFY(outcome.interpreted);
        QVERIFY2(outcome.rootFieldsRefused > 0, "an out-of-range or mistyped value was accepted");
    } else if (name.startsWith(QLatin1String("ok-"))) {
        QVERIFY(outcome.interpreted);
        QCOMPARE(outcome.rootFieldsRefused, 0);
    } else {
        QVERIFY2(name.startsWith(QLatin1String("mixed-")), "the name says nothing to expect");
    }
    QVERIFY(!outcome.interpreted || outcome.decodersRun > 0);
}

QTEST_GUILESS_MAIN(tst_FuzzCorpus)
#include "tst_fuzzcorpus.moc"
