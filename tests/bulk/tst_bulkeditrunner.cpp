// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "modeltesthelpers.h"
#include "awaitfuture.h"
#include "bulkeditrunner.h"

#include "fakestash.h"
#include "imageeditor.h"
#include "imagestore.h"
#include "stashclient.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace Tessera;

using namespace Stash;

namespace {

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QStringList idRange(int first, int count)
{
    QStringList ids;
    for (int n = first; n < first + count; ++n)
        ids.append(QString::number(n));
    return ids;
}

/// The list a test reads and writes for one field.
enum class ListKind { Tags, Performers, Galleries };

QStringList listOf(const Image &image, ListKind kind)
{
    switch (kind) {
    case ListKind::Tags:
        return image.tagIds();
    case ListKind::Performers:
        return image.performerIds();
    case ListKind::Galleries:
        return image.galleryIds();
    }
    return {};
}

/// What the list must be after the change, computed here independently of bulkedit.cpp.
QStringList expectedList(const QStringList &before, BulkMode mode, const QStringList &values)
{
    QSet<QString> set(before.cbegin(), before.cend());
    if (mode == BulkMode::Set)
        set = QSet<QString>(values.cbegin(), values.cend());
    for (const QString &v : values) {
        if (mode == BulkMode::Add)
            set.insert(v);
        else if (mode == BulkMode::Remove)
            set.remove(v);
    }
    return sorted(QStringList(set.cbegin(), set.cend()));
}

const QStringList kAllFields{QStringLiteral("rating"),     QStringLiteral("organized"),
                             QStringLiteral("studio"),     QStringLiteral("tags"),
                             QStringLiteral("performers"), QStringLiteral("galleries")};

} // namespace

Q_DECLARE_METATYPE(ListKind)
Q_DECLARE_METATYPE(Stash::BulkMode)

/// BulkEditRunner (with BulkEditCommand) against tests/fake-stash: every
/// mode on every list, scalars, select-all of 10,000, the preview, exact undo
/// and redo, cancel between chunks and a failure in the middle with retry.
/// Every check reads the server's values back.
class tst_BulkEditRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listModes_data();
    void listModes();
    void scalars_data();
    void scalars();
    void selectAllTenThousand();
    void previewAndExactUndoOfMixedStates();
    void cancelBetweenChunks();
    void failureInTheMiddleThenUndoRedoAndRetry_data();
    void failureInTheMiddleThenUndoRedoAndRetry();
    void refusedUndoLeavesTheStepDone();
    void retryCanceledWhileReadingDoesNotApplyLaterEdits();
    void passingReadFailuresAreReadAgain();

private:
    QHash<QString, Image> serverValues(const QStringList &ids);
    bool setOnServer(const QList<ImageUpdate> &updates);
    /// prepare + wait for prepared(); false on failure.
    bool prepare(const QStringList &ids, const BulkEdit &edit);
    /// apply + wait for finished().
    bool applyAndWait(int timeoutMs = 60000);
    bool settle(int timeoutMs = 60000);
    int rootCount(const QString &field);
    /// Ids (from 1 up) of images whose galleries are all manual ones (or none):
    /// the server refuses to change zip and folder galleries' contents.
    QStringList manualGalleryImages(int count);

    std::unique_ptr<FakeStash> m_server;
    std::unique_ptr<StashClient> m_client;
    std::unique_ptr<ImageStore> m_store;
    std::unique_ptr<ImageEditor> m_editor;
    std::unique_ptr<BulkEditRunner> m_runner;
};

