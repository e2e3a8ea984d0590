// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "modeltesthelpers.h"
#include "awaitfuture.h"
#include "changesender.h"
#include "imageeditor.h"

#include "fakestash.h"
#include "imagestore.h"
#include "outbox.h"
#include "stashclient.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Tessera;

using namespace Stash;

namespace {

Tristate<int> ratingValue(std::optional<int> rating100)
{
    return rating100 ? Tristate<int>(*rating100) : Tristate<int>::null();
}

Tag tagWithId(const QString &id)
{
    Tag tag;
    tag.id = id;
    tag.name = QStringLiteral("tag %1").arg(id);
    return tag;
}

} // namespace

/// ImageEditor against tests/fake-stash: each change is one undo step whose
/// undo restores every image's own previous values on the server; O-counter
/// clicks fold into one step; failures roll back and can be retried; changes
/// reach the server in the order they were made.
class tst_ImageEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ratingOfThreeIsOneBulkStepAndUndoesEachOwnValue();
    void clearingSendsNull_data();
    void clearingSendsNull();
    void organizedAndUndo();
    void editOfSeveralFieldsUndoesExactly_data();
    void editOfSeveralFieldsUndoesExactly();
    void oIncrementsMergeIntoOneStep();
    void oDecrementOrResetAtZeroPushesNoStep();
    void oResetUndoCountsBackUp();
    void failureRollsBackAndRetrySucceeds_data();
    void failureRollsBackAndRetrySucceeds();
    void passingFailuresAreRetriedBySelf_data();
    void passingFailuresAreRetriedBySelf();
    void oStepWithLostAnswerCountsOnce();
    void oOnSeveralImagesIsOneStep();
    void oFailureRollsBackWithoutStep();
    void failureOfMergedOIncrementKeepsStepExact();
    void failureOfStepDroppedFromStackIsHarmless();
    void orderIsKeptForImmediateUndo_data();
    void orderIsKeptForImmediateUndo();
    void unknownIdsAreFetchedAndUndoneExactly();
    void undoOfManySendsOneBulkChangePerValue();

private:
    Image serverImage(const QString &id);
    bool setOnServer(const ImageUpdate &update);
    bool setRatingOnServer(const QString &id, std::optional<int> rating100);
    bool setOOnServer(const QString &id, int value);
    bool load(const QStringList &ids);
    bool settle(int timeoutMs = 15000);
    int rootCount(const QString &field);
    QJsonObject lastInput(const QString &operation);

    std::unique_ptr<FakeStash> m_server;
    std::unique_ptr<StashClient> m_client;
    std::unique_ptr<ImageStore> m_store;
    std::unique_ptr<ImageEditor> m_editor;
};

void tst_ImageEditor::initTestCase()
{
    const QString why = ModelTestHelpers::startServerAndClient(m_server, m_client, 80);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void tst_ImageEditor::init()
{
    QVERIFY(m_server->reset());
    m_store = std::make_unique<ImageStore>();
    m_editor = std::make_unique<ImageEditor>(m_client.get(), m_store.get());
    m_editor->sender()->outbox()->setDelayScale(0.05); // retries in milliseconds, not seconds
}

void tst_ImageEditor::cleanup()
{
    // Let what is still queued finish before the editor goes (its replies are its children).
    if (m_editor)
        settle();
    m_editor.reset();
    m_store.reset();
}

Image tst_ImageEditor::serverImage(const QString &id)
{
    const Result<std::optional<Image>> found = awaitFuture(m_client->findImage(id));
    if (!found || !found.value())
        return Image();
    return *found.value();
}

bool tst_ImageEditor::setOnServer(const ImageUpdate &update)
{
    return awaitFuture(m_client->updateImage(update)).ok();
}

bool tst_ImageEditor::setRatingOnServer(const QString &id, std::optional<int> rating100)
{
    ImageUpdate update;
    update.id = id;
    update.rating100 = ratingValue(rating100);
    return setOnServer(update);
}

bool tst_ImageEditor::setOOnServer(const QString &id, int value)
{
    if (!awaitFuture(m_client->resetO(id)).ok())
        return false;
    for (int i = 0; i < value; ++i) {
        if (!awaitFuture(m_client->incrementO(id)).ok())
            return false;
    }
    return serverImage(id).oCounter == value;
}

bool tst_ImageEditor::load(const QStringList &ids)
{
    for (const QString &id : ids) {
        const Image image = serverImage(id);
        if (image.id != id)
            return false;
        m_store->insertOrUpdate(image, ImageStore::Detail::Full);
    }
    return true;
}

bool tst_ImageEditor::settle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_editor->isBusy(); }, timeoutMs);
}

