// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/bulkeditpanel.h"
#include "settingsisolation.h"
#include "bulk/bulkpreviewbar.h"
#include "awaitfuture.h"
#include "fakestash.h"
#include "imageeditor.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "mainwindow.h"
#include "notificationbar.h"
#include "selection.h"
#include "session.h"
#include "sessionfixture.h"
#include "widgets/ratingwidget.h"
#include "stashclient.h"
#include "bulk/tagentry.h"
#include "thumbnailcache.h"
#include "bulk/valueshareslist.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>
#include <QSettings>
#include "profilestore.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace Tessera;

using namespace Stash;
using Kind = BulkEditPanel::ListKind;

namespace {

/// The tag lookup the main window gives the panel: names from the server's findTags.
ChipPicker::Lookup tagLookup(StashClient *client)
{
    return [client](const QString &text) {
        LookupQuery query;
        query.q = text;
        query.perPage = 30;
        return client->findTags(query).then(
            [](Result<LookupPage<Tag>> page) -> Result<QList<Choice>> {
                if (!page)
                    return page.error();
                QList<Choice> choices;
                for (const Tag &tag : page.value().items)
                    choices.append(Choice{tag.id, tag.name});
                return choices;
            });
    };
}

/// What the grid's keys, the window's actions or its dock drive; the others test the panel alone.
bool needsWindow(const char *test)
{
    static const QSet<QByteArray> window = {
        "typeAheadEnterAddsShiftEnterRemoves", "setExactlyAsksAndUndoRestores",
        "altOneTogglesFavourite", "undoRestoresExactly", "escReturnsToGrid"};
    return window.contains(QByteArray(test));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

/// The bulk-edit panel against tests/fake-stash, driven as a person drives it:
/// a selection, the value buttons, the type-ahead entry with Enter /
/// Shift+Enter, the preview bar's Enter / Esc, the field controls; and in the
/// main window's dock T, Alt+1, Ctrl+Z, Esc and Ctrl+B from the grid. The
/// server's values are checked each time.
class tst_BulkEditPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sharesOfSelection();
    void sharesOfSelectAll();
    void sharesAreReadAgainAfterAPassingFailure();
    void valueButtonsAddAndRemove();
    void typeAheadEnterAddsShiftEnterRemoves();
    void typeAheadUnknownNameCreatesTag();
    void typeAheadAliasAddsTheExistingTag();
    void previewAboveThresholdEscCancelsEnterApplies();
    void ratingOrganizedStudioForAll();
    void setExactlyAsksAndUndoRestores();
    void altOneTogglesFavourite();
    void undoRestoresExactly();
    void escReturnsToGrid();

private:
    QList<Image> serverImages(const QStringList &ids);
    QHash<QString, int> serverTagShares(const QStringList &ids);
    QStringList selectRows(int first, int count);
    bool settle(int timeoutMs = 20000);
    int bulkMutations();
    QAction *actionWithShortcut(const QKeySequence &shortcut);
    void typeTag(const QString &text);

    void openWindow();
    void openPanel();

    SessionFixture m_fixture;
    FakeStash *m_server = nullptr;
    std::unique_ptr<StashClient> m_probe;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<MainWindow> m_window; ///< only for the tests that need it
    std::unique_ptr<QWidget> m_host;      ///< else the panel alone, in a window of its own
    Session *m_session = nullptr;
    BulkEditPanel *m_panel = nullptr;
};

void tst_BulkEditPanel::initTestCase()
{
    TestSettings::isolate(QStringLiteral("TesseraBulkTests"), QStringLiteral("tst_bulkeditpanel"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_fixture.start({QStringLiteral("--images"), QStringLiteral("200")}),
             qPrintable(m_fixture.errorText()));
    m_fixture.endSession(); // each test makes its own, or uses the window's
    m_server = m_fixture.server();
    m_probe = std::make_unique<StashClient>();
    m_probe->setEndpoint(ServerEndpoint(m_server->url()));
    const Result<ServerInfo> info = awaitFuture(m_probe->connectToServer());
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message()));
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
}

