// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/bulkeditpanel.h"
#include "widgets/plaintext.h"

#include "bulk/bulkchangequeue.h"
#include "bulk/bulkfieldsform.h"
#include "bulk/bulkpreviewbar.h"
#include "bulk/bulksharelists.h"
#include "bulk/tagshortcutrows.h"
#include "changesender.h"
#include "retrypolicy.h"
#include "futurewatch.h"
#include "imageeditor.h"
#include "notificationbar.h"
#include "profilestore.h"
#include "selection.h"
#include "selectionshares.h"
#include "session.h"
#include "widgets/lookups.h"
#include "widgets/ratingwidget.h"
#include "widgets/tagcreator.h"
#include "stashclient.h"
#include "bulk/tagentry.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

namespace {

QList<Tag> tagsOf(const QList<Choice> &choices)
{
    QList<Tag> out;
    for (const Choice &c : choices) {
        Tag t;
        t.id = c.id;
        t.name = c.name;
        out.append(t);
    }
    return out;
}

BulkValue valueOf(const Choice &choice)
{
    return BulkValue{choice.id, choice.name};
}

} // namespace

BulkEditPanel::BulkEditPanel(Session *session, NotificationBar *notifications, QWidget *parent)
    : QWidget(parent)
    , m_editor(session->editor())
    , m_notifications(notifications)
    , m_runner(session->bulk())
    , m_selection(session->selection())
    , m_shares(new SelectionShares(session->client(), this))
    , m_tagShortcuts(new TagShortcuts(this))
    , m_debounce(new QTimer(this))
    , m_refresh(new QTimer(this))
    , m_readRetry(new QTimer(this))
{
    setAccessibleName(tr("Bulk edit"));
    m_shares->setChunkSize(ReadChunkSize);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &BulkEditPanel::updateSelection);
    connect(m_selection, &Selection::changed, this, &BulkEditPanel::selectionChanged);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        // Read once the server has taken every queued change (an undo runs in chunks).
        if (m_runner->isRunning()) {
            m_refresh->start();
            return;
        }
        if (m_editor->isBusy()) {
            // Changes still wait for the server (perhaps for long, offline):
            // read when the last one is answered, without polling till then.
            m_refreshWhenSent = true;
            return;
        }
        if (!m_ids.isEmpty())
            startReading();
    });
    connect(m_editor->sender(), &ChangeSender::busyChanged, this, [this](bool busy) {
        if (!busy && std::exchange(m_refreshWhenSent, false))
            m_refresh->start();
    });

    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Bulk edit"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(createContents());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Undo and redo change what the images have: count again once they are through.
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this,
            &BulkEditPanel::scheduleRefresh);

    connect(m_shares, &SelectionShares::progress, this, &BulkEditPanel::showReading);
    connect(m_shares, &SelectionShares::updated, this, [this] {
        m_readLabel->clear();
        publishShares();
        if (m_shares->isKnown())
            Q_EMIT sharesUpdated();
    });
    connect(m_shares, &SelectionShares::failed, this, [this](const Error &error) {
        m_shareLists->setStatus(QString());
        // A passing failure (a flaky network, a busy server) is read again by
        // itself, a few times, with the outbox's growing waits.
        if (RetryPolicy::verdictFor(error) == RetryPolicy::Verdict::Retry &&
            m_readAttempts < MaxReadAttempts) {
            ++m_readAttempts;
            m_readLabel->setText(
                tr("Could not read the selection (%1); trying again…").arg(error.message()));
            m_readRetry->start(int(RetryPolicy::delay(m_readAttempts).count()));
            return;
        }
        m_readLabel->setText(tr("Could not read the selection: %1").arg(error.message()));
    });
    connect(m_shares, &SelectionShares::updated, this, [this] {
        if (m_shares->isKnown())
            m_readAttempts = 0;
    });
    m_readRetry->setSingleShot(true);
    connect(m_readRetry, &QTimer::timeout, this, [this] {
        if (!m_ids.isEmpty())
            startReading();
    });
    updateEnabled();
}

BulkEditPanel::~BulkEditPanel() = default;