int tst_ImageEditor::rootCount(const QString &field)
{
    return m_server->rootFieldCount(field);
}

QJsonObject tst_ImageEditor::lastInput(const QString &operation)
{
    return m_server->lastVariables(operation);
}

void tst_ImageEditor::ratingOfThreeIsOneBulkStepAndUndoesEachOwnValue()
{
    const QStringList ids{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    const QList<std::optional<int>> before{std::nullopt, 40, 80};
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY(setRatingOnServer(ids[i], before[i]));
    QVERIFY(load(ids));
    const int bulkBefore = rootCount(QStringLiteral("bulkImageUpdate"));
    const int singleBefore = rootCount(QStringLiteral("imageUpdate"));

    m_editor->setRating(ids, 60, QStringLiteral("Rate 3 images"));
    // Shown at once, one step.
    for (const QString &id : ids)
        QCOMPARE(m_store->find(id)->rating100, std::optional<int>(60));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("Rate 3 images"));
    QVERIFY(settle());
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")), bulkBefore + 1);
    QCOMPARE(rootCount(QStringLiteral("imageUpdate")), singleBefore);
    const QJsonObject bulk =
        lastInput(QStringLiteral("BulkUpdateImageIds")).value(QStringLiteral("input")).toObject();
    QCOMPARE(bulk.value(QStringLiteral("rating100")).toInt(), 60);
    QCOMPARE(bulk.value(QStringLiteral("ids")).toArray().size(), 3);
    for (const QString &id : ids)
        QCOMPARE(serverImage(id).rating100, std::optional<int>(60));

    // Undo: each image gets its own value back, null included.
    m_editor->undoStack()->undo();
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(m_store->find(ids[i])->rating100, before[i]);
    QVERIFY(settle());
    const QJsonArray updates =
        lastInput(QStringLiteral("UpdateImages")).value(QStringLiteral("input")).toArray();
    QCOMPARE(updates.size(), 3);
    const QJsonObject first = updates.at(0).toObject();
    QVERIFY2(first.contains(QStringLiteral("rating100")) &&
                 first.value(QStringLiteral("rating100")).isNull(),
             "an unrated image is restored with null");
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(serverImage(ids[i]).rating100, before[i]);
        QCOMPARE(m_store->find(ids[i])->rating100, before[i]);
    }
    QCOMPARE(m_editor->undoStack()->index(), 0);

    // Redo applies it again.
    m_editor->undoStack()->redo();
    QVERIFY(settle());
    for (const QString &id : ids)
        QCOMPARE(serverImage(id).rating100, std::optional<int>(60));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->index(), 1);
}

void tst_ImageEditor::clearingSendsNull_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("operation");
    QTest::newRow("one image") << QStringList{QStringLiteral("4")} << QStringLiteral("UpdateImage");
    QTest::newRow("three images") << QStringList{QStringLiteral("5"), QStringLiteral("6"),
                                                 QStringLiteral("7")}
                                  << QStringLiteral("BulkUpdateImageIds");
}

void tst_ImageEditor::clearingSendsNull()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, operation);
    QList<std::optional<int>> before;
    for (int i = 0; i < ids.size(); ++i) {
        before.append(20 * (i + 1));
        QVERIFY(setRatingOnServer(ids[i], before.last()));
    }
    QVERIFY(load(ids));

    m_editor->setRating(ids, std::nullopt, QStringLiteral("Clear"));
    QVERIFY(settle());
    const QJsonObject input = lastInput(operation).value(QStringLiteral("input")).toObject();
    QVERIFY2(input.contains(QStringLiteral("rating100")), "the rating must be sent");
    QVERIFY2(input.value(QStringLiteral("rating100")).isNull(), "clearing sends null, never 0");
    for (const QString &id : ids) {
        QCOMPARE(serverImage(id).rating100, std::nullopt);
        QCOMPARE(m_store->find(id)->rating100, std::nullopt);
    }

    m_editor->undoStack()->undo();
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(serverImage(ids[i]).rating100, before[i]);
}

