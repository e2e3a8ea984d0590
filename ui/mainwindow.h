// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "serverendpoint.h"
#include "serverinfo.h"

#include <QFuture>
#include <QMainWindow>

#include <functional>
#include <optional>

class QDockWidget;
class QLabel;
class QProgressBar;
class QSlider;
namespace Stash {
class StashClient;
}

namespace Tessera {

class BulkEditPanel;
class FilterBar;
class ImageEditor;
class NotificationBar;
class PendingChangesIndicator;
class PendingChangesWindow;
class ImageDelegate;
class ImageGridView;
class ImageListModel;
class ImageStore;
class ImageViewer;
class MainWindowActions;
class ProfileStore;
class SecretStore;
class SecretVault;
class Selection;
class SelectionEditing;
class SelectionIdCollector;
class ServerProfile;
class ServerSwitcher;
class Session;
class ShortcutsWindow;
class ThumbnailCache;

/// The main window: filter bar, the grid over the whole result, selection
/// as on a desktop, the status bar's counts, and the viewer.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `secrets` keeps API keys between runs (the system keychain in the
    /// program); without one they are kept in memory only. The window makes its
    /// Session (the server's client, images, editor, selection) and hands it to
    /// the widgets.
    explicit MainWindow(SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects (capability detection), then shows the library. The API key
    /// is the person's: it is kept in the keychain once it works.
    void connectTo(const Stash::ServerEndpoint &endpoint);
    /// The same for a server given by --server or $STASH_URL: its key
    /// ($STASH_API_KEY) serves this run only and is stored only when the
    /// person saves the connection, so nothing asks about the keychain.
    void connectForThisRun(const Stash::ServerEndpoint &endpoint);
    /// Makes this profile active and connects with its secret (logging in
    /// first for username and password), after clearing everything that
    /// belonged to the previous server: images, undo history, thumbnails.
    void connectToProfile(const QString &profileId);
    ProfileStore *profiles() const { return m_profiles; }
    /// Connecting and switching servers; the window answers its prompts.
    ServerSwitcher *serverSwitcher() const { return m_switcher; }
    /// Where secrets are kept; the window answers its question about the settings file.
    SecretVault *secretVault() const { return m_vault; }

    Session *session() const { return m_session; }
    /// The edit keys and the Edit menu's changes to the selection.
    SelectionEditing *selectionEditing() const { return m_selectionEditing; }
    // For tests and the benchmark.
    Stash::StashClient *client() const { return m_client; }
    ImageListModel *model() const { return m_model; }
    ThumbnailCache *thumbnails() const;
    SelectionIdCollector *selectionIds() const;
    ImageEditor *editor() const { return m_editor; }
    ImageGridView *grid() const { return m_grid; }
    FilterBar *filterBar() const { return m_filterBar; }
    ImageViewer *viewer() const { return m_viewer; }
    NotificationBar *notifications() const { return m_notifications; }
    BulkEditPanel *bulkPanel() const { return m_bulkPanel; }
    QDockWidget *bulkDock() const { return m_bulkDock; }
    /// The keyboard shortcuts window (F1, ?); created on first use.
    ShortcutsWindow *shortcutsWindow();
    /// Edit → Pending changes…: the changes on their way and the refused ones.
    PendingChangesWindow *pendingChangesWindow();
    PendingChangesIndicator *pendingChangesIndicator() const { return m_pendingIndicator; }
    /// Ids of every selected image once select-all collected them, else the loaded selected ones.
    QStringList selectedIds() const;
    int selectedCount() const;
    QString statusText() const;
    bool isConnected() const { return m_serverInfo.has_value(); }

public Q_SLOTS:
    void selectAll();
    void clearSelection();
    void invertSelection();
    void openViewer();
    void showConnectionDialog();
    void editCurrent();
    void showShortcuts();
    void showPendingChanges();

Q_SIGNALS:
    /// Emitted after a successful connect (or with an error message after a failed one).
    void connected();
    void connectionFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyQuery();
    void updateSelectionStatus();
    void updateTotals();
    void onZoomChanged(int level);
    void setUpLookups();
    /// The grid's, the viewer's and the editor's requests and reports.
    void connectEditing();
    /// The outbox's news: changes of an earlier run saved, a pause for a login.
    void connectOutbox();
    /// Quitting with changes still on their way: wait for them, or send them next time.
    bool askBeforeQuittingWithPendingChanges();
    /// The bulk-edit dock and its wiring.
    void createBulkPanel();
    void openEditor(int row);
    // Server profiles (mainwindowprofiles.cpp).
    void createServerMenu();
    /// The switcher's and the vault's signals: status bar, resets, and the questions they ask.
    void connectServerSwitcher();
    /// Forgets what belonged to the previous server before another one is shown.
    void resetForServerChange();
    /// The active profile's zoom, sort, viewer and bulk-panel preferences, and its thumbnail
    /// folder.
    void applyProfilePreferences();
    /// The server answered: its rating system, the status bar, the title and the library.
    void showConnectedServer(const Stash::ServerInfo &info, const Stash::ServerEndpoint &endpoint);
    /// "Could not connect", offering the connection settings.
    void askAfterFailedConnect(const Stash::ServerEndpoint &endpoint, const QString &message);
    /// Whether secrets may go to the settings file when the keychain refuses them.
    void askSecretsFallback(const QString &where, const QString &error);

    SecretStore *m_secrets;
    ProfileStore *m_profiles = nullptr;
    SecretVault *m_vault = nullptr;
    ServerSwitcher *m_switcher = nullptr;
    bool m_reloadOnConnect = false;
    QString m_defaultThumbnailDir;
    Session *m_session;
    // The session's parts this window uses most.
    Stash::StashClient *m_client;
    ImageStore *m_store;
    ImageListModel *m_model;
    ImageEditor *m_editor;
    Selection *m_selection;
    FilterBar *m_filterBar;
    ImageGridView *m_grid;
    ImageDelegate *m_delegate;
    ImageViewer *m_viewer;
    NotificationBar *m_notifications;
    QDockWidget *m_bulkDock = nullptr;
    BulkEditPanel *m_bulkPanel = nullptr;
    MainWindowActions *m_actions = nullptr;
    SelectionEditing *m_selectionEditing = nullptr;
    ShortcutsWindow *m_shortcuts = nullptr;
    PendingChangesWindow *m_pendingWindow = nullptr;
    PendingChangesIndicator *m_pendingIndicator = nullptr;
    bool m_quitWhenSent = false; ///< the person chose to wait for the pending changes
    bool m_quitAnyway = false;   ///< the person chose to quit and send them next time
    QLabel *m_selectionLabel;
    QLabel *m_totalsLabel;
    QLabel *m_serverLabel;
    QProgressBar *m_progress;
    QSlider *m_zoomSlider = nullptr;
    std::optional<Stash::ServerInfo> m_serverInfo;
    QFuture<void> m_statsRequest;
};

} // namespace Tessera