void tst_BulkEditRunner::initTestCase()
{
    const QString why = ModelTestHelpers::startServerAndClient(m_server, m_client, 10000);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_BulkEditRunner::init()
{
    QVERIFY(m_server->reset());
    m_store = std::make_unique<ImageStore>();
    m_editor = std::make_unique<ImageEditor>(m_client.get(), m_store.get());
    m_runner = std::make_unique<BulkEditRunner>(m_editor.get());
}

void tst_BulkEditRunner::cleanup()
{
    if (m_editor)
        settle();
    m_runner.reset();
    m_editor.reset();
    m_store.reset();
}

QHash<QString, Image> tst_BulkEditRunner::serverValues(const QStringList &ids)
{
    QHash<QString, Image> out;
    // Large reads in pieces, to stay far from any request-size limit.
    for (qsizetype start = 0; start < ids.size(); start += 2000) {
        const Result<QList<Image>> found =
            awaitFuture(m_client->findImageFields(ids.mid(start, 2000), kAllFields));
        if (!found)
            return {};
        for (const Image &image : found.value())
            out.insert(image.id, image);
    }
    return out;
}

bool tst_BulkEditRunner::setOnServer(const QList<ImageUpdate> &updates)
{
    const Result<QList<Image>> done = awaitFuture(m_client->updateImages(updates));
    if (!done)
        qWarning("updateImages: %s", qPrintable(done.error().message()));
    return done.ok();
}

bool tst_BulkEditRunner::prepare(const QStringList &ids, const BulkEdit &edit)
{
    QSignalSpy prepared(m_runner.get(), &BulkEditRunner::prepared);
    QSignalSpy failed(m_runner.get(), &BulkEditRunner::failed);
    m_runner->prepare(ids, edit);
    if (!QTest::qWaitFor([&] { return !prepared.isEmpty() || !failed.isEmpty(); }, 60000))
        return false;
    return !prepared.isEmpty() && m_runner->isPrepared();
}

bool tst_BulkEditRunner::applyAndWait(int timeoutMs)
{
    QSignalSpy finished(m_runner.get(), &BulkEditRunner::finished);
    m_runner->apply();
    return finished.wait(timeoutMs) || !finished.isEmpty();
}

bool tst_BulkEditRunner::settle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_editor->isBusy(); }, timeoutMs);
}

int tst_BulkEditRunner::rootCount(const QString &field)
{
    return m_server->rootFieldCount(field);
}

QStringList tst_BulkEditRunner::manualGalleryImages(int count)
{
    QStringList out;
    const QHash<QString, Image> values = serverValues(idRange(1, 1000));
    for (int n = 1; n <= 1000 && out.size() < count; ++n) {
        const Image &image = values.value(QString::number(n));
        const QStringList galleries = image.galleryIds();
        if (std::all_of(galleries.cbegin(), galleries.cend(),
                        [](const QString &g) { return g.toInt() >= 31; }))
            out.append(QString::number(n));
    }
    return out;
}

