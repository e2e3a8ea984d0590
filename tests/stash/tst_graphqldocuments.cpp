// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "graphqldocuments.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Stash;

namespace {

const QString kNode = QStringLiteral(TESSERA_NODE_EXECUTABLE);
const QString kValidator = QStringLiteral(TESSERA_FAKE_STASH_DIR "/validate-documents.js");

/// Names of the fragments a document defines, in order, duplicates kept.
QStringList definedFragments(const QString &document)
{
    static const QRegularExpression definition(
        QStringLiteral("(?:^|\\n)\\s*fragment\\s+([_A-Za-z][_0-9A-Za-z]*)\\s+on\\s+"));
    QStringList names;
    for (auto it = definition.globalMatch(document); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

/// The operation keyword and name at the start of a document (comments skipped).
QRegularExpressionMatch operationHeader(const QString &document)
{
    static const QRegularExpression header(
        QStringLiteral("^(?:\\s*#[^\\n]*\\n)*\\s*(query|mutation)\\s+([_A-Za-z][_0-9A-Za-z]*)"));
    return header.match(document);
}

QString documentFor(const QString &operation, bool modern)
{
    GraphQLDocuments documents;
    documents.setUseModernFragments(modern);
    return documents.operation(operation);
}

/// The document without its # comments (which may name fields it does not select).
QString selections(const QString &document)
{
    static const QRegularExpression comment(QStringLiteral("#[^\n]*"));
    return QString(document).remove(comment);
}

} // namespace

class TestGraphQLDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void operationNames();
    void spreadFragments();
    void assembled_data();
    void assembled();
    void modernAndLegacyDiffer();
    void slimFragmentIsTheSameOnBoth();
    void switchingVariantClearsTheCache();
    void validAgainstServerSchema_data();
    void validAgainstServerSchema();

private:
    QTemporaryDir m_dir;
};

void TestGraphQLDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestGraphQLDocuments::operationNames()
{
    const QStringList expected = {
        QStringLiteral("BulkUpdateImageIds"), QStringLiteral("BulkUpdateImages"),
        QStringLiteral("CreateImage"),        QStringLiteral("CreateTag"),
        QStringLiteral("DecrementImageO"),    QStringLiteral("DestroyImage"),
        QStringLiteral("DestroyImages"),      QStringLiteral("FindGalleries"),
        QStringLiteral("FindImage"),          QStringLiteral("FindImageFields"),
        QStringLiteral("FindImageIds"),       QStringLiteral("FindImages"),
        QStringLiteral("FindImagesStats"),    QStringLiteral("FindPerformers"),
        QStringLiteral("FindSavedFilters"),   QStringLiteral("FindStudios"),
        QStringLiteral("FindTags"),           QStringLiteral("IncrementImageO"),
        QStringLiteral("ResetImageO"),        QStringLiteral("ServerInfo"),
        QStringLiteral("UpdateImage"),        QStringLiteral("UpdateImages")};
    QStringList names = GraphQLDocuments::operationNames();
    names.sort();
    // Every operation StashClient sends, and fragments are not operations.
    QCOMPARE(names, expected);
}

void TestGraphQLDocuments::spreadFragments()
{
    const QString text = QStringLiteral(
        "query Q { a { ...One ... Two ... on ImageFile { x } ...One ...on VideoFile { y } } }");
    QCOMPARE(GraphQLDocuments::spreadFragments(text),
             (QStringList{QStringLiteral("One"), QStringLiteral("Two")}));
    QVERIFY(GraphQLDocuments::spreadFragments(QStringLiteral("query Q { id }")).isEmpty());
}

void TestGraphQLDocuments::assembled_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("modern");
    for (const QString &name : GraphQLDocuments::operationNames()) {
        QTest::addRow("%s legacy", qPrintable(name)) << name << false;
        QTest::addRow("%s modern", qPrintable(name)) << name << true;
    }
}

void TestGraphQLDocuments::assembled()
{
    QFETCH(QString, operation);
    QFETCH(bool, modern);
    const QString document = documentFor(operation, modern);
    QVERIFY(!document.isEmpty());

    // Exactly one operation, named like its file (the client sends it as operationName).
    const QRegularExpressionMatch header = operationHeader(document);
    QVERIFY2(header.hasMatch(), qPrintable(document.left(200)));
    QCOMPARE(header.captured(2), operation);
    static const QRegularExpression anyOperation(
        QStringLiteral("(?:^|\\n)\\s*(?:query|mutation|subscription)\\s+[_A-Za-z]"));
    QCOMPARE(document.count(anyOperation), 1);

    // Every spread resolves to exactly one definition, and nothing unused is sent
    // (graphql-js refuses unused fragments too).
    const QStringList spread = GraphQLDocuments::spreadFragments(document);
    const QStringList defined = definedFragments(document);
    for (const QString &name : spread)
        QVERIFY2(defined.count(name) == 1,
                 qPrintable(
                     QStringLiteral("...%1 defined %2 times").arg(name).arg(defined.count(name))));
    for (const QString &name : defined)
        QVERIFY2(spread.contains(name), qPrintable(QStringLiteral("%1 is never spread").arg(name)));

    // Balanced braces: no fragment file was cut short.
    QCOMPARE(document.count(QLatin1Char('{')), document.count(QLatin1Char('}')));
    // All data travels as variables: no literal arguments with quotes.
    QVERIFY(!selections(document).contains(QLatin1Char('"')));

    // The same object gives the same text again (cached), and a fresh object agrees.
    GraphQLDocuments documents;
    documents.setUseModernFragments(modern);
    QCOMPARE(documents.operation(operation), document);
    QCOMPARE(documents.operation(operation), document);
}

