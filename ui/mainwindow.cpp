// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "mainwindow.h"
#include "widgets/plaintext.h"

#include "bulk/bulkeditpanel.h"
#include "bulkeditrunner.h"
#include "servers/certificatedialog.h"
#include "widgets/lookups.h"
#include "servers/connectiondialog.h"
#include "edit/editimagedialog.h"
#include "changes/pendingchangesindicator.h"
#include "changes/pendingchangeswindow.h"
#include "changesender.h"
#include "imageeditor.h"
#include "mainwindowactions.h"
#include "memorysecretstore.h"
#include "notificationbar.h"
#include "outbox.h"
#include "profilestore.h"
#include "grid/filterbar.h"
#include "futurewatch.h"
#include "grid/imagedelegate.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "viewer/imageviewer.h"
#include "languagemenu.h"
#include "selection.h"
#include "selectionediting.h"
#include "selectionidcollector.h"
#include "serverswitcher.h"
#include "session.h"
#include "shortcutswindow.h"
#include "stashclient.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

MainWindow::MainWindow(SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_secrets(secrets ? secrets : new MemorySecretStore(this))
    , m_session(new Session(this))
    , m_client(m_session->client())
    , m_store(m_session->store())
    , m_model(m_session->images())
    , m_editor(m_session->editor())
    , m_selection(m_session->selection())
    , m_filterBar(new FilterBar(this))
    , m_grid(new ImageGridView(this))
    , m_delegate(new ImageDelegate(this))
    , m_viewer(new ImageViewer(m_session, this))
    , m_notifications(new NotificationBar(this))
    , m_selectionLabel(plainLabel(new QLabel(this)))
    , m_totalsLabel(plainLabel(new QLabel(this)))
    , m_serverLabel(plainLabel(new QLabel(this)))
    , m_progress(new QProgressBar(this))
{
    // First: it turns an old "server/url" into a profile, whose preferences are read below.
    m_profiles = new ProfileStore(this);
    setWindowTitle(tr("Tessera"));
    m_grid->setModel(m_model);
    // The grid shows the session's selection, which select-all and the bulk panel share.
    QItemSelectionModel *own = m_grid->selectionModel();
    m_grid->setSelectionModel(m_selection->rows());
    delete own;
    m_grid->setItemDelegate(m_delegate);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_notifications);
    layout->addWidget(m_grid, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_selectionLabel);
    statusBar()->addWidget(m_totalsLabel, 1);
    m_pendingIndicator = new PendingChangesIndicator(m_editor->sender(), this);
    statusBar()->addPermanentWidget(m_pendingIndicator);
    statusBar()->addPermanentWidget(m_progress);
    auto *zoom = m_zoomSlider = new QSlider(Qt::Horizontal, this);
    zoom->setRange(0, int(ImageGridView::zoomWidths().size()) - 1);
    zoom->setPageStep(1);
    zoom->setFixedWidth(110);
    zoom->setToolTip(tr("Thumbnail size (Ctrl+= / Ctrl+-, Ctrl+wheel)"));
    zoom->setAccessibleName(tr("Thumbnail size"));
    zoom->setFocusPolicy(Qt::NoFocus);
    connect(zoom, &QSlider::valueChanged, m_grid, &ImageGridView::setZoomLevel);
    connect(m_grid, &ImageGridView::zoomLevelChanged, zoom, &QSlider::setValue);
    statusBar()->addPermanentWidget(zoom);
    statusBar()->addPermanentWidget(m_serverLabel);

    connect(m_filterBar, &FilterBar::queryChanged, this, &MainWindow::applyQuery);
    connect(m_grid, &ImageGridView::visibleRowsChanged, m_model, &ImageListModel::setVisibleRows);
    connect(m_grid, &ImageGridView::zoomLevelChanged, this, &MainWindow::onZoomChanged);
    connect(m_grid, &ImageGridView::cellSizeChanged, this, [this] {
        m_delegate->setCellSize(m_grid->cellSize());
        m_model->setThumbnailSize(m_grid->thumbnailSize() * devicePixelRatioF());
    });
    connect(m_grid, &QAbstractItemView::activated, this, &MainWindow::openViewer);
    connect(m_selection, &Selection::changed, this, [this] {
        if (!m_selection->isCollecting())
            m_progress->hide();
        updateSelectionStatus();
    });
    connect(m_model, &ImageListModel::countChanged, this, &MainWindow::updateTotals);
    connect(m_model, &ImageListModel::errorOccurred, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Could not load images: %1").arg(error.message()), 10000);
    });
    connect(m_viewer, &ImageViewer::currentRowChanged, this, [this](int row) {
        const QModelIndex index = m_model->index(row);
        m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_grid->scrollTo(index);
    });
    connect(m_selection, &Selection::collecting, this, [this](int done, int total) {
        m_progress->setVisible(true);
        m_progress->setFormat(tr("Selecting %p%"));
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_selection, &Selection::collectFailed, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Could not collect the selection: %1").arg(error.message()),
                                 10000);
    });

    m_selectionEditing = new SelectionEditing(m_session, this);
    connect(m_selectionEditing, &SelectionEditing::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    createBulkPanel();
    m_actions = new MainWindowActions(this);
    connectEditing();
    connectOutbox();
    setUpLookups();
    createServerMenu(); // applies the profile's zoom, sort and viewer preferences

    const QSettings window; // the window is the same for every server
    restoreGeometry(window.value(QStringLiteral("window/geometry")).toByteArray());
    if (!window.contains(QStringLiteral("window/geometry")))
        resize(1280, 860);
    restoreState(window.value(QStringLiteral("window/state")).toByteArray());
    updateSelectionStatus();
    m_grid->setFocus();
}