void tst_BulkEditRunner::listModes_data()
{
    QTest::addColumn<ListKind>("kind");
    QTest::addColumn<BulkMode>("mode");
    // A and B are the values the images start with; the change uses A and C.
    QTest::addColumn<QStringList>("abc");
    const QStringList tags{QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13")};
    const QStringList performers{QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")};
    const QStringList galleries{QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("33")};
    QTest::newRow("tags ADD") << ListKind::Tags << BulkMode::Add << tags;
    QTest::newRow("tags REMOVE") << ListKind::Tags << BulkMode::Remove << tags;
    QTest::newRow("tags SET") << ListKind::Tags << BulkMode::Set << tags;
    QTest::newRow("performers ADD") << ListKind::Performers << BulkMode::Add << performers;
    QTest::newRow("performers REMOVE") << ListKind::Performers << BulkMode::Remove << performers;
    QTest::newRow("performers SET") << ListKind::Performers << BulkMode::Set << performers;
    QTest::newRow("galleries ADD") << ListKind::Galleries << BulkMode::Add << galleries;
    QTest::newRow("galleries REMOVE") << ListKind::Galleries << BulkMode::Remove << galleries;
    QTest::newRow("galleries SET") << ListKind::Galleries << BulkMode::Set << galleries;
}

void tst_BulkEditRunner::listModes()
{
    QFETCH(ListKind, kind);
    QFETCH(BulkMode, mode);
    QFETCH(QStringList, abc);
    const QString a = abc[0], b = abc[1], c = abc[2];
    const QStringList ids =
        kind == ListKind::Galleries ? manualGalleryImages(30) : idRange(101, 30);
    QCOMPARE(ids.size(), 30);

    // Mixed starting lists: {A}, {A, B}, {} and {B}.
    QList<ImageUpdate> setup;
    for (int i = 0; i < ids.size(); ++i) {
        const QStringList lists[] = {{a}, {a, b}, {}, {b}};
        ImageUpdate update;
        update.id = ids[i];
        const QStringList list = lists[i % 4];
        (kind == ListKind::Tags         ? update.tagIds
         : kind == ListKind::Performers ? update.performerIds
                                        : update.galleryIds) = list;
        setup.append(update);
    }
    QVERIFY(setOnServer(setup));
    const QHash<QString, Image> before = serverValues(ids);
    QCOMPARE(before.size(), ids.size());

    const QStringList values = mode == BulkMode::Remove ? QStringList{a} : QStringList{a, c};
    BulkEdit edit;
    edit.text = QStringLiteral("list edit");
    const BulkList list{mode, values};
    (kind == ListKind::Tags         ? edit.change.tagIds
     : kind == ListKind::Performers ? edit.change.performerIds
                                    : edit.change.galleryIds) = list;
    m_runner->setChunkSize(7);
    QVERIFY(prepare(ids, edit));

    // The preview counts from the server's values: A is held by half of them.
    const BulkPreview &preview = m_runner->preview();
    QCOMPARE(preview.total, 30);
    QVERIFY(!preview.values.isEmpty());
    const BulkPreview::ValueCount &forA = preview.values.first();
    int haveA = 0;
    for (const Image &image : before)
        haveA += listOf(image, kind).contains(a);
    if (mode == BulkMode::Remove) {
        QCOMPARE(forA.lose, haveA);
    } else {
        QCOMPARE(forA.gain, 30 - haveA);
        QCOMPARE(forA.already, haveA);
    }

    const int bulkBefore = rootCount(QStringLiteral("bulkImageUpdate"));
    QVERIFY(applyAndWait());
    const BulkEditRunner::Report report = m_runner->lastReport();
    QVERIFY2(!report.error, qPrintable(report.error ? report.error->message() : QString()));
    QCOMPARE(sorted(report.applied), sorted(ids));
    QVERIFY(report.notApplied.isEmpty());
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")) - bulkBefore, 5); // ceil(30 / 7)
    QCOMPARE(m_editor->undoStack()->count(), 1);

    QHash<QString, Image> now = serverValues(ids);
    for (const QString &id : ids)
        QCOMPARE(sorted(listOf(now.value(id), kind)),
                 expectedList(listOf(before.value(id), kind), mode, values));

    m_editor->undoStack()->undo();
    QVERIFY(settle());
    now = serverValues(ids);
    for (const QString &id : ids)
        QCOMPARE(sorted(listOf(now.value(id), kind)), sorted(listOf(before.value(id), kind)));

    m_editor->undoStack()->redo();
    QVERIFY(settle());
    now = serverValues(ids);
    for (const QString &id : ids)
        QCOMPARE(sorted(listOf(now.value(id), kind)),
                 expectedList(listOf(before.value(id), kind), mode, values));
}

void tst_BulkEditRunner::scalars_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("clear");
    QTest::newRow("rating 60") << QStringLiteral("rating") << false;
    QTest::newRow("rating cleared") << QStringLiteral("rating") << true;
    QTest::newRow("organized") << QStringLiteral("organized") << false;
    QTest::newRow("studio 9") << QStringLiteral("studio") << false;
    QTest::newRow("studio cleared") << QStringLiteral("studio") << true;
}

void tst_BulkEditRunner::scalars()
{
    QFETCH(QString, field);
    QFETCH(bool, clear);
    const QStringList ids = idRange(201, 24);
    QList<ImageUpdate> setup;
    for (int i = 0; i < ids.size(); ++i) {
        ImageUpdate update;
        update.id = ids[i];
        update.rating100 = i % 3 == 0 ? Tristate<int>::null() : Tristate<int>(i % 3 == 1 ? 40 : 80);
        update.organized = i % 2 == 0;
        update.studioId =
            i % 3 == 0 ? Tristate<QString>::null()
                       : Tristate<QString>(i % 3 == 1 ? QStringLiteral("3") : QStringLiteral("5"));
        setup.append(update);
    }
    QVERIFY(setOnServer(setup));
    const QHash<QString, Image> before = serverValues(ids);

    BulkEdit edit;
    edit.text = QStringLiteral("scalar edit");
    if (field == QLatin1String("rating"))
        edit.change.rating100 = clear ? Tristate<int>::null() : Tristate<int>(60);
    else if (field == QLatin1String("organized"))
        edit.change.organized = true;
    else
        edit.change.studioId =
            clear ? Tristate<QString>::null() : Tristate<QString>(QStringLiteral("9"));
    m_runner->setChunkSize(10);
    QVERIFY(prepare(ids, edit));
    QVERIFY(applyAndWait());
    QVERIFY(!m_runner->lastReport().error);
    QCOMPARE(m_runner->lastReport().applied.size(), ids.size());

    const auto check = [&](bool changed) {
        const QHash<QString, Image> now = serverValues(ids);
        for (const QString &id : ids) {
            const Image &was = before.value(id);
            const Image &is = now.value(id);
            // The touched field: the new value, or each image's own old one.
            if (field == QLatin1String("rating"))
                QCOMPARE(is.rating100,
                         changed ? (clear ? std::nullopt : std::optional<int>(60)) : was.rating100);
            else
                QCOMPARE(is.rating100, was.rating100);
            if (field == QLatin1String("organized"))
                QCOMPARE(is.organized, changed ? true : was.organized);
            else
                QCOMPARE(is.organized, was.organized);
            const std::optional<QString> wasStudio =
                was.studio ? std::optional(was.studio->id) : std::nullopt;
            const std::optional<QString> isStudio =
                is.studio ? std::optional(is.studio->id) : std::nullopt;
            if (field == QLatin1String("studio"))
                QCOMPARE(isStudio, changed
                                       ? (clear ? std::nullopt : std::optional(QStringLiteral("9")))
                                       : wasStudio);
            else
                QCOMPARE(isStudio, wasStudio);
            QCOMPARE(sorted(is.tagIds()), sorted(was.tagIds()));
        }
    };
    check(true);
    if (QTest::currentTestFailed())
        return;
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    check(false);
    if (QTest::currentTestFailed())
        return;
    m_editor->undoStack()->redo();
    QVERIFY(settle());
    check(true);
}

void tst_BulkEditRunner::selectAllTenThousand()
{
    FindFilter all;
    all.perPage = -1;
    all.sort = QStringLiteral("id");
    const Result<ImageIdPage> page = awaitFuture(m_client->findImageIds(all));
    QVERIFY(page.ok());
    const QStringList ids = page.value().ids;
    QCOMPARE(ids.size(), 10000);
    QCOMPARE(page.value().count, 10000);

    const QString tag = QStringLiteral("17");
    ImageFilter withTag;
    HierarchicalCriterion criterion;
    criterion.value = {tag};
    criterion.modifier = CriterionModifier::Includes;
    withTag.tags = criterion;
    FindFilter countOnly;
    countOnly.perPage = 0;
    const Result<FindImagesResult> countBefore =
        awaitFuture(m_client->findImages(countOnly, withTag));
    QVERIFY(countBefore.ok());
    QVERIFY(countBefore.value().count < 10000);

    BulkEdit edit;
    edit.text = QStringLiteral("Add tag 17 to 10,000 images");
    edit.change.tagIds = BulkList{BulkMode::Add, {tag}};
    QVERIFY(prepare(ids, edit));
    QCOMPARE(m_runner->preview().values.size(), 1);
    QCOMPARE(m_runner->preview().values[0].already, countBefore.value().count);
    QCOMPARE(m_runner->preview().values[0].gain, 10000 - countBefore.value().count);

    const int bulkBefore = rootCount(QStringLiteral("bulkImageUpdate"));
    QSignalSpy progress(m_runner.get(), &BulkEditRunner::progress);
    QVERIFY(applyAndWait(90000));
    QVERIFY(!m_runner->lastReport().error);
    QCOMPARE(m_runner->lastReport().applied.size(), 10000);
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")) - bulkBefore,
             10000 / BulkEditRunner::DefaultChunkSize);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 10000);
    // Sent with id-only returns (BulkUpdateImageIds), 500 ids per request.
    QCOMPARE(m_server->stats()
                 .value(QStringLiteral("operations"))
                 .toObject()
                 .value(QStringLiteral("BulkUpdateImages"))
                 .toInt(),
             0);
    const QJsonObject last = m_server->lastInput(QStringLiteral("BulkUpdateImageIds"));
    QCOMPARE(last.value(QStringLiteral("ids")).toArray().size(), BulkEditRunner::DefaultChunkSize);

    const Result<FindImagesResult> countAfter =
        awaitFuture(m_client->findImages(countOnly, withTag));
    QVERIFY(countAfter.ok());
    QCOMPARE(countAfter.value().count, 10000);
}