void TestGraphQLDocuments::modernAndLegacyDiffer()
{
    for (const char *op : {"FindImage", "UpdateImage", "CreateImage"}) {
        const QString legacy = selections(documentFor(QLatin1String(op), false));
        const QString modern = selections(documentFor(QLatin1String(op), true));
        QVERIFY2(legacy != modern, op);
        QVERIFY(definedFragments(legacy).contains(QStringLiteral("VisualFileData")));
        QVERIFY(definedFragments(modern).contains(QStringLiteral("VisualFileData")));
        // v0.29+ fields only in the modern variant.
        for (const char *field : {"parent_folder", "zip_file"}) {
            QVERIFY2(modern.contains(QLatin1String(field)), field);
            QVERIFY2(!legacy.contains(QLatin1String(field)), field);
        }
        static const QRegularExpression imageFileFormat(
            QStringLiteral("\\.\\.\\.\\s*on\\s+ImageFile\\s*\\{[^}]*\\bformat\\b"));
        QVERIFY(modern.contains(imageFileFormat));
        QVERIFY(!legacy.contains(imageFileFormat));
        // Both still describe clips.
        QVERIFY(legacy.contains(QStringLiteral("video_codec")));
        QVERIFY(modern.contains(QStringLiteral("video_codec")));
    }
}

void TestGraphQLDocuments::slimFragmentIsTheSameOnBoth()
{
    // The grid's documents are valid everywhere; nothing to switch.
    for (const char *op :
         {"FindImages", "BulkUpdateImages", "UpdateImages", "FindTags", "ServerInfo"})
        QCOMPARE(documentFor(QLatin1String(op), true), documentFor(QLatin1String(op), false));
    QVERIFY(
        !documentFor(QStringLiteral("FindImages"), true).contains(QStringLiteral("parent_folder")));
}

void TestGraphQLDocuments::switchingVariantClearsTheCache()
{
    GraphQLDocuments documents;
    QVERIFY(!documents.usesModernFragments());
    const QString legacy = documents.operation(QStringLiteral("FindImage"));
    documents.setUseModernFragments(true);
    QVERIFY(documents.usesModernFragments());
    const QString modern = documents.operation(QStringLiteral("FindImage"));
    QVERIFY(modern != legacy);
    QVERIFY(modern.contains(QStringLiteral("parent_folder")));
    documents.setUseModernFragments(false);
    QCOMPARE(documents.operation(QStringLiteral("FindImage")), legacy);
}

void TestGraphQLDocuments::validAgainstServerSchema_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("modern");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("withImageCreate");
    QTest::addColumn<bool>("valid");
    for (const QString &name : GraphQLDocuments::operationNames()) {
        const bool create = name == QLatin1String("CreateImage");
        QTest::addRow("%s 0.26.2 legacy", qPrintable(name))
            << name << false << "0.26.2" << create << true;
        QTest::addRow("%s 0.30.1 modern", qPrintable(name))
            << name << true << "0.30.1" << create << true;
    }
    // The legacy fragments stay valid on new servers.
    QTest::newRow("FindImage 0.30.1 legacy") << "FindImage" << false << "0.30.1" << false << true;
    // Negative rows: these prove the validator is real.
    QTest::newRow("FindImage 0.26.2 modern (must fail)")
        << "FindImage" << true << "0.26.2" << false << false;
    QTest::newRow("UpdateImage 0.26.2 modern (must fail)")
        << "UpdateImage" << true << "0.26.2" << false << false;
    QTest::newRow("CreateImage without imageCreate (must fail)")
        << "CreateImage" << true << "0.30.1" << false << false;
}

void TestGraphQLDocuments::validAgainstServerSchema()
{
    QFETCH(QString, operation);
    QFETCH(bool, modern);
    QFETCH(QString, version);
    QFETCH(bool, withImageCreate);
    QFETCH(bool, valid);
    QVERIFY2(QFile::exists(kValidator), qPrintable(kValidator + QStringLiteral(" is missing")));

    const QString path = m_dir.filePath(
        QStringLiteral("%1-%2-%3.graphql")
            .arg(operation, version, modern ? QStringLiteral("m") : QStringLiteral("l")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(documentFor(operation, modern).toUtf8());
    file.close();

    QStringList arguments{kValidator, QStringLiteral("--stash-version"), version};
    if (withImageCreate)
        arguments.append(QStringLiteral("--with-image-create"));
    arguments.append(path);
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(kNode, arguments);
    QVERIFY2(node.waitForStarted(10000), qPrintable(node.errorString()));
    QVERIFY2(node.waitForFinished(60000), "the validator did not finish");
    const QString output = QString::fromUtf8(node.readAll());
    QCOMPARE(node.exitStatus(), QProcess::NormalExit);
    if (valid) {
        QVERIFY2(node.exitCode() == 0, qPrintable(output));
    } else {
        // 1: validation errors (2 would be a usage error, which proves nothing).
        QVERIFY2(node.exitCode() == 1, qPrintable(output));
        // It failed for the reason we expect, not because it could not start.
        QVERIFY2(output.contains(QStringLiteral("Cannot query field")) ||
                     output.contains(QStringLiteral("Unknown type")),
                 qPrintable(output));
    }
}

QTEST_GUILESS_MAIN(TestGraphQLDocuments)
#include "tst_graphqldocuments.moc"