MainWindow::~MainWindow() = default;

ShortcutsWindow *MainWindow::shortcutsWindow()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutsWindow(menuBar(), this);
    return m_shortcuts;
}

void MainWindow::showShortcuts()
{
    ShortcutsWindow *window = shortcutsWindow();
    window->show();
    window->raise();
    window->activateWindow();
}

PendingChangesWindow *MainWindow::pendingChangesWindow()
{
    if (!m_pendingWindow) {
        m_pendingWindow = new PendingChangesWindow(m_editor->sender(), this);
        connect(
            m_pendingWindow, &PendingChangesWindow::editRequested, this, [this](const QString &id) {
                const int row = m_model->rowOfId(id);
                if (row < 0) {
                    statusBar()->showMessage(
                        tr("Image %1 is not in the list shown; search for it to edit it.").arg(id),
                        8000);
                    return;
                }
                openEditor(row);
            });
    }
    return m_pendingWindow;
}

void MainWindow::showPendingChanges()
{
    PendingChangesWindow *window = pendingChangesWindow();
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::connectOutbox()
{
    ChangeSender *sender = m_editor->sender();
    connect(m_pendingIndicator, &PendingChangesIndicator::listRequested, this,
            &MainWindow::showPendingChanges);
    connect(sender, &ChangeSender::earlierChangesSettled, this, [this](int saved, int refused) {
        QString message;
        if (saved > 0)
            message =
                tr("%n change(s) made before Tessera closed have now been saved.", nullptr, saved);
        if (refused > 0)
            message +=
                (message.isEmpty() ? QString() : QStringLiteral(" ")) +
                tr("The server refused %n of them: see Edit → Pending changes…", nullptr, refused);
        if (refused > 0)
            m_notifications->showError(message);
        else
            m_notifications->showInfo(message);
    });
    connect(sender, &ChangeSender::paused, this, [this](const Error &error) {
        m_notifications->showError(
            tr("The server asks for the API key or a login again (%1). Your changes wait "
               "until you connect again.")
                .arg(error.message()),
            [this] { showConnectionDialog(); });
    });
    connect(sender, &ChangeSender::pendingCountChanged, this, [this](int count) {
        if (count == 0 && std::exchange(m_quitWhenSent, false)) {
            m_quitAnyway = true;
            close();
        }
    });
}

bool MainWindow::askBeforeQuittingWithPendingChanges()
{
    const int waiting = m_editor->sender()->pendingCount();
    if (waiting == 0 || m_quitAnyway)
        return true;
    if (findChild<QMessageBox *>(QStringLiteral("quitWithPendingChanges")))
        return false; // asked already
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Changes not sent yet"),
                        tr("%n change(s) have not reached the server yet.", nullptr, waiting),
                        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("quitWithPendingChanges"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
        tr("They are kept safe on this computer: if you quit now, Tessera sends them the next "
           "time it connects to this server."));
    QPushButton *wait = box->addButton(tr("&Wait for them"), QMessageBox::AcceptRole);
    QPushButton *quit =
        box->addButton(tr("&Quit, send them next time"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(wait);
    connect(box, &QMessageBox::finished, this, [this, box, wait, quit] {
        if (box->clickedButton() == quit) {
            m_quitAnyway = true;
            close();
        } else if (box->clickedButton() == wait) {
            m_quitWhenSent = true;
            m_editor->sender()->outbox()->retryNow();
            statusBar()->showMessage(tr("Tessera quits once the waiting changes are saved."));
        }
    });
    box->open();
    return false;
}

void MainWindow::connectEditing()
{
    connect(m_grid, &ImageGridView::ratingRequested, this,
            [this](int row, std::optional<int> rating) {
                m_selectionEditing->rateImage(m_model->idAt(row), rating);
            });
    connect(m_grid, &ImageGridView::oChangeRequested, this, [this](int row, OChange change) {
        const QString id = m_model->idAt(row);
        if (!id.isEmpty())
            m_editor->changeO(id, change);
    });
    connect(m_grid, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            openEditor(index.row()); // Shift+double-click edits; a plain one opens the viewer
    });
    connect(m_viewer, &ImageViewer::editRequested, this, &MainWindow::openEditor);
    connect(m_viewer, &ImageViewer::deleteRequested, this, [this](int row) {
        const QString id = m_model->idAt(row);
        if (!id.isEmpty())
            m_selectionEditing->deleteImages({id});
    });

    connect(m_editor, &ImageEditor::changeFailed, this,
            [this](const QString &what, const Error &error) {
                m_notifications->showError(tr("Could not save “%1”: %2").arg(what, error.message()),
                                           m_editor->canRetry() ? std::function<void()>([this] {
                                               m_editor->retryFailed();
                                           })
                                                                : std::function<void()>());
            });
    connect(m_editor, &ImageEditor::deleteFailed, this,
            [this](const QStringList &ids, const Error &error) {
                m_notifications->showError(
                    tr("Could not delete %n image(s): %1", nullptr, int(ids.size()))
                        .arg(error.message()));
            });
    connect(m_editor, &ImageEditor::imagesDeleted, this, [this](const QStringList &ids) {
        statusBar()->showMessage(tr("Deleted %L1 images.").arg(ids.size()), 5000);
        updateSelectionStatus();
    });
}

void MainWindow::editCurrent()
{
    const QModelIndex current = m_grid->currentIndex();
    if (current.isValid())
        openEditor(current.row());
}

void MainWindow::openEditor(int row)
{
    if (!m_serverInfo || row < 0)
        return;
    auto *dialog = new EditImageDialog(m_session, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRatingSystem(m_serverInfo->ratingSystem);
    connect(dialog, &EditImageDialog::currentRowChanged, this, [this](int current) {
        m_grid->selectionModel()->setCurrentIndex(m_model->index(current),
                                                  QItemSelectionModel::ClearAndSelect);
    });
    dialog->show();
}

void MainWindow::setUpLookups()
{
    m_filterBar->tagsIncluded()->setLookup(Lookups::tags(m_client));
    m_filterBar->tagsExcluded()->setLookup(Lookups::tags(m_client));
    m_filterBar->performers()->setLookup(Lookups::performers(m_client));
    m_filterBar->studio()->setLookup(Lookups::studios(m_client));
    m_filterBar->gallery()->setLookup(Lookups::galleries(m_client));
    m_bulkPanel->setLookups(Lookups::tags(m_client), Lookups::performers(m_client),
                            Lookups::galleries(m_client), Lookups::studios(m_client));
}

void MainWindow::connectTo(const ServerEndpoint &endpoint)
{
    m_switcher->connectTo(endpoint);
}

void MainWindow::connectForThisRun(const ServerEndpoint &endpoint)
{
    m_switcher->connectTo(endpoint, ServerSwitcher::KeyKeeping::ThisRunOnly);
}

void MainWindow::showConnectedServer(const ServerInfo &info, const ServerEndpoint &endpoint)
{
    m_reloadOnConnect = true;
    m_serverInfo = info;
    // Changes for this server are kept in its own outbox; what an earlier run
    // left there is sent now.
    if (!m_session->openOutboxFor(endpoint.baseUrl()))
        m_notifications->showError(tr("Changes cannot be kept safe, so none will be accepted: %1")
                                       .arg(m_editor->sender()->outboxError()));
    else if (const QString aside = m_editor->sender()->outbox()->movedAsidePath(); !aside.isEmpty())
        m_notifications->showError(
            tr("The file of changes waiting for this server could not be read; it was moved "
               "to %1 and a new one started. Changes in it were not sent.")
                .arg(aside));
    m_delegate->setRatingSystem(m_serverInfo->ratingSystem);
    m_viewer->setRatingSystem(m_serverInfo->ratingSystem);
    m_bulkPanel->setRatingSystem(m_serverInfo->ratingSystem);
    m_serverLabel->setText(
        tr("Stash %1 at %2").arg(m_serverInfo->version, endpoint.baseUrl().toDisplayString()));
    setWindowTitle(tr("Tessera — %1").arg(endpoint.baseUrl().toDisplayString()));
    applyQuery();
    FutureWatch::onResult(
        m_client->findSavedFilters(), this, [this](const Result<QList<SavedFilter>> &filters) {
            m_filterBar->setSavedFilters(filters ? filters.value() : QList<SavedFilter>());
        });
    Q_EMIT connected();
}

void MainWindow::askAfterFailedConnect(const ServerEndpoint &endpoint, const QString &message)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Could not connect"),
        tr("Could not connect to %1.\n\n%2").arg(endpoint.baseUrl().toDisplayString(), message),
        QMessageBox::Retry | QMessageBox::Cancel, this);
    box->setTextFormat(Qt::PlainText); // the message is the server's
    box->button(QMessageBox::Retry)->setText(tr("Connection settings…"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    // As modal as exec() would make it, without a nested event loop inside the switcher's answer.
    box->setWindowModality(Qt::ApplicationModal);
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Retry)
            showConnectionDialog();
    });
    box->show();
}