void tst_BulkEditRunner::previewAndExactUndoOfMixedStates()
{
    // One edit, two fields: add tag 21 and rate 60. Before: a third had the
    // tag; ratings null / 40 / 80 in a different rhythm.
    const QStringList ids = idRange(301, 30);
    const QString tag = QStringLiteral("21");
    QList<ImageUpdate> setup;
    int had = 0;
    for (int i = 0; i < ids.size(); ++i) {
        ImageUpdate update;
        update.id = ids[i];
        const bool has = i % 3 == 0;
        had += has;
        update.tagIds =
            has ? QStringList{QStringLiteral("2"), tag} : QStringList{QStringLiteral("2")};
        const int r = (i / 2) % 3;
        update.rating100 = r == 0 ? Tristate<int>::null() : Tristate<int>(r == 1 ? 40 : 80);
        setup.append(update);
    }
    QVERIFY(setOnServer(setup));
    const QHash<QString, Image> before = serverValues(ids);

    BulkEdit edit;
    edit.text = QStringLiteral("Tag and rate");
    edit.change.tagIds = BulkList{BulkMode::Add, {tag}};
    edit.change.rating100 = 60;
    Tag named;
    named.id = tag;
    named.name = QStringLiteral("beach");
    edit.tags = {named};
    m_runner->setChunkSize(8);
    QVERIFY(prepare(ids, edit));
    const QString text = m_runner->preview().describe();
    QVERIFY2(text.contains(QStringLiteral("beach")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 images gain it").arg(30 - had)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 already have it").arg(had)), qPrintable(text));
    int unchanged = 0;
    for (const Image &image : before)
        unchanged += image.rating100 == 60 && image.tagIds().contains(tag);
    QCOMPARE(m_runner->preview().changing, 30 - unchanged);

    QVERIFY(applyAndWait());
    QVERIFY(!m_runner->lastReport().error);
    QHash<QString, Image> now = serverValues(ids);
    for (const QString &id : ids) {
        QCOMPARE(now.value(id).rating100, std::optional<int>(60));
        QCOMPARE(now.value(id).tagIds().count(tag), 1);
    }

    const int bulkBefore = rootCount(QStringLiteral("bulkImageUpdate"));
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    now = serverValues(ids);
    for (const QString &id : ids) {
        QCOMPARE(now.value(id).rating100, before.value(id).rating100);
        QCOMPARE(sorted(now.value(id).tagIds()), sorted(before.value(id).tagIds()));
    }
    // Minimal: one SET per previous rating (three groups of 10, two chunks of 8
    // each) and one REMOVE for only the 20 that lacked the tag (three chunks).
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")) - bulkBefore, 3 * 2 + 3);
    const QJsonObject lastUndo = m_server->lastInput(QStringLiteral("BulkUpdateImageIds"));
    QCOMPARE(lastUndo.value(QStringLiteral("tag_ids"))
                 .toObject()
                 .value(QStringLiteral("mode"))
                 .toString(),
             QStringLiteral("REMOVE"));

    m_editor->undoStack()->redo();
    QVERIFY(settle());
    now = serverValues(ids);
    for (const QString &id : ids) {
        QCOMPARE(now.value(id).rating100, std::optional<int>(60));
        QCOMPARE(now.value(id).tagIds().count(tag), 1);
        QVERIFY(now.value(id).tagIds().contains(QStringLiteral("2")));
    }
}