void tst_BulkEditPanel::init()
{
    QVERIFY(m_server->reset());
    TestSettings::clear();
    if (needsWindow(QTest::currentTestFunction()))
        openWindow();
    else
        openPanel();
}

void tst_BulkEditPanel::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_session = m_window->session();
    m_panel = m_window->bulkPanel();
    QVERIFY(m_panel);
    m_window->thumbnails()->setDiskCacheDirectory(m_cache->path());
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QVERIFY2(m_window->bulkDock()->isVisible(), "the panel is shown by default");

    QSignalSpy connected(m_window.get(), &MainWindow::connected);
    QSignalSpy failed(m_window.get(), &MainWindow::connectionFailed);
    m_window->connectTo(ServerEndpoint(m_server->url()));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY(failed.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isCountKnown(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->model()->isRowLoaded(0) && m_window->model()->isRowLoaded(39), 15000);
    m_window->grid()->setFocus();
    QTRY_VERIFY(m_window->grid()->hasFocus());
}

void tst_BulkEditPanel::openPanel()
{
    m_session = m_fixture.newSession();
    QVERIFY2(m_session, qPrintable(m_fixture.errorText()));
    m_host = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_host.get());
    auto *notifications = new NotificationBar(m_host.get());
    m_panel = new BulkEditPanel(m_session, notifications, m_host.get());
    layout->addWidget(notifications);
    layout->addWidget(m_panel);
    m_panel->setRatingSystem(m_session->client()->serverInfo()->ratingSystem);
    const ChipPicker::Lookup none = [](const QString &) {
        return QtFuture::makeReadyFuture(Result<QList<Choice>>(QList<Choice>()));
    };
    m_panel->setLookups(tagLookup(m_session->client()), none, none, none);
    m_host->resize(420, 900);
    m_host->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_host.get()));
    QApplication::setActiveWindow(m_host.get());
    m_host->activateWindow();
    QTRY_VERIFY(m_host->isActiveWindow());

    m_session->images()->setQuery(ImageQuery());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->images()->isCountKnown(), 15000);
    m_session->images()->ensureLoaded(0, 39);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_session->images()->isRowLoaded(0) && m_session->images()->isRowLoaded(39), 15000);
}

void tst_BulkEditPanel::cleanup()
{
    if (m_panel)
        settle();
    m_panel = nullptr;
    m_window.reset();
    m_host.reset();
    m_session = nullptr;
    m_fixture.endSession();
}

QList<Image> tst_BulkEditPanel::serverImages(const QStringList &ids)
{
    const Result<QList<Image>> images = awaitFuture(m_probe->findImageFields(
        ids, {QStringLiteral("tags"), QStringLiteral("rating"), QStringLiteral("organized"),
              QStringLiteral("studio"), QStringLiteral("title")}));
    return images ? images.value() : QList<Image>();
}

QHash<QString, int> tst_BulkEditPanel::serverTagShares(const QStringList &ids)
{
    QHash<QString, int> shares;
    for (const Image &image : serverImages(ids)) {
        for (const Tag &tag : image.tags)
            ++shares[tag.id];
    }
    return shares;
}

QStringList tst_BulkEditPanel::selectRows(int first, int count)
{
    QItemSelectionModel *selection = m_session->selection()->rows();
    const QItemSelection range(m_session->images()->index(first),
                               m_session->images()->index(first + count - 1));
    selection->select(range, QItemSelectionModel::ClearAndSelect);
    selection->setCurrentIndex(m_session->images()->index(first), QItemSelectionModel::NoUpdate);
    QStringList ids;
    for (int row = first; row < first + count; ++row)
        ids.append(m_session->images()->idAt(row));
    return ids;
}

bool tst_BulkEditPanel::settle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_panel->isBusy() && !m_session->editor()->isBusy(); },
                           timeoutMs);
}

int tst_BulkEditPanel::bulkMutations()
{
    return m_server->rootFieldCount(QStringLiteral("bulkImageUpdate"));
}

QAction *tst_BulkEditPanel::actionWithShortcut(const QKeySequence &shortcut)
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcuts().contains(shortcut))
            return action;
    }
    return nullptr;
}

