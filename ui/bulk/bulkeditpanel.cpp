// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/bulkeditpanel.h"

#include "bulk/bulkfieldsform.h"
#include "bulk/bulkpreviewbar.h"
#include "bulk/chiplist.h"
#include "futurewatch.h"
#include "imageeditor.h"
#include "notificationbar.h"
#include "profilestore.h"
#include "selection.h"
#include "selectionshares.h"
#include "session.h"
#include "widgets/ratingwidget.h"
#include "stashclient.h"
#include "bulk/tagentry.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

namespace {

QString listNoun(BulkEditPanel::ListKind kind)
{
    switch (kind) {
    case BulkEditPanel::ListKind::Tags:
        return BulkEditPanel::tr("tag");
    case BulkEditPanel::ListKind::Performers:
        return BulkEditPanel::tr("performer");
    case BulkEditPanel::ListKind::Galleries:
        return BulkEditPanel::tr("gallery");
    }
    return {};
}

// The plural on its own: languages do not make it by appending an "s".
QString listNouns(BulkEditPanel::ListKind kind)
{
    switch (kind) {
    case BulkEditPanel::ListKind::Tags:
        return BulkEditPanel::tr("tags");
    case BulkEditPanel::ListKind::Performers:
        return BulkEditPanel::tr("performers");
    case BulkEditPanel::ListKind::Galleries:
        return BulkEditPanel::tr("galleries");
    }
    return {};
}

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

TagShortcuts::Tag shortcutOf(const Choice &choice)
{
    return TagShortcuts::Tag{choice.id, choice.name};
}

QList<Choice> choicesOf(const QList<TagShortcuts::Tag> &tags)
{
    QList<Choice> out;
    for (const TagShortcuts::Tag &t : tags)
        out.append(Choice{t.id, t.name});
    return out;
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
        if (m_editor->isBusy() || m_runner->isRunning()) {
            m_refresh->start();
            return;
        }
        if (!m_ids.isEmpty())
            startReading();
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

    connect(m_runner, &BulkEditRunner::prepared, this, &BulkEditPanel::onPrepared);
    connect(m_runner, &BulkEditRunner::finished, this, &BulkEditPanel::onFinished);
    connect(m_runner, &BulkEditRunner::failed, this, [this](const Error &error) {
        closeBar();
        m_notifications->showError(
            tr("Could not read the selected images: %1").arg(error.message()));
        m_current.reset();
        Q_EMIT editFinished();
        startNext();
    });
    connect(m_runner, &BulkEditRunner::progress, this,
            [this](int done, int total, const QString &what) {
                // One chunk is over in a moment: show progress only where Cancel can matter.
                if (total <= m_runner->chunkSize() || m_barMode == BarMode::Question)
                    return;
                m_barMode = BarMode::Progress;
                m_bar->showProgress(done, total, what);
            });
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
        m_readLabel->setText(tr("Could not read the selection: %1").arg(error.message()));
        for (ValueSharesList *list : m_lists)
            list->setStatus(QString());
    });
    connect(m_tagShortcuts, &TagShortcuts::changed, this, &BulkEditPanel::rebuildChips);

    rebuildChips();
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
    m_readLabel = new QLabel(contents);
    m_readLabel->setForegroundRole(QPalette::PlaceholderText);
    m_readLabel->setAccessibleName(tr("Reading progress"));
    header->addWidget(m_selectionLabel);
    header->addStretch();
    header->addWidget(m_readLabel);
    layout->addLayout(header);

    m_bar = new BulkPreviewBar(contents);
    layout->addWidget(m_bar);
    connect(m_bar, &BulkPreviewBar::applyRequested, this, [this] {
        if (m_barMode == BarMode::Question) {
            auto accept = std::exchange(m_questionAccept, {});
            closeBar();
            if (accept)
                accept();
        } else if (m_barMode == BarMode::Preview && m_runner->isPrepared()) {
            m_barMode = BarMode::None;
            m_bar->finish();
            m_runner->apply();
        }
    });
    connect(m_bar, &BulkPreviewBar::cancelRequested, this, [this] {
        if (m_barMode == BarMode::Question) {
            m_questionAccept = {};
            closeBar();
        } else {
            m_runner->cancel();
        }
    });

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
    connect(m_tagEntry, &TagEntry::createRequested, this, &BulkEditPanel::createTagAndAdd);

    const auto chipRow = [this, editing](const QString &title, QLabel *&label, ChipList *&list) {
        label = new QLabel(title, m_editing);
        label->setForegroundRole(QPalette::PlaceholderText);
        auto *chips = new ChipList(m_editing);
        list = chips;
        list->setAccessibleName(title);
        list->installEventFilter(this);
        editing->addWidget(label);
        editing->addWidget(list);
        connect(list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            const Choice tag = ChipList::tagOf(item);
            withShares([this, tag] {
                if (shareOf(ListKind::Tags, tag.id) < m_ids.size())
                    addToAll(ListKind::Tags, tag);
                else
                    removeFromAll(ListKind::Tags, tag);
            });
        });
        connect(list, &QWidget::customContextMenuRequested, this,
                [this, list](const QPoint &pos) { showChipMenu(list, pos); });
    };
    chipRow(tr("Favourite tags (Alt+1…Alt+9 toggle)"), m_favoritesLabel, m_favoriteChips);
    chipRow(tr("Recently used tags"), m_recentLabel, m_recentChips);

    const ListKind kinds[] = {ListKind::Tags, ListKind::Performers, ListKind::Galleries};
    const QString titles[] = {tr("Tags"), tr("Performers"), tr("Galleries")};
    for (int i = 0; i < 3; ++i) {
        const ListKind kind = kinds[i];
        auto *list = m_lists[i] =
            new ValueSharesList(titles[i], listNoun(kind), listNouns(kind), m_editing);
        editing->addWidget(list);
        connect(list, &ValueSharesList::addToAllRequested, this,
                [this, kind](const Choice &v) { addToAll(kind, v); });
        connect(list, &ValueSharesList::removeFromAllRequested, this,
                [this, kind](const Choice &v) { removeFromAll(kind, v); });
        connect(list, &ValueSharesList::setExactlyRequested, this,
                [this, kind](const QList<Choice> &v) { setExactly(kind, v); });
    }
    // Favourites come from the tags list too.
    QTreeWidget *tagTree = m_lists[0]->tree();
    tagTree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(
        tagTree, &QWidget::customContextMenuRequested, this, [this, tagTree](const QPoint &pos) {
            const QTreeWidgetItem *item = tagTree->itemAt(pos);
            if (!item || !(item->flags() & Qt::ItemIsEnabled))
                return;
            const Choice tag{item->data(0, Qt::UserRole + 1).toString(), item->text(0)};
            QMenu menu(this);
            if (m_tagShortcuts->isFavorite(tag.id))
                menu.addAction(tr("Remove from favourites"), this,
                               [this, tag] { removeFavorite(tag.id); });
            else
                menu.addAction(tr("Add to favourites"), this, [this, tag] { addFavorite(tag); });
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
    m_lists[0]->setLookup(tags);
    m_lists[1]->setLookup(std::move(performers));
    m_lists[2]->setLookup(std::move(galleries));
    m_fields->setStudioLookup(std::move(studios));
}

ValueSharesList *BulkEditPanel::shares(ListKind kind) const
{
    return m_lists[int(kind)];
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

int BulkEditPanel::confirmThreshold() const
{
    return QSettings()
        .value(QStringLiteral("bulk/confirmThreshold"), DefaultConfirmThreshold)
        .toInt();
}

bool BulkEditPanel::isBusy() const
{
    return m_creating > 0 || m_current.has_value() || !m_queue.isEmpty() || m_runner->isRunning() ||
           m_runner->isPrepared() || m_barMode != BarMode::None || m_debounce->isActive() ||
           m_refresh->isActive() || (!m_ids.isEmpty() && !m_shares->isKnown());
}

void BulkEditPanel::selectionChanged()
{
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
    for (ValueSharesList *list : m_lists)
        list->setStatus(m_readLabel->text());
}

void BulkEditPanel::publishShares()
{
    for (int i = 0; i < 3; ++i) {
        QList<ValueShare> shares;
        for (const SharedValue &shared : m_shares->shares(ListKind(i)))
            shares.append(ValueShare{Choice{shared.value.id, shared.value.name}, shared.count});
        m_lists[i]->setShares(shares, int(m_ids.size()));
        m_lists[i]->setStatus(QString());
    }
    rebuildChips(); // the tooltips say who has which
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
    Request r;
    r.edit = std::move(planned.edit);
    r.ids = ids;
    r.alwaysConfirm = planned.alwaysConfirm;
    r.partial = std::move(planned.partial);
    submit(std::move(r));
}

void BulkEditPanel::submit(Request request)
{
    m_queue.append(std::move(request));
    startNext();
}

void BulkEditPanel::startNext()
{
    if (m_current || m_queue.isEmpty() || m_runner->isRunning() || m_runner->isPrepared() ||
        m_barMode == BarMode::Question)
        return;
    m_current = m_queue.takeFirst();
    m_last = *m_current;
    m_runner->prepare(m_current->ids, m_current->edit);
}

void BulkEditPanel::onPrepared(const BulkPreview &preview)
{
    if (!m_current)
        return;
    if (preview.changing == 0) {
        m_silentCancel = true;
        m_runner->cancel();
        Q_EMIT statusMessage(tr("Nothing to change: %1").arg(preview.describe()), 5000);
        return;
    }
    const bool ask = !m_current->confirmed &&
                     (m_current->alwaysConfirm || m_current->ids.size() > confirmThreshold());
    if (!ask) {
        if (m_barMode == BarMode::Progress)
            m_bar->finish();
        m_barMode = BarMode::None;
        m_runner->apply();
        return;
    }
    if (!m_focusBefore)
        m_focusBefore = QApplication::focusWidget();
    m_barMode = BarMode::Preview;
    QString details = preview.describe();
    if (preview.changing < preview.total)
        details += QLatin1Char('\n') +
                   tr("%L1 of %L2 images change.").arg(preview.changing).arg(preview.total);
    m_bar->ask(m_current->edit.text, details);
}

void BulkEditPanel::onFinished(const BulkEditRunner::Report &report)
{
    if (m_barMode != BarMode::Question) {
        m_barMode = BarMode::None;
        m_bar->finish();
        if (m_focusBefore) {
            m_focusBefore->setFocus();
            m_focusBefore = nullptr;
        }
    }
    const Request &request = m_current ? *m_current : m_last;
    if (std::exchange(m_silentCancel, false)) {
        // nothing to do; already said so
    } else if (report.error) {
        const int applied = int(report.applied.size());
        const QString done = request.partial ? request.partial(applied, report.total)
                                             : tr("%1: %L2 of %L3 images changed")
                                                   .arg(request.edit.text)
                                                   .arg(applied)
                                                   .arg(report.total);
        m_notifications->showError(
            tr("%1; the rest failed: %2").arg(done, report.error->message()), [this] {
                if (m_runner->isRunning() || m_runner->isPrepared())
                    return;
                m_current = m_last;
                m_current->confirmed = true; // retryRest() applies as soon as it has read
                m_runner->retryRest();
            });
    } else if (report.canceled) {
        Q_EMIT statusMessage(report.applied.isEmpty()
                                 ? tr("Canceled; no image was changed.")
                                 : tr("Canceled after %L1 of %L2 images (undo reverts those).")
                                       .arg(report.applied.size())
                                       .arg(report.total),
                             8000);
    } else {
        Q_EMIT statusMessage(tr("Done: %1").arg(request.edit.text), 4000);
    }
    m_current.reset();
    if (!report.applied.isEmpty())
        scheduleRefresh();
    Q_EMIT editFinished();
    startNext();
}

void BulkEditPanel::ask(const QString &title, const QString &details, const QString &applyText,
                        std::function<void()> accept)
{
    if (!m_focusBefore)
        m_focusBefore = QApplication::focusWidget();
    m_barMode = BarMode::Question;
    m_questionAccept = std::move(accept);
    m_bar->ask(title, details, applyText);
}

void BulkEditPanel::closeBar()
{
    m_barMode = BarMode::None;
    m_bar->finish();
    if (m_focusBefore) {
        m_focusBefore->setFocus();
        m_focusBefore = nullptr;
    }
    startNext();
}

void BulkEditPanel::createTagAndAdd(const QString &name)
{
    withIds([this, name](const QStringList &ids) {
        ask(tr("Create tag “%1”?").arg(name),
            tr("No tag has this name. Create it and add it to the %n selected image(s).", nullptr,
               int(ids.size())),
            tr("&Create"), [this, name] {
                ++m_creating;
                FutureWatch::onResult(
                    m_editor->client()->createTag(name), this,
                    [this, name](const Result<Tag> &tag) {
                        --m_creating;
                        if (!tag) {
                            m_notifications->showError(
                                tr("Could not create tag %1: %2").arg(name, tag.error().message()));
                            return;
                        }
                        m_tagEntry->lineEdit()->clear();
                        const Choice created{tag.value().id, tag.value().name};
                        withIds([this, created](const QStringList &ids) {
                            Request r;
                            r.ids = ids;
                            r.confirmed = true; // the user just said yes
                            r.edit.text =
                                tr("Add tag %1 to %L2 images").arg(created.name).arg(ids.size());
                            r.partial = [name = created.name](int done, int total) {
                                return tr("Added tag %1 to %L2 of %L3 images")
                                    .arg(name)
                                    .arg(done)
                                    .arg(total);
                            };
                            r.edit.change.tagIds = BulkList{BulkMode::Add, {created.id}};
                            r.edit.tags = tagsOf({created});
                            noteRecent(created);
                            submit(std::move(r));
                        });
                    });
            });
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
    const Choice tag = favorites.at(index);
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
    return choicesOf(m_tagShortcuts->recent());
}

QList<Choice> BulkEditPanel::favoriteTags() const
{
    return choicesOf(m_tagShortcuts->favorites());
}

void BulkEditPanel::noteRecent(const Choice &tag)
{
    m_tagShortcuts->noteRecent(shortcutOf(tag));
}

void BulkEditPanel::setFavoriteTags(const QList<Choice> &tags)
{
    QList<TagShortcuts::Tag> favorites;
    for (const Choice &c : tags)
        favorites.append(shortcutOf(c));
    m_tagShortcuts->setFavorites(favorites);
    Q_EMIT favoritesChanged();
}

void BulkEditPanel::addFavorite(const Choice &tag)
{
    m_tagShortcuts->addFavorite(shortcutOf(tag));
    Q_EMIT favoritesChanged();
}

void BulkEditPanel::removeFavorite(const QString &id)
{
    m_tagShortcuts->removeFavorite(id);
    Q_EMIT favoritesChanged();
}

void BulkEditPanel::reloadTagLists()
{
    m_tagShortcuts->reload();
    Q_EMIT favoritesChanged();
}

QList<ChipList::Chip> BulkEditPanel::chipsOf(const QList<TagShortcuts::Tag> &tags,
                                             bool numbered) const
{
    const bool known = m_shares->isKnown() && !m_ids.isEmpty();
    QList<ChipList::Chip> chips;
    for (int i = 0; i < tags.size(); ++i) {
        const Choice tag{tags.at(i).id, tags.at(i).name};
        const QString label =
            numbered && i < 9 ? QStringLiteral("%1  %2").arg(i + 1).arg(tag.name) : tag.name;
        QString tip;
        if (known) {
            const int has = shareOf(ListKind::Tags, tag.id);
            tip =
                has < m_ids.size()
                    ? tr("%1 is on %L2 of %L3 selected images: click to add it to all")
                          .arg(tag.name)
                          .arg(has)
                          .arg(m_ids.size())
                    : tr("Every selected image has %1: click to remove it from all").arg(tag.name);
        } else {
            tip = tr("Click to add %1 to the selected images, or to remove it if all have it")
                      .arg(tag.name);
        }
        if (numbered && i < 9)
            tip += QLatin1Char('\n') + tr("Shortcut: Alt+%1").arg(i + 1);
        chips.append(ChipList::Chip{tag, label, tip});
    }
    return chips;
}

void BulkEditPanel::rebuildChips()
{
    const QList<TagShortcuts::Tag> recent = m_tagShortcuts->recent();
    const QList<TagShortcuts::Tag> favorites = m_tagShortcuts->favorites();
    m_favoriteChips->setChips(chipsOf(favorites, true));
    m_recentChips->setChips(chipsOf(recent, false));
    m_recentLabel->setVisible(!recent.isEmpty());
    m_recentChips->setVisible(!recent.isEmpty());
    m_favoritesLabel->setText(favorites.isEmpty()
                                  ? tr("Favourite tags: none yet (right-click a tag to add it)")
                                  : tr("Favourite tags (Alt+1…Alt+9 toggle)"));
    m_favoriteChips->setVisible(!favorites.isEmpty());
}

void BulkEditPanel::showChipMenu(QListWidget *list, const QPoint &pos)
{
    const QListWidgetItem *item = list->itemAt(pos);
    if (!item)
        return;
    const Choice tag = ChipList::tagOf(item);
    QMenu menu(this);
    menu.addAction(tr("Add to all selected images"), this,
                   [this, tag] { addToAll(ListKind::Tags, tag); });
    menu.addAction(tr("Remove from all selected images"), this,
                   [this, tag] { removeFromAll(ListKind::Tags, tag); });
    menu.addSeparator();
    if (m_tagShortcuts->isFavorite(tag.id))
        menu.addAction(tr("Remove from favourites"), this, [this, tag] { removeFavorite(tag.id); });
    else
        menu.addAction(tr("Add to favourites"), this, [this, tag] { addFavorite(tag); });
    if (list == m_recentChips) {
        menu.addAction(tr("Forget"), this, [this, tag] { m_tagShortcuts->forgetRecent(tag.id); });
    }
    menu.exec(list->viewport()->mapToGlobal(pos));
}

// ---- keyboard -----------------------------------------------------------------

void BulkEditPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_barMode == BarMode::Question || m_barMode == BarMode::Preview) {
            Q_EMIT m_bar->cancelRequested();
        } else {
            Q_EMIT focusGridRequested();
        }
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool BulkEditPanel::eventFilter(QObject *watched, QEvent *event)
{
    auto *list = qobject_cast<QListWidget *>(watched);
    if (list && (list == m_recentChips || list == m_favoriteChips) &&
        event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) &&
            list->currentItem()) {
            Q_EMIT list->itemClicked(list->currentItem());
            return true;
        }
        if (key == Qt::Key_Delete && list == m_favoriteChips && list->currentItem()) {
            removeFavorite(ChipList::tagOf(list->currentItem()).id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Tessera