void MainWindow::showConnectionDialog()
{
    ConnectionDialog dialog(m_client->endpoint(), this);
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.endpoint());
}

void MainWindow::applyQuery()
{
    if (!m_serverInfo)
        return;
    ImageQuery query;
    query.filter = m_filterBar->findFilter();
    query.imageFilter = m_filterBar->imageFilter();
    ProfileSettings settings;
    settings.setValue(QStringLiteral("grid/sort"), m_filterBar->sortKey());
    settings.setValue(QStringLiteral("grid/descending"),
                      m_filterBar->direction() == SortDirection::Desc);
    if (query == m_model->query() && m_model->isCountKnown())
        return;
    m_selection->reset();
    m_model->setQuery(query);
    m_grid->scrollToTop();
    updateTotals();
}

void MainWindow::updateTotals()
{
    const QLocale locale;
    if (!m_model->isCountKnown()) {
        m_totalsLabel->setText(m_serverInfo ? tr("Loading…") : QString());
        return;
    }
    const int count = m_model->count();
    m_totalsLabel->setText(tr("%L1 images").arg(count));
    // Megapixels and size cost the server extra work: one request per filter, after the count.
    m_statsRequest.cancel();
    auto stats = m_client->findImageStats(m_model->query().filter, m_model->query().imageFilter);
    m_statsRequest = QFuture<void>(stats);
    FutureWatch::onResult(stats, this, [this, count](const Result<ImageStats> &result) {
        if (!result || result.value().count != m_model->count())
            return;
        const QLocale locale;
        m_totalsLabel->setText(tr("%L1 images · %2 MP · %3")
                                   .arg(count)
                                   .arg(locale.toString(result.value().megapixels, 'f', 0),
                                        locale.formattedDataSize(qint64(result.value().filesize))));
    });
}

