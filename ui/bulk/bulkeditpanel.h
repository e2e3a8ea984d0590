// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkeditrunner.h"
#include "bulkedits.h"
#include "bulk/bulkchangequeue.h"
#include "bulk/bulkfieldsform.h"
#include "bulk/tagshortcutrows.h"
#include "widgets/chippicker.h"
#include "ratingsystem.h"
#include "tagshortcuts.h"
#include "bulk/valueshareslist.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Tessera {

class BulkPreviewBar;
class BulkShareLists;
class ImageEditor;
class NotificationBar;
class RatingWidget;
class Selection;
class SelectionShares;
class Session;
class TagCreator;
class TagEntry;

/// The bulk-edit panel: everything one can do to the whole selection (a few
/// images or every result). It shows which tags, performers and galleries the
/// selected images have and on how many, adds or removes any of them on all,
/// sets lists exactly, types tags, keeps recent and favourite tags, and sets
/// rating, organized, studio and the text fields. Every change runs through
/// one BulkEditRunner: read, preview (asked above a threshold), apply in
/// chunks with progress and Cancel, one undo step. What the shares are comes
/// from SelectionShares (shown by BulkShareLists), the edits from BulkEdits,
/// the recent and favourite tags from TagShortcuts (shown by TagShortcutRows),
/// the queue of changes and the preview bar from BulkChangeQueue; the panel
/// keeps the selection, the keyboard and which change each intent makes.
class BulkEditPanel final : public QWidget
{
    Q_OBJECT

public:
    using ListKind = Tessera::ListKind;

    static constexpr int ReadChunkSize = 500;
    /// Reads of the shares tried again after a passing failure before the panel gives up.
    static constexpr int MaxReadAttempts = 5;
    static constexpr int MaxRecentTags = TagShortcuts::MaxRecent;
    static constexpr int DefaultConfirmThreshold = BulkChangeQueue::DefaultConfirmThreshold;

    /// Changes the session's selection, through its bulk runner.
    BulkEditPanel(Session *session, NotificationBar *notifications, QWidget *parent = nullptr);
    ~BulkEditPanel() override;

    void setRatingSystem(const Stash::RatingSystem &system);
    void setLookups(ChipPicker::Lookup tags, ChipPicker::Lookup performers,
                    ChipPicker::Lookup galleries, ChipPicker::Lookup studios);

    // ---- state (tests, the main window) ------------------------------------
    QStringList ids() const { return m_ids; }
    /// The shares of the current selection are read.
    bool sharesKnown() const;
    bool isBusy() const;
    /// Reads the recent and favourite tags again (they belong to the active server profile).
    void reloadTagLists();
    ValueSharesList *shares(ListKind kind) const;
    /// Above this many selected images every change is previewed first (QSettings
    /// bulk/confirmThreshold).
    int confirmThreshold() const { return BulkChangeQueue::confirmThreshold(); }
    BulkPreviewBar *previewBar() const { return m_bar; }
    TagEntry *tagEntry() const { return m_tagEntry; }
    RatingWidget *ratingWidget() const { return m_rating; }
    QPushButton *clearRatingButton() const { return m_fields->clearRatingButton(); }
    QPushButton *organizedButton() const { return m_fields->organizedButton(); }
    QPushButton *notOrganizedButton() const { return m_fields->notOrganizedButton(); }
    ChipPicker *studioPicker() const { return m_fields->studioPicker(); }
    QPushButton *setStudioButton() const { return m_fields->setStudioButton(); }
    QPushButton *clearStudioButton() const { return m_fields->clearStudioButton(); }
    QLineEdit *textField(const QString &serverName) const;
    QPushButton *applyTextButton(const QString &serverName) const;
    QListWidget *recentChips() const { return m_tagRows->recentChips(); }
    QListWidget *favoriteChips() const { return m_tagRows->favoriteChips(); }

    QList<Choice> recentTags() const;
    QList<Choice> favoriteTags() const;
    void setFavoriteTags(const QList<Choice> &tags);
    void addFavorite(const Choice &tag);
    void removeFavorite(const QString &id);

public Q_SLOTS:
    /// The selection changed (or select-all finished collecting): re-read, debounced.
    void selectionChanged();
    /// Takes the keyboard to the type-ahead tag entry.
    void focusTagEntry();
    /// Favourite `index` (0-based): added to all if any selected image lacks it, else removed from
    /// all.
    void toggleFavorite(int index);

    void addToAll(ListKind kind, const Choice &value);
    void removeFromAll(ListKind kind, const Choice &value);
    void setExactly(ListKind kind, const QList<Choice> &values);
    /// nullopt clears.
    void setRating(std::optional<int> rating100);
    void setOrganized(bool organized);
    /// nullopt clears.
    void setStudio(const std::optional<Choice> &studio);
    /// An empty value clears (after a confirmation). serverName: title code date details
    /// photographer.
    void setText(const QString &serverName, const QString &value);
    void changeUrls(Stash::BulkMode mode, const QStringList &urls);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    /// Esc outside any question: back to the grid.
    void focusGridRequested();
    void favoritesChanged();
    /// The shares of the current selection were read (tests).
    void sharesUpdated();
    /// A bulk change ended (applied, canceled, failed or nothing to do).
    void editFinished();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    using Request = BulkChangeQueue::Request;

    QWidget *createContents();
    void updateSelection();
    void startReading();
    void showReading(int done, int total);
    void publishShares();
    void scheduleRefresh();
    void withIds(std::function<void(const QStringList &)> work);
    void withShares(std::function<void()> work);
    void submit(Request request);
    void submit(PlannedBulkEdit planned, const QStringList &ids);
    /// Adds (ADD) or removes (REMOVE) one value on every selected image.
    void changeList(ListKind kind, const Choice &value, Stash::BulkMode mode);
    void ask(const QString &title, const QString &details, const QString &applyText,
             std::function<void()> accept);
    void askToCreateTag(const QString &name);
    void addCreatedTag(const Stash::Tag &tag);
    /// Adds `tag` to all selected images, or removes it from all if all have it.
    void toggleTag(const Choice &tag);
    void noteRecent(const Choice &tag);
    void updateEnabled();
    int shareOf(ListKind kind, const QString &id) const;

    ImageEditor *m_editor;
    NotificationBar *m_notifications;
    BulkEditRunner *m_runner;
    Selection *m_selection;
    SelectionShares *m_shares;
    TagShortcuts *m_tagShortcuts;
    Stash::RatingSystem m_ratingSystem;

    // selection and shares
    QTimer *m_debounce;
    QTimer *m_refresh;
    bool m_refreshWhenSent = false; ///< a refresh waits for the outbox to empty
    QTimer *m_readRetry;            ///< reads the shares again after a passing failure
    int m_readAttempts = 0;
    QStringList m_ids; ///< the selection whose shares are shown (read after the debounce)

    // changes
    BulkChangeQueue *m_changes = nullptr;
    TagCreator *m_tagCreator = nullptr; ///< typed names → tags (found, or created after asking)

    // widgets
    QLabel *m_selectionLabel = nullptr;
    QLabel *m_readLabel = nullptr;
    BulkPreviewBar *m_bar = nullptr;
    TagEntry *m_tagEntry = nullptr;
    TagShortcutRows *m_tagRows = nullptr;
    BulkShareLists *m_shareLists = nullptr;
    QWidget *m_editing = nullptr; ///< everything that needs a selection
    BulkFieldsForm *m_fields = nullptr;
    RatingWidget *m_rating = nullptr; ///< the form's, reset for every new selection
};

} // namespace Tessera