QWidget *BulkEditPanel::createContents()
{
    auto *contents = new QWidget;
    auto *layout = new QVBoxLayout(contents);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_selectionLabel = new QLabel(contents);
    QFont bold = m_selectionLabel->font();
    bold.setBold(true);
    m_selectionLabel->setFont(bold);
    m_readLabel = plainLabel(new QLabel(contents));
    m_readLabel->setForegroundRole(QPalette::PlaceholderText);
    m_readLabel->setAccessibleName(tr("Reading progress"));
    header->addWidget(m_selectionLabel);
    header->addStretch();
    header->addWidget(m_readLabel);
    layout->addLayout(header);

    m_bar = new BulkPreviewBar(contents);
    layout->addWidget(m_bar);
    m_changes = new BulkChangeQueue(m_runner, m_bar, m_notifications, this);
    connect(m_changes, &BulkChangeQueue::statusMessage, this, &BulkEditPanel::statusMessage);
    connect(m_changes, &BulkChangeQueue::imagesChanged, this, &BulkEditPanel::scheduleRefresh);
    connect(m_changes, &BulkChangeQueue::finished, this, &BulkEditPanel::editFinished);

    m_editing = new QWidget(contents);
    auto *editing = new QVBoxLayout(m_editing);
    editing->setContentsMargins(0, 0, 0, 0);
    editing->setSpacing(8);
    layout->addWidget(m_editing);

    m_tagEntry = new TagEntry(m_editing);
    editing->addWidget(m_tagEntry);
    connect(m_tagEntry, &TagEntry::addRequested, this,
            [this](const Choice &tag) { addToAll(ListKind::Tags, tag); });
    connect(m_tagEntry, &TagEntry::removeRequested, this,
            [this](const Choice &tag) { removeFromAll(ListKind::Tags, tag); });
    m_tagCreator = new TagCreator(m_editor->client(), this);
    // A typed name that is not among the suggestions: an existing tag's name or alias is that
    // tag; only a new name is created, after the bar asked.
    connect(m_tagEntry, &TagEntry::createRequested, m_tagCreator, &TagCreator::findOrCreate);
    connect(m_tagCreator, &TagCreator::found, this, [this](const Tag &tag) {
        m_tagEntry->lineEdit()->clear();
        addToAll(ListKind::Tags, Lookups::choiceOf(tag));
    });
    connect(m_tagCreator, &TagCreator::creationNeeded, this, &BulkEditPanel::askToCreateTag);
    connect(m_tagCreator, &TagCreator::created, this, &BulkEditPanel::addCreatedTag);
    connect(
        m_tagCreator, &TagCreator::failed, this,
        [this](const QString &, const QString &message) { m_notifications->showError(message); });

    m_tagRows = new TagShortcutRows(
        m_tagShortcuts,
        [this](const QString &id) -> std::optional<TagShortcutRows::Share> {
            if (!m_shares->isKnown() || m_ids.isEmpty())
                return std::nullopt;
            return TagShortcutRows::Share{shareOf(ListKind::Tags, id), int(m_ids.size())};
        },
        m_editing);
    editing->addWidget(m_tagRows);
    connect(m_tagRows, &TagShortcutRows::toggleRequested, this, &BulkEditPanel::toggleTag);
    connect(m_tagRows, &TagShortcutRows::addToAllRequested, this,
            [this](const Choice &tag) { addToAll(ListKind::Tags, tag); });
    connect(m_tagRows, &TagShortcutRows::removeFromAllRequested, this,
            [this](const Choice &tag) { removeFromAll(ListKind::Tags, tag); });
    connect(m_tagRows, &TagShortcutRows::favoritesChanged, this, &BulkEditPanel::favoritesChanged);

    m_shareLists = new BulkShareLists(m_editing);
    editing->addWidget(m_shareLists);
    connect(m_shareLists, &BulkShareLists::addToAllRequested, this, &BulkEditPanel::addToAll);
    connect(m_shareLists, &BulkShareLists::removeFromAllRequested, this,
            &BulkEditPanel::removeFromAll);
    connect(m_shareLists, &BulkShareLists::setExactlyRequested, this, &BulkEditPanel::setExactly);
    // Favourites come from the tags list too.
    QTreeWidget *tagTree = m_shareLists->list(ListKind::Tags)->tree();
    tagTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tagTree, &QWidget::customContextMenuRequested, this,
            [this, tagTree](const QPoint &pos) {
                const QTreeWidgetItem *item = tagTree->itemAt(pos);
                if (!item || !(item->flags() & Qt::ItemIsEnabled))
                    return;
                const Choice tag{item->data(0, Qt::UserRole + 1).toString(), item->text(0)};
                QMenu menu(this);
                m_tagRows->addFavoriteAction(&menu, tag);
                menu.exec(tagTree->viewport()->mapToGlobal(pos));
            });

    m_fields = new BulkFieldsForm(m_editing);
    m_rating = m_fields->ratingWidget();
    editing->addWidget(m_fields);
    connect(m_fields, &BulkFieldsForm::ratingRequested, this, &BulkEditPanel::setRating);
    connect(m_fields, &BulkFieldsForm::organizedRequested, this, &BulkEditPanel::setOrganized);
    connect(m_fields, &BulkFieldsForm::studioRequested, this, &BulkEditPanel::setStudio);
    connect(m_fields, &BulkFieldsForm::textRequested, this, &BulkEditPanel::setText);
    connect(m_fields, &BulkFieldsForm::urlsRequested, this, &BulkEditPanel::changeUrls);
    connect(m_fields, &BulkFieldsForm::statusMessage, this, &BulkEditPanel::statusMessage);
    layout->addStretch(1);
    return contents;
}