void tst_BulkEditPanel::typeTag(const QString &text)
{
    QLineEdit *edit = m_panel->tagEntry()->lineEdit();
    edit->clear();
    QTest::keyClicks(edit, text);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->tagEntry()->isSettled(), 10000);
}

void tst_BulkEditPanel::sharesOfSelection()
{
    const QStringList ids = selectRows(0, 30);
    QVERIFY(settle());
    QVERIFY(m_panel->sharesKnown());
    QCOMPARE(m_panel->ids(), ids);
    const QHash<QString, int> expected = serverTagShares(ids);
    QVERIFY(!expected.isEmpty());
    const QList<ValueShare> shown = m_panel->shares(Kind::Tags)->shares();
    QCOMPARE(shown.size(), expected.size());
    for (int i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown[i].count, expected.value(shown[i].value.id));
        if (i > 0)
            QVERIFY2(shown[i - 1].count >= shown[i].count, "sorted by share");
    }
    QCOMPARE(m_panel->shares(Kind::Tags)->total(), 30);
    // The row says "count / total".
    const QString shareText = m_panel->shares(Kind::Tags)->tree()->topLevelItem(0)->text(1);
    QCOMPARE(shareText, QStringLiteral("%1 / 30").arg(shown[0].count));
    // Add-to-all only where some lack it; remove-from-all always.
    QToolButton *add = m_panel->shares(Kind::Tags)->addButton(shown[0].value.id);
    QVERIFY(add);
    QCOMPARE(add->isVisibleTo(m_panel), shown[0].count < 30);
    QVERIFY(m_panel->shares(Kind::Tags)->removeButton(shown[0].value.id));
    QVERIFY(!m_panel->shares(Kind::Performers)->shares().isEmpty() ||
            !m_panel->shares(Kind::Galleries)->shares().isEmpty());
}

void tst_BulkEditPanel::sharesAreReadAgainAfterAPassingFailure()
{
    // The first read of the shares gets an HTTP 500: the panel reads again by
    // itself and shows them, without anyone pressing anything.
    QVERIFY(m_fixture.server()->control({{QStringLiteral("failNext"), 1}}));
    const QStringList ids = selectRows(0, 12);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->sharesKnown(), 15000);
    QCOMPARE(m_panel->ids(), ids);
    QCOMPARE(m_panel->shares(Kind::Tags)->total(), 12);
    QCOMPARE(m_fixture.server()->injected(QStringLiteral("fail")), 1);
}

void tst_BulkEditPanel::sharesOfSelectAll()
{
    // Select-all: the panel waits for the collected ids, then counts over all of them.
    m_session->selection()->selectAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->sharesKnown() && m_panel->ids().size() == 200, 20000);
    QCOMPARE(m_panel->shares(Kind::Tags)->total(), 200);
    int sum = 0;
    for (const ValueShare &share : m_panel->shares(Kind::Tags)->shares())
        sum += share.count;
    int expected = 0;
    for (int n : serverTagShares(m_panel->ids()))
        expected += n;
    QCOMPARE(sum, expected);
}

void tst_BulkEditPanel::valueButtonsAddAndRemove()
{
    const QStringList ids = selectRows(0, 12);
    QVERIFY(settle());
    // A tag some have and some lack.
    const QList<ValueShare> shares = m_panel->shares(Kind::Tags)->shares();
    auto partial = std::find_if(shares.cbegin(), shares.cend(),
                                [](const ValueShare &s) { return s.count < 12; });
    QVERIFY(partial != shares.cend());
    const Choice tag = partial->value;

    QToolButton *add = m_panel->shares(Kind::Tags)->addButton(tag.id);
    QVERIFY(add && add->isVisibleTo(m_panel));
    add->click();
    QVERIFY(settle());
    QCOMPARE(serverTagShares(ids).value(tag.id), 12);
    QCOMPARE(m_panel->shares(Kind::Tags)->shares().first().value.id.isEmpty(), false);
    QTRY_VERIFY(m_panel->sharesKnown());
    const auto shareNow = [this, &tag] {
        for (const ValueShare &s : m_panel->shares(Kind::Tags)->shares())
            if (s.value.id == tag.id)
                return s.count;
        return 0;
    };
    QCOMPARE(shareNow(), 12);
    QCOMPARE(m_session->editor()->undoStack()->undoText(),
             QStringLiteral("Add tag %1 to 12 images").arg(tag.name));
    QCOMPARE(m_panel->recentTags().value(0).id, tag.id);

    QToolButton *remove = m_panel->shares(Kind::Tags)->removeButton(tag.id);
    QVERIFY(remove);
    remove->click();
    QVERIFY(settle());
    QCOMPARE(serverTagShares(ids).value(tag.id), 0);
    QCOMPARE(m_session->editor()->undoStack()->undoText(),
             QStringLiteral("Remove tag %1 from 12 images").arg(tag.name));
}