void tst_BulkEditRunner::cancelBetweenChunks()
{
    const QStringList ids = idRange(1001, 1000);
    const QHash<QString, Image> before = serverValues(ids);
    BulkEdit edit;
    edit.text = QStringLiteral("Rate 33");
    edit.change.rating100 = 33;
    m_runner->setChunkSize(100);
    QVERIFY(prepare(ids, edit));
    QVERIFY(m_server->control({{QStringLiteral("latencyMs"), 50}}));

    // Cancel as soon as the first chunk is on the server.
    connect(m_runner.get(), &BulkEditRunner::progress, m_runner.get(), [this](int done, int) {
        if (done > 0)
            m_runner->cancel();
    });
    const int bulkBefore = rootCount(QStringLiteral("bulkImageUpdate"));
    QVERIFY(applyAndWait());
    QVERIFY(m_server->control({{QStringLiteral("latencyMs"), 0}}));
    const BulkEditRunner::Report report = m_runner->lastReport();
    QVERIFY(report.canceled);
    QVERIFY(!report.error);
    QCOMPARE(report.total, 1000);
    QVERIFY(report.applied.size() > 0);
    QVERIFY(report.applied.size() < 1000);
    QCOMPARE(report.applied.size() % 100, 0);
    QCOMPARE(report.applied.size() + report.notApplied.size(), 1000);
    QCOMPARE(report.applied, ids.mid(0, report.applied.size()));
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")) - bulkBefore,
             int(report.applied.size() / 100));

    const QSet<QString> applied(report.applied.cbegin(), report.applied.cend());
    QHash<QString, Image> now = serverValues(ids);
    for (const QString &id : ids)
        QCOMPARE(now.value(id).rating100,
                 applied.contains(id) ? std::optional<int>(33) : before.value(id).rating100);

    QCOMPARE(m_editor->undoStack()->count(), 1);
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    now = serverValues(ids);
    for (const QString &id : ids)
        QCOMPARE(now.value(id).rating100, before.value(id).rating100);
}