// ---- selection and shares ---------------------------------------------------

void BulkEditPanel::setRatingSystem(const RatingSystem &system)
{
    m_ratingSystem = system;
    m_fields->setRatingSystem(system);
}

void BulkEditPanel::setLookups(ChipPicker::Lookup tags, ChipPicker::Lookup performers,
                               ChipPicker::Lookup galleries, ChipPicker::Lookup studios)
{
    m_tagEntry->setLookup(tags);
    m_shareLists->setLookups(tags, std::move(performers), std::move(galleries));
    m_fields->setStudioLookup(std::move(studios));
}

ValueSharesList *BulkEditPanel::shares(ListKind kind) const
{
    return m_shareLists->list(kind);
}

QLineEdit *BulkEditPanel::textField(const QString &serverName) const
{
    return m_fields->textField(serverName);
}

QPushButton *BulkEditPanel::applyTextButton(const QString &serverName) const
{
    return m_fields->applyTextButton(serverName);
}

bool BulkEditPanel::sharesKnown() const
{
    return m_shares->isKnown();
}

bool BulkEditPanel::isBusy() const
{
    return m_tagCreator->isBusy() || m_changes->isBusy() || m_debounce->isActive() ||
           m_refresh->isActive() || (!m_ids.isEmpty() && !m_shares->isKnown());
}

void BulkEditPanel::selectionChanged()
{
    m_readAttempts = 0; // another selection: its own tries
    m_readRetry->stop();
    m_debounce->start();
}

void BulkEditPanel::updateSelection()
{
    m_debounce->stop();
    const std::optional<QStringList> ids = m_selection->ids();
    if (!ids) {
        // Select-all is collecting the ids; the selection says changed() when done.
        m_selectionLabel->setText(tr("Collecting the selection…"));
        return;
    }
    const bool same = *ids == m_ids;
    m_ids = *ids;
    m_selectionLabel->setText(m_ids.size() == 1 ? tr("1 image selected")
                                                : tr("%L1 images selected").arg(m_ids.size()));
    updateEnabled();
    if (same && (m_shares->isKnown() || m_shares->isReading()))
        return;
    m_rating->setRating(std::nullopt);
    startReading();
}

void BulkEditPanel::withIds(std::function<void(const QStringList &)> work)
{
    if (m_debounce->isActive() || m_selection->isCollecting()) {
        updateSelection(); // the user acts now: take the selection as it is now
        if (m_selection->isCollecting()) {
            Q_EMIT statusMessage(tr("Collecting the selection…"), 3000);
            // Once select-all has every id; dropped when the selection changes first.
            QPointer<BulkEditPanel> self(this);
            m_selection->withIds([self, work = std::move(work)](const QStringList &) {
                if (!self)
                    return;
                self->updateSelection();
                if (!self->m_ids.isEmpty())
                    work(self->m_ids);
            });
            return;
        }
    }
    if (m_ids.isEmpty()) {
        Q_EMIT statusMessage(tr("Select images first."), 3000);
        return;
    }
    work(m_ids);
}