void tst_ImageEditor::organizedAndUndo()
{
    const QStringList ids{QStringLiteral("8"), QStringLiteral("9")};
    ImageUpdate update;
    update.id = ids[0];
    update.organized = false;
    QVERIFY(setOnServer(update));
    update.id = ids[1];
    update.organized = true;
    QVERIFY(setOnServer(update));
    QVERIFY(load(ids));

    m_editor->setOrganized(ids, true, QStringLiteral("Mark organized"));
    QVERIFY(m_store->find(ids[0])->organized);
    QVERIFY(settle());
    QVERIFY(serverImage(ids[0]).organized);
    QVERIFY(serverImage(ids[1]).organized);
    QCOMPARE(m_editor->undoStack()->count(), 1);

    m_editor->undoStack()->undo();
    QVERIFY(settle());
    QVERIFY(!serverImage(ids[0]).organized);
    QVERIFY(serverImage(ids[1]).organized);
    QVERIFY(!m_store->find(ids[0])->organized);
    QVERIFY(m_store->find(ids[1])->organized);

    m_editor->undoStack()->redo();
    QVERIFY(settle());
    QVERIFY(serverImage(ids[0]).organized);
}

void tst_ImageEditor::editOfSeveralFieldsUndoesExactly_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("operation");
    QTest::newRow("one image") << QStringList{QStringLiteral("10")}
                               << QStringLiteral("UpdateImage");
    QTest::newRow("two images, different before")
        << QStringList{QStringLiteral("11"), QStringLiteral("12")}
        << QStringLiteral("BulkUpdateImageIds");
}

void tst_ImageEditor::editOfSeveralFieldsUndoesExactly()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, operation);
    const ImageFields fields = ImageField::Title | ImageField::Details | ImageField::Urls |
                               ImageField::Studio | ImageField::Tags;

    // Each image its own, non-empty previous state.
    for (int i = 0; i < ids.size(); ++i) {
        ImageUpdate update;
        update.id = ids[i];
        update.title = QStringLiteral("Before %1").arg(i);
        update.details = QStringLiteral("Details before %1").arg(i);
        update.urls = QStringList{QStringLiteral("https://before.example.com/%1").arg(i),
                                  QStringLiteral("https://b2.example.com/%1").arg(i)};
        update.studioId = QString::number(3 + i);
        update.tagIds = QStringList{QString::number(1 + i), QString::number(7 + i)};
        QVERIFY(setOnServer(update));
    }
    QList<Image> before;
    for (const QString &id : ids)
        before.append(serverImage(id));
    QVERIFY(load(ids));

    QList<Image> after;
    for (const Image &image : before) {
        Image changed = image;
        changed.title = QStringLiteral("After");
        changed.details.clear();
        changed.urls = {QStringLiteral("https://after.example.com/x")};
        changed.studio.reset();
        changed.tags = {tagWithId(QStringLiteral("5"))};
        after.append(changed);
    }
    m_editor->edit(after, fields, QStringLiteral("Edit"));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_store->find(ids[0])->title, QStringLiteral("After"));
    QVERIFY(settle());

    const QJsonObject input = lastInput(operation).value(QStringLiteral("input")).toObject();
    QVERIFY2(input.contains(QStringLiteral("studio_id")) &&
                 input.value(QStringLiteral("studio_id")).isNull(),
             "removing the studio sends null");
    for (const QString &id : ids) {
        const Image now = serverImage(id);
        QCOMPARE(now.title, QStringLiteral("After"));
        QCOMPARE(now.details, QString());
        QCOMPARE(now.urls, QStringList{QStringLiteral("https://after.example.com/x")});
        QVERIFY(!now.studio);
        QCOMPARE(now.tagIds(), QStringList{QStringLiteral("5")});
    }

    m_editor->undoStack()->undo();
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i) {
        const Image now = serverImage(ids[i]);
        QCOMPARE(now.title, before[i].title);
        QCOMPARE(now.details, before[i].details);
        QCOMPARE(now.urls, before[i].urls);
        QVERIFY(now.studio);
        QCOMPARE(now.studio->id, before[i].studio->id);
        QCOMPARE(now.tagIds(), before[i].tagIds());
        // Untouched fields stay as they were.
        QCOMPARE(now.rating100, before[i].rating100);
        QCOMPARE(now.organized, before[i].organized);
        // And the store shows the same.
        QVERIFY(ImageFieldValues::sameValues(*m_store->find(ids[i]), before[i], fields));
    }

    m_editor->undoStack()->redo();
    QVERIFY(settle());
    for (const QString &id : ids)
        QCOMPARE(serverImage(id).title, QStringLiteral("After"));
}