void tst_BulkEditPanel::typeAheadEnterAddsShiftEnterRemoves()
{
    const QStringList ids = selectRows(3, 6);
    QVERIFY(settle());
    // T in the grid takes the keyboard to the entry.
    QTest::keyClick(m_window->grid(), Qt::Key_T);
    QTRY_VERIFY(m_panel->tagEntry()->lineEdit()->hasFocus());

    const Result<LookupPage<Tag>> tags = awaitFuture(
        m_probe->findTags(LookupQuery{QStringLiteral("beach"), 1, 50, QStringLiteral("name"), {}}));
    QVERIFY(tags && !tags.value().items.isEmpty());
    Tag target = tags.value().items.first();
    for (const Tag &t : tags.value().items) {
        if (t.name.compare(QStringLiteral("beach"), Qt::CaseInsensitive) == 0)
            target = t;
    }
    typeTag(target.name);
    // Exact match ranked first and highlighted.
    QCOMPARE(m_panel->tagEntry()->suggestionList()->currentItem()->text(), target.name);
    QTest::keyClick(m_panel->tagEntry()->lineEdit(), Qt::Key_Return);
    QVERIFY(settle());
    QCOMPARE(serverTagShares(ids).value(target.id), 6);
    QVERIFY(m_panel->tagEntry()->lineEdit()->text().isEmpty());

    typeTag(target.name);
    QTest::keyClick(m_panel->tagEntry()->lineEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(settle());
    QCOMPARE(serverTagShares(ids).value(target.id), 0);
    QCOMPARE(m_session->editor()->undoStack()->undoText(),
             QStringLiteral("Remove tag %1 from 6 images").arg(target.name));

    // Ctrl+Z in the box, which has nothing of its own to undo, undoes the
    // change (not the typed name); Ctrl+Shift+Z redoes it (issue 12, item 11).
    QLineEdit *edit = m_panel->tagEntry()->lineEdit();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(settle());
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(serverTagShares(ids).value(target.id), 6);
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(settle());
    QCOMPARE(serverTagShares(ids).value(target.id), 0);
    // While it has typing of its own, Ctrl+Z stays in the box.
    const int index = m_session->editor()->undoStack()->index();
    QTest::keyClicks(edit, QStringLiteral("be"));
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(m_session->editor()->undoStack()->index(), index);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->tagEntry()->isSettled(), 10000);
}