void BulkEditPanel::withShares(std::function<void()> work)
{
    withIds([this, work = std::move(work)](const QStringList &) { m_shares->whenKnown(work); });
}

void BulkEditPanel::startReading()
{
    m_shares->setIds(m_ids);
}

void BulkEditPanel::showReading(int done, int total)
{
    if (total > ReadChunkSize) {
        m_readLabel->setText(
            tr("Reading %1 of %2…").arg(QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_readLabel->setText(tr("Reading…"));
    }
    m_shareLists->setStatus(m_readLabel->text());
}

void BulkEditPanel::publishShares()
{
    m_shareLists->showShares(m_shares, int(m_ids.size()));
    m_tagRows->rebuild(); // the tooltips say who has which
}

void BulkEditPanel::scheduleRefresh()
{
    m_refresh->start();
}

int BulkEditPanel::shareOf(ListKind kind, const QString &id) const
{
    return m_shares->shareOf(kind, id);
}

void BulkEditPanel::updateEnabled()
{
    m_editing->setEnabled(!m_ids.isEmpty());
    if (m_ids.isEmpty() && !m_selection->isCollecting())
        m_selectionLabel->setText(tr("No images selected"));
}

// ---- changes ----------------------------------------------------------------

void BulkEditPanel::addToAll(ListKind kind, const Choice &value)
{
    changeList(kind, value, BulkMode::Add);
}

void BulkEditPanel::removeFromAll(ListKind kind, const Choice &value)
{
    changeList(kind, value, BulkMode::Remove);
}

void BulkEditPanel::changeList(ListKind kind, const Choice &value, BulkMode mode)
{
    withIds([this, kind, value, mode](const QStringList &ids) {
        if (kind == ListKind::Tags)
            noteRecent(value);
        submit(BulkEdits::listChange(kind, mode, {valueOf(value)}, int(ids.size())), ids);
    });
}

void BulkEditPanel::setExactly(ListKind kind, const QList<Choice> &values)
{
    withIds([this, kind, values](const QStringList &ids) {
        QList<BulkValue> exactly;
        for (const Choice &c : values)
            exactly.append(valueOf(c));
        submit(BulkEdits::listChange(kind, BulkMode::Set, exactly, int(ids.size())), ids);
    });
}

void BulkEditPanel::setRating(std::optional<int> rating100)
{
    withIds([this, rating100](const QStringList &ids) {
        submit(BulkEdits::rating(rating100, m_ratingSystem, int(ids.size())), ids);
    });
}

void BulkEditPanel::setOrganized(bool organized)
{
    withIds([this, organized](const QStringList &ids) {
        submit(BulkEdits::organized(organized, int(ids.size())), ids);
    });
}

void BulkEditPanel::setStudio(const std::optional<Choice> &studio)
{
    withIds([this, studio](const QStringList &ids) {
        submit(BulkEdits::studio(studio ? std::optional(valueOf(*studio)) : std::nullopt,
                                 int(ids.size())),
               ids);
    });
}

void BulkEditPanel::setText(const QString &serverName, const QString &value)
{
    // The client's own date rule, as the edit dialog has it: partial dates only on servers
    // that store them.
    const auto &info = m_editor->client()->serverInfo();
    const bool allowPartial = info && info->supportsPartialDates();
    // Refused at once, before waiting for a select-all's ids.
    if (const std::optional<Error> problem =
            BulkEdits::checkText(serverName, value, allowPartial)) {
        Q_EMIT statusMessage(problem->message(), 6000);
        if (QLineEdit *edit = m_fields->textField(serverName)) {
            edit->setFocus();
            edit->selectAll();
        }
        return;
    }
    withIds([this, serverName, value, allowPartial](const QStringList &ids) {
        if (Result<PlannedBulkEdit> planned =
                BulkEdits::text(serverName, value, int(ids.size()), allowPartial))
            submit(std::move(planned.value()), ids);
    });
}

void BulkEditPanel::changeUrls(BulkMode mode, const QStringList &urls)
{
    if (const std::optional<Error> problem = BulkEdits::checkUrls(mode, urls)) {
        Q_EMIT statusMessage(problem->message(), 3000);
        return;
    }
    withIds([this, mode, urls](const QStringList &ids) {
        if (Result<PlannedBulkEdit> planned = BulkEdits::urls(mode, urls, int(ids.size())))
            submit(std::move(planned.value()), ids);
    });
}

void BulkEditPanel::submit(PlannedBulkEdit planned, const QStringList &ids)
{
    m_changes->submit(std::move(planned), ids);
}

void BulkEditPanel::submit(Request request)
{
    m_changes->submit(std::move(request));
}

void BulkEditPanel::ask(const QString &title, const QString &details, const QString &applyText,
                        std::function<void()> accept)
{
    m_changes->ask(title, details, applyText, std::move(accept));
}

void BulkEditPanel::askToCreateTag(const QString &name)
{
    withIds([this, name](const QStringList &ids) {
        ask(tr("Create tag “%1”?").arg(name),
            tr("No tag has this name. Create it and add it to the %n selected image(s).", nullptr,
               int(ids.size())),
            tr("&Create"), [this, name] { m_tagCreator->create(name); });
    });
}

void BulkEditPanel::addCreatedTag(const Tag &tag)
{
    m_tagEntry->lineEdit()->clear();
    const Choice created = Lookups::choiceOf(tag);
    withIds([this, created](const QStringList &ids) {
        Request r;
        r.ids = ids;
        r.confirmed = true; // the person just said yes
        r.edit.text = tr("Add tag %1 to %L2 images").arg(created.name).arg(ids.size());
        r.partial = [name = created.name](int done, int total) {
            return tr("Added tag %1 to %L2 of %L3 images").arg(name).arg(done).arg(total);
        };
        r.edit.change.tagIds = BulkList{BulkMode::Add, {created.id}};
        r.edit.tags = tagsOf({created});
        noteRecent(created);
        submit(std::move(r));
    });
}

// ---- recent and favourite tags ---------------------------------------------

void BulkEditPanel::toggleFavorite(int index)
{
    const QList<Choice> favorites = favoriteTags();
    if (index < 0 || index >= favorites.size()) {
        Q_EMIT statusMessage(
            tr("No favourite tag %1: add favourites from a tag's context menu.").arg(index + 1),
            4000);
        return;
    }
    toggleTag(favorites.at(index));
}

void BulkEditPanel::toggleTag(const Choice &tag)
{
    withShares([this, tag] {
        if (shareOf(ListKind::Tags, tag.id) < m_ids.size())
            addToAll(ListKind::Tags, tag);
        else
            removeFromAll(ListKind::Tags, tag);
    });
}

void BulkEditPanel::focusTagEntry()
{
    m_tagEntry->lineEdit()->setFocus(Qt::ShortcutFocusReason);
    m_tagEntry->lineEdit()->selectAll();
}

QList<Choice> BulkEditPanel::recentTags() const
{
    return m_tagRows->recentTags();
}

QList<Choice> BulkEditPanel::favoriteTags() const
{
    return m_tagRows->favoriteTags();
}

void BulkEditPanel::noteRecent(const Choice &tag)
{
    m_tagRows->noteRecent(tag);
}

void BulkEditPanel::setFavoriteTags(const QList<Choice> &tags)
{
    m_tagRows->setFavorites(tags);
}

void BulkEditPanel::addFavorite(const Choice &tag)
{
    m_tagRows->addFavorite(tag);
}

void BulkEditPanel::removeFavorite(const QString &id)
{
    m_tagRows->removeFavorite(id);
}

void BulkEditPanel::reloadTagLists()
{
    m_tagRows->reload();
}

// ---- keyboard -----------------------------------------------------------------

void BulkEditPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_changes->isAsking()) {
            Q_EMIT m_bar->cancelRequested();
        } else {
            Q_EMIT focusGridRequested();
        }
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Tessera