void tst_ImageEditor::oIncrementsMergeIntoOneStep()
{
    const QString id = QStringLiteral("13");
    QVERIFY(setOOnServer(id, 2));
    QVERIFY(load({id}));
    const int increments = rootCount(QStringLiteral("imageIncrementO"));
    const int decrements = rootCount(QStringLiteral("imageDecrementO"));

    for (int i = 0; i < 3; ++i)
        m_editor->changeO(id, ImageEditor::OChange::Increment);
    QCOMPARE(m_store->find(id)->oCounter, 5);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY2(m_editor->undoStack()->undoText().contains(QStringLiteral("+3")),
             qPrintable(m_editor->undoStack()->undoText()));
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 5);
    QCOMPARE(m_store->find(id)->oCounter, 5);
    QCOMPARE(rootCount(QStringLiteral("imageIncrementO")), increments + 3);

    m_editor->undoStack()->undo();
    QCOMPARE(m_store->find(id)->oCounter, 2);
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 2);
    QCOMPARE(m_store->find(id)->oCounter, 2);
    QCOMPARE(rootCount(QStringLiteral("imageDecrementO")), decrements + 3);

    m_editor->undoStack()->redo();
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 5);
}

void tst_ImageEditor::oDecrementOrResetAtZeroPushesNoStep()
{
    const QString id = QStringLiteral("14");
    QVERIFY(setOOnServer(id, 0));
    QVERIFY(load({id}));
    const int decrements = rootCount(QStringLiteral("imageDecrementO"));
    const int resets = rootCount(QStringLiteral("imageResetO"));

    m_editor->changeO(id, ImageEditor::OChange::Decrement);
    m_editor->changeO(id, ImageEditor::OChange::Reset);
    QCOMPARE(m_editor->undoStack()->count(), 0);
    QVERIFY(!m_editor->isBusy());
    QCOMPARE(m_store->find(id)->oCounter, 0);
    QCOMPARE(rootCount(QStringLiteral("imageDecrementO")), decrements);
    QCOMPARE(rootCount(QStringLiteral("imageResetO")), resets);
}

void tst_ImageEditor::oResetUndoCountsBackUp()
{
    const QString id = QStringLiteral("15");
    QVERIFY(setOOnServer(id, 5));
    QVERIFY(load({id}));

    m_editor->changeO(id, ImageEditor::OChange::Reset);
    QCOMPARE(m_store->find(id)->oCounter, 0);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 0);

    const int increments = rootCount(QStringLiteral("imageIncrementO"));
    m_editor->undoStack()->undo();
    QCOMPARE(m_store->find(id)->oCounter, 5);
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 5);
    QCOMPARE(m_store->find(id)->oCounter, 5);
    QCOMPARE(rootCount(QStringLiteral("imageIncrementO")), increments + 5);
}

void tst_ImageEditor::failureRollsBackAndRetrySucceeds_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("fault");
    QTest::newRow("one image, GraphQL error")
        << QStringList{QStringLiteral("16")} << QStringLiteral("graphqlErrorNext");
    QTest::newRow("three images, GraphQL error")
        << QStringList{QStringLiteral("17"), QStringLiteral("18"), QStringLiteral("19")}
        << QStringLiteral("graphqlErrorNext");
}