void tst_BulkEditPanel::typeAheadUnknownNameCreatesTag()
{
    const QStringList ids = selectRows(0, 4);
    QVERIFY(settle());
    const QString name = QStringLiteral("zz bulk fresh tag");
    m_panel->focusTagEntry();
    typeTag(name);
    const int before = m_server->rootFieldCount(QStringLiteral("tagCreate"));
    QTest::keyClick(m_panel->tagEntry()->lineEdit(), Qt::Key_Return);
    // It asks first: nothing is created yet.
    QTRY_VERIFY(m_panel->previewBar()->isAsking());
    QVERIFY2(m_panel->previewBar()->text().contains(name),
             qPrintable(m_panel->previewBar()->text()));
    QCOMPARE(m_server->rootFieldCount(QStringLiteral("tagCreate")), before);
    QTRY_VERIFY(m_panel->previewBar()->applyButton()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(settle());
    const Result<LookupPage<Tag>> found =
        awaitFuture(m_probe->findTags(LookupQuery{name, 1, 50, QStringLiteral("name"), {}}));
    QVERIFY(found && found.value().items.size() == 1);
    QCOMPARE(serverTagShares(ids).value(found.value().items.first().id), 4);
}

void tst_BulkEditPanel::typeAheadAliasAddsTheExistingTag()
{
    // A tag that people also call by another name.
    const QJsonObject made = m_server->graphql(QStringLiteral(
        "mutation { tagCreate(input: {name: \"Seaside 31\", aliases: [\"Shore 31\"]}) { id } }"));
    const QString tagId = made.value(QStringLiteral("data"))
                              .toObject()
                              .value(QStringLiteral("tagCreate"))
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
    QVERIFY2(!tagId.isEmpty(), QJsonDocument(made).toJson().constData());
    const QStringList ids = selectRows(0, 3);
    QVERIFY(settle());
    const int created = m_server->rootFieldCount(QStringLiteral("tagCreate"));
    m_panel->focusTagEntry();
    typeTag(QStringLiteral("shore 31"));
    // No suggestion has that name, so the list ends with "Create tag “shore 31”…": choose it.
    for (int i = 0; i < 40; ++i)
        QTest::keyClick(m_panel->tagEntry()->lineEdit(), Qt::Key_Down);
    QTest::keyClick(m_panel->tagEntry()->lineEdit(), Qt::Key_Return);
    QVERIFY(settle());
    QVERIFY(!m_panel->previewBar()->isAsking()); // nothing to create, nothing to ask
    QCOMPARE(m_server->rootFieldCount(QStringLiteral("tagCreate")), created);
    QCOMPARE(serverTagShares(ids).value(tagId), 3);
    QCOMPARE(m_session->editor()->undoStack()->undoText(),
             QStringLiteral("Add tag Seaside 31 to 3 images"));
}

void tst_BulkEditPanel::previewAboveThresholdEscCancelsEnterApplies()
{
    QSettings().setValue(QStringLiteral("bulk/confirmThreshold"), 5);
    const QStringList ids = selectRows(0, 20);
    QVERIFY(settle());
    const QList<ValueShare> shares = m_panel->shares(Kind::Tags)->shares();
    auto partial = std::find_if(shares.cbegin(), shares.cend(),
                                [](const ValueShare &s) { return s.count < 20; });
    QVERIFY(partial != shares.cend());
    const Choice tag = partial->value;
    const int had = serverTagShares(ids).value(tag.id);

    const int sent = bulkMutations();
    m_panel->focusTagEntry();
    typeTag(tag.name);
    QTest::keyClick(m_panel->tagEntry()->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->previewBar()->isAsking(), 10000);
    const QString text = m_panel->previewBar()->text();
    QVERIFY2(text.contains(QStringLiteral("Add tag %1 to 20 images").arg(tag.name)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("%1 images gain it").arg(20 - had)), qPrintable(text));
    if (had > 0)
        QVERIFY2(text.contains(QStringLiteral("%1 already have it").arg(had)), qPrintable(text));
    QVERIFY(m_panel->previewBar()->isAncestorOf(QApplication::focusWidget()));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_panel->previewBar()->isVisible());
    QVERIFY(settle());
    QCOMPARE(bulkMutations(), sent);
    QCOMPARE(serverTagShares(ids).value(tag.id), had);
    QCOMPARE(m_session->editor()->undoStack()->count(), 0);

    typeTag(tag.name);
    QTest::keyClick(m_panel->tagEntry()->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->previewBar()->isAsking(), 10000);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(settle());
    QVERIFY(bulkMutations() > sent);
    QCOMPARE(serverTagShares(ids).value(tag.id), 20);
    QCOMPARE(m_session->editor()->undoStack()->count(), 1);
}

