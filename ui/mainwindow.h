#pragma once

#include "serverendpoint.h"
#include "serverinfo.h"

#include <QFuture>
#include <QMainWindow>

#include <functional>
#include <optional>

class BulkEditPanel;
class FilterBar;
class ImageEditor;
class NotificationBar;
class QDockWidget;
class FullImageLoader;
class ImageDelegate;
class ImageGridView;
class ImageListModel;
class ImageStore;
class ImageViewer;
class QLabel;
class QMenu;
class QProgressBar;
class QSlider;
class SecretStore;
class SelectionIdCollector;
class ThumbnailCache;

namespace Stash {
class StashClient;
}

/// The main window: filter bar, the grid over the whole result, selection
/// as on a desktop, the status bar's counts, and the viewer.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `secrets` keeps API keys between runs (the system keychain in the
    /// program); without one they are kept in memory only.
    explicit MainWindow(SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Connects (capability detection), then shows the library.
    void connectTo(const Stash::ServerEndpoint &endpoint);
    /// Connects to a server used before, with the API key kept for it, if any.
    void reconnect(const QUrl &serverUrl);

    // For tests and the benchmark.
    Stash::StashClient *client() const { return m_client; }
    ImageListModel *model() const { return m_model; }
    ImageGridView *grid() const { return m_grid; }
    FilterBar *filterBar() const { return m_filterBar; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    ImageViewer *viewer() const { return m_viewer; }
    SelectionIdCollector *selectionIds() const { return m_selectionIds; }
    ImageEditor *editor() const { return m_editor; }
    NotificationBar *notifications() const { return m_notifications; }
    BulkEditPanel *bulkPanel() const { return m_bulkPanel; }
    QDockWidget *bulkDock() const { return m_bulkDock; }
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
    /// Rates every selected image (nullopt clears); keys 1–5 and 0.
    void rateSelection(std::optional<int> rating100);
    void changeOOfSelection(int change); ///< an ImageEditor::OChange
    void toggleOrganizedOfSelection();
    void editCurrent();
    void deleteSelection();

Q_SIGNALS:
    /// Emitted after a successful connect (or with an error message after a failed one).
    void connected();
    void connectionFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void applyQuery();
    void updateSelectionStatus();
    void updateTotals();
    void onZoomChanged(int level);
    void setUpLookups();
    void createEditActions();
    /// The bulk-edit dock, its actions (View: Ctrl+B; Edit: T, Alt+1…9) and its wiring.
    void createBulkPanel();
    void addBulkActions(QMenu *view, QMenu *edit);
    void openEditor(int row);
    void deleteImages(const QStringList &ids);
    /// Runs `work` with the ids of the selection, once select-all has collected them.
    void withSelectedIds(std::function<void(const QStringList &)> work);

    SecretStore *m_secrets;
    Stash::StashClient *m_client;
    ImageStore *m_store;
    ThumbnailCache *m_thumbnails;
    ImageListModel *m_model;
    SelectionIdCollector *m_selectionIds;
    FullImageLoader *m_fullImages;
    FilterBar *m_filterBar;
    ImageGridView *m_grid;
    ImageDelegate *m_delegate;
    ImageViewer *m_viewer;
    ImageEditor *m_editor;
    NotificationBar *m_notifications;
    QDockWidget *m_historyDock;
    QDockWidget *m_bulkDock = nullptr;
    BulkEditPanel *m_bulkPanel = nullptr;
    QMenu *m_viewMenu = nullptr;
    std::function<void(const QStringList &)> m_afterSelection;
    QLabel *m_selectionLabel;
    QLabel *m_totalsLabel;
    QLabel *m_serverLabel;
    QProgressBar *m_progress;
    QSlider *m_zoomSlider = nullptr;
    std::optional<Stash::ServerInfo> m_serverInfo;
    QFuture<void> m_statsRequest;
    QStringList m_allIds; ///< from select-all; valid while the whole result stays selected
    bool m_allSelected = false;
};