void tst_ImageEditor::failureRollsBackAndRetrySucceeds()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, fault);
    QList<std::optional<int>> before;
    for (int i = 0; i < ids.size(); ++i) {
        before.append(i == 1 ? std::nullopt : std::optional<int>(40));
        QVERIFY(setRatingOnServer(ids[i], before.last()));
    }
    QVERIFY(load(ids));

    QSignalSpy failed(m_editor.get(), &ImageEditor::changeFailed);
    QSignalSpy confirmed(m_editor.get(), &ImageEditor::changeConfirmed);
    QVERIFY(m_server->control({{fault, 1}}));
    m_editor->setRating(ids, 100, QStringLiteral("Rate 100"));
    QCOMPARE(m_store->find(ids[0])->rating100, std::optional<int>(100));
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Rate 100"));
    QVERIFY(!failed.first().at(1).value<Error>().message().isEmpty());
    QCOMPARE(confirmed.count(), 0);
    QVERIFY(settle());

    // Rolled back in the store, nothing on the server, no applied step.
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(m_store->find(ids[i])->rating100, before[i]);
        QCOMPARE(serverImage(ids[i]).rating100, before[i]);
    }
    QCOMPARE(m_editor->undoStack()->index(), 0);
    QVERIFY(!m_editor->undoStack()->canUndo());
    QVERIFY(m_editor->canRetry());

    m_editor->retryFailed();
    QVERIFY(!m_editor->canRetry());
    QVERIFY(settle());
    QCOMPARE(failed.count(), 1);
    for (const QString &id : ids) {
        QCOMPARE(serverImage(id).rating100, std::optional<int>(100));
        QCOMPARE(m_store->find(id)->rating100, std::optional<int>(100));
    }
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->index(), 1);

    // The retried step undoes exactly too.
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(serverImage(ids[i]).rating100, before[i]);
}

void tst_ImageEditor::passingFailuresAreRetriedBySelf_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("fault");
    // A dropped connection may be sent again by Qt itself before the outbox sees a failure.
    QTest::addColumn<bool>("outboxRetries");
    QTest::newRow("one image, HTTP 500")
        << QStringList{QStringLiteral("20")} << QStringLiteral("failNext") << true;
    QTest::newRow("two images, connection dropped")
        << QStringList{QStringLiteral("32"), QStringLiteral("33")} << QStringLiteral("dropNext")
        << false;
    QTest::newRow("one image, answer lost after the change was made")
        << QStringList{QStringLiteral("34")} << QStringLiteral("dropAfterNext") << false;
    QTest::newRow("two images, body not JSON")
        << QStringList{QStringLiteral("35"), QStringLiteral("36")}
        << QStringLiteral("malformedNext") << true;
}

void tst_ImageEditor::passingFailuresAreRetriedBySelf()
{
    // The server fails for a passing reason: nobody has to press anything,
    // nothing is rolled back, the undo step stays.
    QFETCH(QStringList, ids);
    QFETCH(QString, fault);
    QFETCH(bool, outboxRetries);
    for (const QString &id : ids)
        QVERIFY(setRatingOnServer(id, 20));
    QVERIFY(load(ids));
    QSignalSpy failed(m_editor.get(), &ImageEditor::changeFailed);
    QSignalSpy retrying(m_editor->sender()->outbox(), &Outbox::retrying);
    QVERIFY(m_server->control({{fault, 1}}));

    m_editor->setRating(ids, 80, QStringLiteral("Rate 80"));
    QVERIFY(m_store->isPending(ids.first()));
    QVERIFY(settle());
    QCOMPARE(failed.count(), 0);
    if (outboxRetries)
        QCOMPARE(retrying.count(), 1);
    // The fault did strike (failNext → "fail", dropAfterNext → "dropAfter", …).
    QString injected = fault;
    injected.chop(4);
    QCOMPARE(m_server->injected(injected), 1);
    for (const QString &id : ids) {
        QCOMPARE(serverImage(id).rating100, std::optional<int>(80));
        QCOMPARE(m_store->find(id)->rating100, std::optional<int>(80));
        QVERIFY(!m_store->isPending(id));
    }
    QCOMPARE(m_editor->undoStack()->index(), 1);
    QVERIFY(!m_editor->canRetry());
}