void tst_BulkEditPanel::ratingOrganizedStudioForAll()
{
    const QStringList ids = selectRows(10, 5);
    QVERIFY(settle());
    const QList<Image> before = serverImages(ids);

    m_panel->ratingWidget()->setFocus();
    QTest::keyClick(m_panel->ratingWidget(), Qt::Key_4);
    QVERIFY(settle());
    for (const Image &image : serverImages(ids))
        QCOMPARE(image.rating100, std::optional<int>(80));
    QVERIFY(
        m_session->editor()->undoStack()->undoText().startsWith(QStringLiteral("Rate 5 images")));
    m_panel->clearRatingButton()->click();
    QVERIFY(settle());
    for (const Image &image : serverImages(ids))
        QCOMPARE(image.rating100, std::nullopt);

    m_panel->organizedButton()->click();
    QVERIFY(settle());
    for (const Image &image : serverImages(ids))
        QVERIFY(image.organized);
    m_panel->notOrganizedButton()->click();
    QVERIFY(settle());
    for (const Image &image : serverImages(ids))
        QVERIFY(!image.organized);

    const Result<LookupPage<Studio>> studios = awaitFuture(m_probe->findStudios(LookupQuery{}));
    QVERIFY(studios && !studios.value().items.isEmpty());
    const Studio studio = studios.value().items.first();
    m_panel->studioPicker()->setChoices({Choice{studio.id, studio.name}});
    m_panel->setStudioButton()->click();
    QVERIFY(settle());
    for (const Image &image : serverImages(ids)) {
        QVERIFY(image.studio);
        QCOMPARE(image.studio->id, studio.id);
    }
    // Clearing always asks.
    m_panel->clearStudioButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->previewBar()->isAsking(), 10000);
    m_panel->previewBar()->applyButton()->click();
    QVERIFY(settle());
    for (const Image &image : serverImages(ids))
        QVERIFY(!image.studio);

    // A text field, and a bad date refused before anything is sent.
    const int sent = bulkMutations();
    m_panel->textField(QStringLiteral("date"))->setText(QStringLiteral("2023-13-45"));
    m_panel->applyTextButton(QStringLiteral("date"))->click();
    QVERIFY(settle());
    QCOMPARE(bulkMutations(), sent);
    m_panel->textField(QStringLiteral("title"))->setText(QStringLiteral("Bulk title"));
    m_panel->applyTextButton(QStringLiteral("title"))->click();
    QVERIFY(settle());
    for (const Image &image : serverImages(ids))
        QCOMPARE(image.title, QStringLiteral("Bulk title"));

    // Every step undoes exactly, back to the start.
    while (m_session->editor()->undoStack()->canUndo()) {
        m_session->editor()->undoStack()->undo();
        QVERIFY(settle());
    }
    const QList<Image> after = serverImages(ids);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(after[i].rating100, before[i].rating100);
        QCOMPARE(after[i].organized, before[i].organized);
        QCOMPARE(after[i].studio.has_value(), before[i].studio.has_value());
        QCOMPARE(after[i].title, before[i].title);
    }
}