ThumbnailCache *MainWindow::thumbnails() const
{
    return m_session->thumbnails();
}

SelectionIdCollector *MainWindow::selectionIds() const
{
    return m_selection->collector();
}

int MainWindow::selectedCount() const
{
    return m_selection->count();
}

QStringList MainWindow::selectedIds() const
{
    return m_selection->currentIds();
}

QString MainWindow::statusText() const
{
    return m_selectionLabel->text() + QStringLiteral(" | ") + m_totalsLabel->text();
}

void MainWindow::updateSelectionStatus()
{
    const QLocale locale;
    m_selectionLabel->setText(
        tr("%1 of %2 selected")
            .arg(locale.toString(selectedCount()), locale.toString(m_model->rowCount())));
}

void MainWindow::selectAll()
{
    m_selection->selectAll();
}

void MainWindow::clearSelection()
{
    m_grid->selectionModel()->clearSelection();
}

void MainWindow::invertSelection()
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QItemSelection all(m_model->index(0), m_model->index(rows - 1));
    m_grid->selectionModel()->select(all, QItemSelectionModel::Toggle);
}

void MainWindow::openViewer()
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return;
    m_viewer->show();
    m_viewer->raise();
    m_viewer->activateWindow();
    m_viewer->showRow(current.row());
}

void MainWindow::onZoomChanged(int level)
{
    m_delegate->setCellSize(m_grid->cellSize());
    m_model->setThumbnailSize(m_grid->thumbnailSize() * devicePixelRatioF());
    ProfileSettings().setValue(QStringLiteral("grid/zoomLevel"), level);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!askBeforeQuittingWithPendingChanges()) {
        event->ignore();
        return;
    }
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    m_viewer->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::createBulkPanel()
{
    m_bulkDock = new QDockWidget(tr("Bulk edit"), this);
    m_bulkDock->setObjectName(QStringLiteral("bulkEdit")); // for saveState()
    m_bulkPanel = new BulkEditPanel(m_session, m_notifications, m_bulkDock);
    m_bulkDock->setWidget(m_bulkPanel);
    m_bulkDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, m_bulkDock);
    resizeDocks({m_bulkDock}, {380}, Qt::Horizontal);

    connect(m_bulkPanel, &BulkEditPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_bulkPanel, &BulkEditPanel::focusGridRequested, m_grid,
            [this] { m_grid->setFocus(); });
}

} // namespace Tessera