void tst_ImageEditor::oStepWithLostAnswerCountsOnce()
{
    // The server counted the click and the answer was lost: the outbox reads
    // the O-counter before sending again, so it is counted once, and the screen keeps it.
    const QString id = QStringLiteral("37");
    QVERIFY(setOOnServer(id, 2));
    QVERIFY(load({id}));
    const int increments = rootCount(QStringLiteral("imageIncrementO"));
    QSignalSpy failed(m_editor.get(), &ImageEditor::changeFailed);
    QVERIFY(m_server->control({{QStringLiteral("dropAfterNext"), 1}}));

    m_editor->changeO(id, ImageEditor::OChange::Increment);
    m_editor->changeO(id, ImageEditor::OChange::Increment);
    QCOMPARE(m_store->find(id)->oCounter, 4);
    QVERIFY(settle());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(serverImage(id).oCounter, 4);
    QCOMPARE(m_store->find(id)->oCounter, 4);
    QCOMPARE(rootCount(QStringLiteral("imageIncrementO")), increments + 2);
    QCOMPARE(m_editor->undoStack()->count(), 1);

    m_editor->undoStack()->undo();
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 2);
    QCOMPARE(m_store->find(id)->oCounter, 2);
}

void tst_ImageEditor::oOnSeveralImagesIsOneStep()
{
    // O on a selection: one undo step (repeated presses fold into it), and a
    // refusal for one image takes that image's click off, not the others'.
    const QStringList ids{QStringLiteral("38"), QStringLiteral("39"), QStringLiteral("40")};
    const QList<int> before{0, 2, 5};
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY(setOOnServer(ids[i], before[i]));
    QVERIFY(load(ids));

    m_editor->changeO(ids, ImageEditor::OChange::Increment);
    m_editor->changeO(ids, ImageEditor::OChange::Increment);
    QVERIFY(settle());
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("O-counter +1 on 3 images"));
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(serverImage(ids[i]).oCounter, before[i] + 2);
        QCOMPARE(m_store->find(ids[i])->oCounter, before[i] + 2);
    }

    // A decrement of all three, refused for the first image sent.
    QSignalSpy failed(m_editor.get(), &ImageEditor::changeFailed);
    QVERIFY(m_server->control({{QStringLiteral("graphqlErrorNext"), 1}}));
    m_editor->changeO(ids, ImageEditor::OChange::Decrement);
    QVERIFY(settle());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_editor->undoStack()->count(), 2);
    int total = 0;
    for (int i = 0; i < ids.size(); ++i) {
        const int server = serverImage(ids[i]).oCounter;
        QCOMPARE(m_store->find(ids[i])->oCounter, server); // the screen shows what the server holds
        total += server;
    }
    QCOMPARE(total, before[0] + before[1] + before[2] + 6 - 2); // two of three decrements taken
    QCOMPARE(m_editor->undoStack()->undoText(), QStringLiteral("O-counter −1 on 2 images"));

    // Undo both steps: back to where it began, exactly.
    m_editor->undoStack()->undo();
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(serverImage(ids[i]).oCounter, before[i]);
        QCOMPARE(m_store->find(ids[i])->oCounter, before[i]);
    }
}

void tst_ImageEditor::oFailureRollsBackWithoutStep()
{
    const QString id = QStringLiteral("21");
    QVERIFY(setOOnServer(id, 3));
    QVERIFY(load({id}));
    QSignalSpy failed(m_editor.get(), &ImageEditor::changeFailed);
    QVERIFY(m_server->control({{QStringLiteral("graphqlErrorNext"), 1}}));

    m_editor->changeO(id, ImageEditor::OChange::Increment);
    QCOMPARE(m_store->find(id)->oCounter, 4);
    QVERIFY(failed.wait(15000));
    QVERIFY(settle());
    QCOMPARE(m_store->find(id)->oCounter, 3);
    QCOMPARE(serverImage(id).oCounter, 3);
    QVERIFY(!m_editor->undoStack()->canUndo());

    m_editor->retryFailed();
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 4);
    QCOMPARE(m_store->find(id)->oCounter, 4);
    QVERIFY(m_editor->undoStack()->canUndo());
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 3);
}