void tst_BulkEditPanel::setExactlyAsksAndUndoRestores()
{
    const QStringList ids = selectRows(20, 6);
    QVERIFY(settle());
    QHash<QString, QStringList> before;
    for (const Image &image : serverImages(ids))
        before.insert(image.id, sorted(image.tagIds()));
    const Result<LookupPage<Tag>> tags = awaitFuture(
        m_probe->findTags(LookupQuery{QStringLiteral("sky"), 1, 5, QStringLiteral("name"), {}}));
    QVERIFY(tags && !tags.value().items.isEmpty());
    const Tag keep = tags.value().items.first();

    ValueSharesList *list = m_panel->shares(Kind::Tags);
    list->setToggle()->click();
    list->setPicker()->setChoices({Choice{keep.id, keep.name}});
    list->setButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->previewBar()->isAsking(), 10000);
    QVERIFY2(m_panel->previewBar()->text().contains(QStringLiteral("lose it")),
             qPrintable(m_panel->previewBar()->text()));
    QCOMPARE(m_server->rootFieldCount(QStringLiteral("bulkImageUpdate")), 0);
    m_panel->previewBar()->applyButton()->click();
    QVERIFY(settle());
    for (const Image &image : serverImages(ids))
        QCOMPARE(image.tagIds(), QStringList{keep.id});
    QCOMPARE(m_session->editor()->undoStack()->undoText(), QStringLiteral("Set tags of 6 images"));

    QTest::keyClick(m_window->grid(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(settle());
    for (const Image &image : serverImages(ids))
        QCOMPARE(sorted(image.tagIds()), before.value(image.id));
}

void tst_BulkEditPanel::altOneTogglesFavourite()
{
    const QStringList ids = selectRows(30, 8);
    QVERIFY(settle());
    const Result<LookupPage<Tag>> tags = awaitFuture(
        m_probe->findTags(LookupQuery{QStringLiteral("forest"), 1, 5, QStringLiteral("name"), {}}));
    QVERIFY(tags && !tags.value().items.isEmpty());
    const Tag fav = tags.value().items.first();
    m_panel->setFavoriteTags({Choice{fav.id, fav.name}});
    // Favourites are tag ids of this server: kept in its profile.
    QCOMPARE(ProfileSettings().value(QStringLiteral("bulk/favoriteTags/1/id")).toString(), fav.id);
    QAction *alt1 = actionWithShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QVERIFY(alt1);
    QVERIFY(alt1->isEnabled());
    QVERIFY(alt1->text().contains(fav.name));

    // Make the shares unknown right before: the toggle reads them first.
    selectRows(30, 8);
    QTest::keyClick(m_window->grid(), Qt::Key_1, Qt::AltModifier);
    QVERIFY(settle());
    QCOMPARE(serverTagShares(ids).value(fav.id), 8);
    QTest::keyClick(m_window->grid(), Qt::Key_1, Qt::AltModifier);
    QVERIFY(settle());
    QCOMPARE(serverTagShares(ids).value(fav.id), 0);
}

void tst_BulkEditPanel::undoRestoresExactly()
{
    const QStringList ids = selectRows(40, 10);
    QVERIFY(settle());
    QHash<QString, QStringList> before;
    for (const Image &image : serverImages(ids))
        before.insert(image.id, sorted(image.tagIds()));
    const QList<ValueShare> shares = m_panel->shares(Kind::Tags)->shares();
    auto partial = std::find_if(shares.cbegin(), shares.cend(),
                                [](const ValueShare &s) { return s.count < 10; });
    QVERIFY(partial != shares.cend());
    m_panel->shares(Kind::Tags)->addButton(partial->value.id)->click();
    QVERIFY(settle());
    QCOMPARE(serverTagShares(ids).value(partial->value.id), 10);

    QTest::keyClick(m_window->grid(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(settle());
    for (const Image &image : serverImages(ids))
        QCOMPARE(sorted(image.tagIds()), before.value(image.id));
    // The shares are read again after the undo.
    QTRY_VERIFY(m_panel->sharesKnown());
    for (const ValueShare &s : m_panel->shares(Kind::Tags)->shares()) {
        if (s.value.id == partial->value.id)
            QCOMPARE(s.count, partial->count);
    }
}

void tst_BulkEditPanel::escReturnsToGrid()
{
    selectRows(0, 3);
    QVERIFY(settle());
    m_panel->focusTagEntry();
    QTRY_VERIFY(m_panel->tagEntry()->lineEdit()->hasFocus());
    QTest::keyClick(m_panel->tagEntry()->lineEdit(), Qt::Key_Escape);
    QTRY_VERIFY(m_window->grid()->hasFocus());

    // Ctrl+B hides and shows the dock.
    QAction *toggle = actionWithShortcut(QKeySequence(QStringLiteral("Ctrl+B")));
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(!m_window->bulkDock()->isVisible());
    toggle->trigger();
    QVERIFY(m_window->bulkDock()->isVisible());

    if (const QString dir = qEnvironmentVariable("TESSERA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        selectRows(0, 40);
        QVERIFY(settle());
        m_panel->setFavoriteTags(m_panel->shares(Kind::Tags)->shares().size() > 2
                                     ? QList<Choice>{m_panel->shares(Kind::Tags)->shares()[0].value,
                                                     m_panel->shares(Kind::Tags)->shares()[2].value}
                                     : QList<Choice>());
        m_panel->focusTagEntry();
        QTest::keyClicks(m_panel->tagEntry()->lineEdit(), QStringLiteral("bea"));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->tagEntry()->isSettled(), 10000);
        m_window->grab().save(dir + QStringLiteral("/bulkpanel.png"));
    }
}

QTEST_MAIN(tst_BulkEditPanel)
#include "tst_bulkeditpanel.moc"