void tst_BulkEditRunner::failureInTheMiddleThenUndoRedoAndRetry_data()
{
    QTest::addColumn<bool>("rating");
    QTest::newRow("add tag") << false;
    QTest::newRow("set rating") << true;
}

void tst_BulkEditRunner::failureInTheMiddleThenUndoRedoAndRetry()
{
    QFETCH(bool, rating);
    const QStringList ids = idRange(2001, 1000);
    const QString tag = QStringLiteral("29");
    const int value = 77;
    const QHash<QString, Image> before = serverValues(ids);
    const auto changed = [&](const Image &image) {
        return rating ? image.rating100 == value : image.tagIds().count(tag) == 1;
    };
    const auto same = [&](const Image &a, const Image &b) {
        return a.rating100 == b.rating100 && sorted(a.tagIds()) == sorted(b.tagIds());
    };

    BulkEdit edit;
    edit.text = QStringLiteral("Big edit");
    if (rating)
        edit.change.rating100 = value;
    else
        edit.change.tagIds = BulkList{BulkMode::Add, {tag}};
    m_runner->setChunkSize(100);
    QVERIFY(prepare(ids, edit));
    QVERIFY(m_server->control({{QStringLiteral("failOperation"), QStringLiteral("bulkImageUpdate")},
                               {QStringLiteral("failOperationAfter"), 3}}));
    int bulkBefore = rootCount(QStringLiteral("bulkImageUpdate"));
    QVERIFY(applyAndWait());
    BulkEditRunner::Report report = m_runner->lastReport();
    QVERIFY(report.error);
    QVERIFY(!report.canceled);
    QCOMPARE(report.applied, ids.mid(0, 300));
    QCOMPARE(report.notApplied, ids.mid(300));
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")) - bulkBefore,
             4); // 3 taken, the 4th refused
    QVERIFY(m_server->control({{QStringLiteral("failOperation"), QJsonValue()}}));

    // The server has it on exactly the first 300.
    QHash<QString, Image> now = serverValues(ids);
    for (int i = 0; i < ids.size(); ++i) {
        const Image &is = now.value(ids[i]);
        if (i < 300)
            QVERIFY2(changed(is), qPrintable(ids[i]));
        else
            QVERIFY2(same(is, before.value(ids[i])), qPrintable(ids[i]));
    }

    // One undo step, covering exactly those 300.
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY2(m_editor->undoStack()->undoText().contains(QStringLiteral("300")),
             qPrintable(m_editor->undoStack()->undoText()));
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    now = serverValues(ids);
    for (const QString &id : ids)
        QVERIFY2(same(now.value(id), before.value(id)), qPrintable(id));
    m_editor->undoStack()->redo();
    QVERIFY(settle());
    now = serverValues(ids);
    for (int i = 0; i < ids.size(); ++i) {
        if (i < 300)
            QVERIFY2(changed(now.value(ids[i])), qPrintable(ids[i]));
        else
            QVERIFY2(same(now.value(ids[i]), before.value(ids[i])), qPrintable(ids[i]));
    }

    // Retry: the rest only, in 7 chunks, nothing sent twice.
    bulkBefore = rootCount(QStringLiteral("bulkImageUpdate"));
    QSignalSpy finished(m_runner.get(), &BulkEditRunner::finished);
    m_runner->retryRest();
    QVERIFY(finished.wait(60000));
    report = m_runner->lastReport();
    QVERIFY(!report.error);
    QCOMPARE(report.applied, ids.mid(300));
    QVERIFY(report.notApplied.isEmpty());
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")) - bulkBefore, 7);
    now = serverValues(ids);
    for (const QString &id : ids) {
        QVERIFY2(changed(now.value(id)), qPrintable(id));
        if (!rating)
            QCOMPARE(now.value(id).tagIds().count(tag), 1);
    }
    QCOMPARE(m_editor->undoStack()->count(), 2);

    // Undoing both steps restores everything.
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    now = serverValues(ids);
    for (const QString &id : ids)
        QVERIFY2(same(now.value(id), before.value(id)), qPrintable(id));
}