void tst_ImageEditor::failureOfMergedOIncrementKeepsStepExact()
{
    // A second click merges into the first click's step; if only the second
    // one fails, the step must still say (and undo) exactly what the server took.
    const QString id = QStringLiteral("22");
    QVERIFY(setOOnServer(id, 5));
    QVERIFY(load({id}));
    QSignalSpy failed(m_editor.get(), &ImageEditor::changeFailed);

    m_editor->changeO(id, ImageEditor::OChange::Increment);
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 6);
    QVERIFY(m_server->control({{QStringLiteral("graphqlErrorNext"), 1}}));
    m_editor->changeO(id, ImageEditor::OChange::Increment);
    QVERIFY(failed.wait(15000));
    QVERIFY(settle());
    QCOMPARE(m_store->find(id)->oCounter, 6);
    QCOMPARE(serverImage(id).oCounter, 6);
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY2(m_editor->undoStack()->undoText().contains(QStringLiteral("+1")),
             qPrintable(m_editor->undoStack()->undoText()));

    m_editor->undoStack()->undo();
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, 5);
    QCOMPARE(m_store->find(id)->oCounter, 5);
}

void tst_ImageEditor::failureOfStepDroppedFromStackIsHarmless()
{
    // Rate, undo, rate again before any reply: the new push deletes the
    // undone step while its request is still under way; its failure must not
    // touch the deleted step, and the last change wins on the server.
    const QStringList ids{QStringLiteral("30"), QStringLiteral("31")};
    QVERIFY(setRatingOnServer(ids[0], 40));
    QVERIFY(setRatingOnServer(ids[1], std::nullopt));
    QVERIFY(load(ids));
    QSignalSpy failed(m_editor.get(), &ImageEditor::changeFailed);
    QVERIFY(m_server->control(
        {{QStringLiteral("latencyMs"), 200}, {QStringLiteral("graphqlErrorNext"), 1}}));

    m_editor->setRating(ids, 60, QStringLiteral("Rate 60"));
    m_editor->undoStack()->undo();
    m_editor->setRating(ids, 100, QStringLiteral("Rate 100"));
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QVERIFY(settle());
    QVERIFY(m_server->control({{QStringLiteral("latencyMs"), 0}}));
    QCOMPARE(failed.count(), 1);
    for (const QString &id : ids) {
        QCOMPARE(serverImage(id).rating100, std::optional<int>(100));
        QCOMPARE(m_store->find(id)->rating100, std::optional<int>(100));
    }
    QCOMPARE(m_editor->undoStack()->count(), 1);
    QCOMPARE(m_editor->undoStack()->index(), 1);
    m_editor->undoStack()->undo();
    QVERIFY(settle());
    QCOMPARE(serverImage(ids[0]).rating100, std::optional<int>(40));
    QCOMPARE(serverImage(ids[1]).rating100, std::nullopt);
}

void tst_ImageEditor::orderIsKeptForImmediateUndo_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("one image") << QStringList{QStringLiteral("23")};
    QTest::newRow("three images") << QStringList{QStringLiteral("24"), QStringLiteral("25"),
                                                 QStringLiteral("26")};
}