void tst_BulkEditRunner::refusedUndoLeavesTheStepDone()
{
    // The server refuses every chunk of an undo: the step stays done, as the
    // server holds it, and can be undone later (the same policy as a rating).
    const QStringList ids = idRange(4501, 250);
    const QHash<QString, Image> before = serverValues(ids);
    BulkEdit edit;
    edit.text = QStringLiteral("Rate 33");
    edit.change.rating100 = 33;
    m_runner->setChunkSize(100);
    QVERIFY(prepare(ids, edit));
    QVERIFY(applyAndWait());
    QCOMPARE(m_editor->undoStack()->index(), 1);
    QSignalSpy failed(m_editor.get(), &ImageEditor::changeFailed);
    QVERIFY(
        m_server->control({{QStringLiteral("failOperation"), QStringLiteral("bulkImageUpdate")}}));
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    QVERIFY(failed.count() >= 3); // each chunk says so (one per earlier value and 100 images)
    QCOMPARE(m_editor->undoStack()->index(), 1);
    QVERIFY(m_editor->undoStack()->canUndo());
    QVERIFY(m_server->control({{QStringLiteral("failOperation"), QJsonValue()}}));
    QHash<QString, Image> now = serverValues(ids);
    for (const QString &id : ids)
        QCOMPARE(now.value(id).rating100, std::optional<int>(33));

    // Undone once the server takes it.
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    QCOMPARE(m_editor->undoStack()->index(), 0);
    now = serverValues(ids);
    for (const QString &id : ids)
        QCOMPARE(now.value(id).rating100, before.value(id).rating100);
}