void tst_ImageEditor::orderIsKeptForImmediateUndo()
{
    QFETCH(QStringList, ids);
    QList<std::optional<int>> before;
    for (int i = 0; i < ids.size(); ++i) {
        before.append(i == 1 ? std::nullopt : std::optional<int>(20 * (i + 1)));
        QVERIFY(setRatingOnServer(ids[i], before.last()));
    }
    QVERIFY(load(ids));
    QVERIFY(m_server->control({{QStringLiteral("latencyMs"), 300}}));

    m_editor->setRating(ids, 80, QStringLiteral("Rate"));
    QVERIFY(m_editor->isBusy());
    m_editor->undoStack()->undo(); // before the first reply
    QVERIFY(settle());
    QVERIFY(m_server->control({{QStringLiteral("latencyMs"), 0}}));
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(serverImage(ids[i]).rating100, before[i]);
        QCOMPARE(m_store->find(ids[i])->rating100, before[i]);
    }
    QCOMPARE(m_editor->undoStack()->index(), 0);
    QCOMPARE(m_editor->undoStack()->count(), 1);
}

void tst_ImageEditor::unknownIdsAreFetchedAndUndoneExactly()
{
    const QStringList ids{QStringLiteral("27"), QStringLiteral("28"), QStringLiteral("29")};
    const QList<std::optional<int>> before{std::nullopt, 60, 100};
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY(setRatingOnServer(ids[i], before[i]));
    QCOMPARE(m_store->size(), 0);

    QSignalSpy confirmed(m_editor.get(), &ImageEditor::changeConfirmed);
    m_editor->setRating(ids, 20, QStringLiteral("Rate unknown"));
    QVERIFY(confirmed.wait(15000));
    QVERIFY(settle());
    QCOMPARE(m_editor->undoStack()->count(), 1);
    // Only the rating was read (not whole images), and nothing was added to the store.
    const QJsonObject read = lastInput(QStringLiteral("FindImageFields"));
    QCOMPARE(read.value(QStringLiteral("ids")).toArray().size(), 3);
    QCOMPARE(m_store->size(), 0);
    for (const QString &id : ids)
        QCOMPARE(serverImage(id).rating100, std::optional<int>(20));

    m_editor->undoStack()->undo();
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(serverImage(ids[i]).rating100, before[i]);
}

void tst_ImageEditor::undoOfManySendsOneBulkChangePerValue()
{
    // 80 images in two halves: rated 20, and not rated. The undo step keeps
    // those two values with their ids (not 80 images twice), and its undo
    // sends each value as one bulk change: 2 requests, not 80 per-image updates.
    QStringList ids;
    for (int i = 1; i <= 80; ++i)
        ids.append(QString::number(i));
    BulkImageUpdate rated;
    rated.ids = ids.mid(0, 40);
    rated.rating100 = 20;
    QVERIFY(awaitFuture(m_client->bulkUpdateImages(rated, BulkReturn::IdsOnly)).ok());
    BulkImageUpdate unrated;
    unrated.ids = ids.mid(40);
    unrated.rating100 = Tristate<int>::null();
    QVERIFY(awaitFuture(m_client->bulkUpdateImages(unrated, BulkReturn::IdsOnly)).ok());

    m_editor->setRating(ids, 100, QStringLiteral("Rate all"));
    QVERIFY(QTest::qWaitFor([&] { return m_editor->undoStack()->count() == 1; }, 15000));
    QVERIFY(settle());
    const int bulkBefore = rootCount(QStringLiteral("bulkImageUpdate"));
    const int listsBefore = rootCount(QStringLiteral("imagesUpdate"));
    const int singleBefore = rootCount(QStringLiteral("imageUpdate"));

    m_editor->undoStack()->undo();
    QVERIFY(settle());
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")), bulkBefore + 2);
    QCOMPARE(rootCount(QStringLiteral("imagesUpdate")), listsBefore);
    QCOMPARE(rootCount(QStringLiteral("imageUpdate")), singleBefore);
    for (const int i : {1, 40, 41, 80})
        QCOMPARE(serverImage(QString::number(i)).rating100,
                 i <= 40 ? std::optional<int>(20) : std::nullopt);

    m_editor->undoStack()->redo();
    QVERIFY(settle());
    QCOMPARE(rootCount(QStringLiteral("bulkImageUpdate")), bulkBefore + 3);
    for (const int i : {1, 80})
        QCOMPARE(serverImage(QString::number(i)).rating100, std::optional<int>(100));
}

QTEST_GUILESS_MAIN(tst_ImageEditor)
#include "tst_imageeditor.moc"