void tst_BulkEditRunner::retryCanceledWhileReadingDoesNotApplyLaterEdits()
{
    const QStringList ids = idRange(4001, 300);
    BulkEdit edit;
    edit.text = QStringLiteral("Rate 11");
    edit.change.rating100 = 11;
    m_runner->setChunkSize(100);
    QVERIFY(prepare(ids, edit));
    QVERIFY(m_server->control({{QStringLiteral("failOperation"), QStringLiteral("bulkImageUpdate")},
                               {QStringLiteral("failOperationAfter"), 1}}));
    QVERIFY(applyAndWait());
    QCOMPARE(m_runner->lastReport().applied.size(), 100);
    QVERIFY(m_server->control({{QStringLiteral("failOperation"), QJsonValue()}}));

    // Retry, but cancel while it reads: it ends there.
    QSignalSpy finished(m_runner.get(), &BulkEditRunner::finished);
    m_runner->retryRest();
    m_runner->cancel();
    QVERIFY(finished.wait(30000));
    QVERIFY(m_runner->lastReport().canceled);

    // A new edit is only prepared, never applied without apply().
    BulkEdit other;
    other.text = QStringLiteral("Rate 22");
    other.change.rating100 = 22;
    const int bulkBefore = rootCount(QStringLiteral("bulkImageUpdate"));
    QVERIFY(prepare(ids, other));
    QTest::qWait(300);
    QVERIFY(m_runner->isPrepared());
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")), bulkBefore);
    QCOMPARE(serverValues({ids.last()}).value(ids.last()).rating100 == 22, false);
    m_runner->cancel();
}

void tst_BulkEditRunner::passingReadFailuresAreReadAgain()
{
    // Two HTTP 500s and a dropped connection while reading the selection's
    // tags (as on a flaky network): the runner reads again by itself and
    // prepares, instead of giving the change up with "Could not read".
    BulkEdit edit;
    edit.text = QStringLiteral("Add tag 5");
    edit.change.tagIds = BulkList{BulkMode::Add, {QStringLiteral("5")}};
    QVERIFY(m_server->control({{QStringLiteral("failNext"), 2}}));
    QVERIFY(prepare(idRange(1, 1200), edit));
    QCOMPARE(m_server->injected(QStringLiteral("fail")), 2);
    QVERIFY(m_server->control({{QStringLiteral("dropNext"), 3}}));
    QVERIFY(prepare(idRange(1, 1200), edit));
    // A refusal is not read again: it fails at once.
    QVERIFY(m_server->control({{QStringLiteral("graphqlErrorNext"), 1}}));
    QSignalSpy failed(m_runner.get(), &BulkEditRunner::failed);
    m_runner->prepare(idRange(1, 1200), edit);
    QVERIFY(failed.wait(10000));
    QVERIFY(!m_runner->isPrepared());
}

QTEST_GUILESS_MAIN(tst_BulkEditRunner)
#include "tst_bulkeditrunner.moc"
