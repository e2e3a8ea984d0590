// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "mainwindow.h"

#include "bulk/bulkeditpanel.h"
#include "bulkeditrunner.h"
#include "widgets/chippicker.h"
#include "servers/connectiondialog.h"
#include "edit/deleteimagesdialog.h"
#include "edit/editimagedialog.h"
#include "imageeditor.h"
#include "memorysecretstore.h"
#include "notificationbar.h"
#include "widgets/ocounterbutton.h"
#include "profilestore.h"
#include "grid/filterbar.h"
#include "fullimageloader.h"
#include "futurewatch.h"
#include "grid/imagedelegate.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "viewer/imageviewer.h"
#include "languagemenu.h"
#include "selectionidcollector.h"
#include "serverswitcher.h"
#include "shortcutswindow.h"
#include "stashclient.h"
#include "thumbnailcache.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QUndoStack>
#include <QUndoView>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

MainWindow::MainWindow(SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_secrets(secrets ? secrets : new MemorySecretStore(this))
    , m_client(new StashClient(nullptr, this))
    , m_store(new ImageStore(this))
    , m_thumbnails(new ThumbnailCache(m_client, this))
    , m_model(new ImageListModel(m_client, m_store, m_thumbnails, this))
    , m_selectionIds(new SelectionIdCollector(m_client, this))
    , m_fullImages(new FullImageLoader(m_client, this))
    , m_filterBar(new FilterBar(this))
    , m_grid(new ImageGridView(this))
    , m_delegate(new ImageDelegate(this))
    , m_viewer(new ImageViewer(m_model, m_store, m_fullImages, this))
    , m_editor(new ImageEditor(m_client, m_store, this))
    , m_notifications(new NotificationBar(this))
    , m_historyDock(new QDockWidget(tr("Undo history"), this))
    , m_selectionLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    // First: it turns an old "server/url" into a profile, whose preferences are read below.
    m_profiles = new ProfileStore(this);
    setWindowTitle(tr("Tessera"));
    m_grid->setModel(m_model);
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
    connect(m_grid, &ImageGridView::wantedRowsChanged, m_model, &ImageListModel::ensureLoaded);
    connect(m_grid, &ImageGridView::zoomLevelChanged, this, &MainWindow::onZoomChanged);
    connect(m_grid, &ImageGridView::cellSizeChanged, this, [this] {
        m_delegate->setCellSize(m_grid->cellSize());
        m_model->setThumbnailSize(m_grid->thumbnailSize() * devicePixelRatioF());
    });
    connect(m_grid, &QAbstractItemView::activated, this, &MainWindow::openViewer);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_allSelected && selectedCount() != m_model->rowCount()) {
            m_allSelected = false;
            m_selectionIds->cancel();
        }
        updateSelectionStatus();
    });
    connect(m_model, &ImageListModel::countChanged, this, [this] {
        updateSelectionStatus();
        updateTotals();
    });
    connect(m_model, &ImageListModel::errorOccurred, this, [this](const Error &error) {
        statusBar()->showMessage(tr("Could not load images: %1").arg(error.message()), 10000);
    });
    connect(m_viewer, &ImageViewer::currentRowChanged, this, [this](int row) {
        const QModelIndex index = m_model->index(row);
        m_grid->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_grid->scrollTo(index);
    });

    connect(m_selectionIds, &SelectionIdCollector::progress, this, [this](int done, int total) {
        m_progress->setVisible(true);
        m_progress->setFormat(tr("Selecting %p%"));
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_selectionIds, &SelectionIdCollector::finished, this, [this](const QStringList &ids) {
        m_allIds = ids;
        m_progress->setVisible(false);
        updateSelectionStatus();
        if (auto work = std::exchange(m_afterSelection, {}))
            work(ids);
    });
    connect(m_selectionIds, &SelectionIdCollector::failed, this, [this](const Error &error) {
        m_progress->setVisible(false);
        statusBar()->showMessage(tr("Could not collect the selection: %1").arg(error.message()),
                                 10000);
    });
    connect(m_selectionIds, &SelectionIdCollector::canceled, this, [this] {
        m_progress->hide();
        m_afterSelection = {};
    });

    createBulkPanel();
    createActions();
    createEditActions();
    setUpLookups();
    createServerMenu();
    createHelpMenu();

    const ProfileSettings settings; // zoom, sort and viewer: per server profile
    m_grid->setZoomLevel(settings.value(QStringLiteral("grid/zoomLevel"), 2).toInt());
    onZoomChanged(m_grid->zoomLevel());
    m_zoomSlider->setValue(m_grid->zoomLevel());
    m_filterBar->setSort(
        settings.value(QStringLiteral("grid/sort"), QStringLiteral("path")).toString(),
        settings.value(QStringLiteral("grid/descending")).toBool() ? SortDirection::Desc
                                                                   : SortDirection::Asc);
    m_viewer->setAdvanceAfterRating(
        settings.value(QStringLiteral("viewer/advanceAfterRating")).toBool());
    const QSettings window; // the window is the same for every server
    restoreGeometry(window.value(QStringLiteral("window/geometry")).toByteArray());
    if (!window.contains(QStringLiteral("window/geometry")))
        resize(1280, 860);
    restoreState(window.value(QStringLiteral("window/state")).toByteArray());
    updateSelectionStatus();
    m_grid->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createHelpMenu()
{
    // Keyboard path: filter bar → grid → bulk panel; Esc in the filter bar goes back to the grid.
    auto *leaveFilters = new QShortcut(QKeySequence(Qt::Key_Escape), m_filterBar);
    leaveFilters->setContext(Qt::WidgetWithChildrenShortcut);
    connect(leaveFilters, &QShortcut::activated, m_grid,
            [this] { m_grid->setFocus(Qt::ShortcutFocusReason); });
    setTabOrder(m_filterBar, m_grid);
    setTabOrder(m_grid, m_bulkPanel);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)});
    help->addAction(tr("&About Tessera"), this, [this] {
        QMessageBox::about(this, tr("About Tessera"),
                           tr("<h3>Tessera %1</h3><p>A fast desktop client for the images in a "
                              "Stash server.</p><p>Press F1 for the keyboard shortcuts.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

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

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction =
        file->addAction(tr("&Connect to server…"), this, &MainWindow::showConnectionDialog);
    connectAction->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    QAction *reload = file->addAction(tr("&Reload"), m_model, &ImageListModel::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *select = menuBar()->addMenu(tr("&Select"));
    QAction *all = select->addAction(tr("Select &all results"), this, &MainWindow::selectAll);
    all->setShortcut(QKeySequence::SelectAll);
    QAction *none = select->addAction(tr("Select &none"), this, &MainWindow::clearSelection);
    none->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    QAction *invert =
        select->addAction(tr("&Invert selection"), this, &MainWindow::invertSelection);
    invert->setShortcut(QKeySequence(tr("Ctrl+I")));

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &in"), m_grid, &ImageGridView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    QAction *zoomOut = view->addAction(tr("Zoom &out"), m_grid, &ImageGridView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    QAction *open = view->addAction(tr("&Open in viewer"), this, &MainWindow::openViewer);
    open->setShortcut(QKeySequence(Qt::Key_Return));
    open->setShortcutContext(Qt::WidgetShortcut); // the grid's own Enter handling opens it
    QAction *search = view->addAction(tr("&Search"), this, [this] {
        m_filterBar->searchEdit()->setFocus();
        m_filterBar->searchEdit()->selectAll();
    });
    search->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    QAction *shuffle = view->addAction(tr("Re&shuffle"), m_filterBar, &FilterBar::reshuffle);
    shuffle->setShortcut(QKeySequence(tr("Ctrl+R")));
    QAction *focusGrid =
        view->addAction(tr("Back to the &grid"), this, [this] { m_grid->setFocus(); });
    focusGrid->setShortcut(QKeySequence(tr("Ctrl+G")));
    view->addSeparator();
    view->addMenu(new LanguageMenu(this)); // stored; applies at the next start
}

namespace {

/// A picker's lookup over one of the client's find* calls.
template<typename T, typename Name>
ChipPicker::Lookup
lookupOf(StashClient *client,
         QFuture<Result<LookupPage<T>>> (StashClient::*find)(const LookupQuery &), Name name)
{
    return [client, find, name](const QString &text) {
        LookupQuery query;
        query.q = text;
        query.perPage = 30;
        return (client->*find)(query).then(
            [name](Result<LookupPage<T>> page) -> Result<QList<Choice>> {
                if (!page)
                    return page.error();
                QList<Choice> choices;
                for (const T &item : page.value().items)
                    choices.append(Choice{item.id, name(item)});
                return choices;
            });
    };
}

} // namespace

namespace {

QString ratingText(int count, const QString &title, std::optional<int> rating100,
                   const RatingSystem &system)
{
    if (count == 1)
        return rating100 ? QObject::tr("Rate %1 %2").arg(title, system.format(rating100))
                         : QObject::tr("Clear the rating of %1").arg(title);
    return rating100 ? QObject::tr("Rate %L1 images %2").arg(count).arg(system.format(rating100))
                     : QObject::tr("Clear the rating of %L1 images").arg(count);
}

} // namespace

void MainWindow::createEditActions()
{
    m_editor->undoStack()->setUndoLimit(500);
    // Edit sits between File and Select, where desktop programs keep it.
    auto *edit = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(menuBar()->actions().value(1), edit);
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(tr("Ctrl+Shift+Z"))});
    edit->addAction(undo);
    edit->addAction(redo);
    auto *history = new QUndoView(m_editor->undoStack(), m_historyDock);
    history->setEmptyLabel(tr("<opened>"));
    history->setAccessibleName(tr("Undo history"));
    m_historyDock->setObjectName(QStringLiteral("undoHistory"));
    m_historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction *showHistory = m_historyDock->toggleViewAction();
    showHistory->setText(tr("Undo &history"));
    showHistory->setShortcut(QKeySequence(tr("Ctrl+H")));
    edit->addAction(showHistory);
    edit->addSeparator();

    QAction *editImage = edit->addAction(tr("&Edit image…"), this, &MainWindow::editCurrent);
    editImage->setShortcut(QKeySequence(Qt::Key_E));
    QMenu *rate = edit->addMenu(tr("&Rate"));
    for (int stars = 1; stars <= 5; ++stars) {
        QAction *action = rate->addAction(tr("%n star(s)", nullptr, stars), this, [this, stars] {
            if (!m_serverInfo)
                return;
            const RatingSystem &system = m_serverInfo->ratingSystem;
            // Keys 1–5 are stars; in decimal mode they mean 2.0, 4.0 … 10.0.
            rateSelection(system.fromDisplay(
                system.type == RatingSystem::Type::Decimal ? stars * 2.0 : stars));
        });
        action->setShortcut(QKeySequence(Qt::Key_0 + stars));
    }
    QAction *clear =
        rate->addAction(tr("&No rating"), this, [this] { rateSelection(std::nullopt); });
    clear->setShortcut(QKeySequence(Qt::Key_0));
    QAction *oUp = edit->addAction(tr("O-counter +1"), this, [this] {
        changeOOfSelection(int(ImageEditor::OChange::Increment));
    });
    oUp->setShortcut(QKeySequence(Qt::Key_O));
    QAction *oDown = edit->addAction(tr("O-counter −1"), this, [this] {
        changeOOfSelection(int(ImageEditor::OChange::Decrement));
    });
    oDown->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_O));
    edit->addAction(tr("Reset O-counter…"), this,
                    [this] { changeOOfSelection(int(ImageEditor::OChange::Reset)); });
    QAction *organized =
        edit->addAction(tr("Toggle &organized"), this, &MainWindow::toggleOrganizedOfSelection);
    organized->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    edit->addSeparator();
    QAction *remove = edit->addAction(tr("&Delete…"), this, &MainWindow::deleteSelection);
    remove->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    addBulkActions(m_viewMenu, edit);
    edit->addSeparator();
    QAction *advance = edit->addAction(tr("Viewer: &advance after rating"));
    advance->setCheckable(true);
    advance->setObjectName(QStringLiteral("advanceAfterRating"));
    advance->setChecked(
        ProfileSettings().value(QStringLiteral("viewer/advanceAfterRating")).toBool());
    connect(advance, &QAction::toggled, this, [this](bool on) {
        m_viewer->setAdvanceAfterRating(on);
        ProfileSettings().setValue(QStringLiteral("viewer/advanceAfterRating"), on);
    });

    // The grid's context menu offers the same actions.
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, [=, this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("&Open in viewer"), this, &MainWindow::openViewer);
        menu.addAction(editImage);
        menu.addMenu(rate);
        menu.addAction(oUp);
        menu.addAction(oDown);
        menu.addAction(organized);
        menu.addSeparator();
        menu.addAction(remove);
        menu.exec(m_grid->viewport()->mapToGlobal(pos));
    });

    connect(m_grid, &ImageGridView::ratingRequested, this,
            [this](int row, std::optional<int> rating) {
                const Image *image = m_store->find(m_model->idAt(row));
                if (!image || !m_serverInfo)
                    return;
                m_editor->setRating(
                    {image->id}, rating,
                    ratingText(1, image->displayTitle(), rating, m_serverInfo->ratingSystem));
            });
    connect(m_grid, &ImageGridView::oChangeRequested, this,
            [this](int row, ImageEditor::OChange change) {
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
            deleteImages({id});
    });
    m_viewer->setEditor(m_editor);

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

void MainWindow::withSelectedIds(std::function<void(const QStringList &)> work)
{
    if (m_allSelected && m_selectionIds->isRunning()) {
        // Select-all is still collecting ids: do it as soon as they are here.
        statusBar()->showMessage(tr("Collecting the selection…"), 3000);
        m_afterSelection = std::move(work);
        return;
    }
    const QStringList ids = selectedIds();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select images first."), 3000);
        return;
    }
    work(ids);
}

void MainWindow::rateSelection(std::optional<int> rating100)
{
    if (!m_serverInfo)
        return;
    withSelectedIds([this, rating100](const QStringList &ids) {
        const Image *first = m_store->find(ids.first());
        m_editor->setRating(ids, rating100,
                            ratingText(int(ids.size()), first ? first->displayTitle() : ids.first(),
                                       rating100, m_serverInfo->ratingSystem));
    });
}

void MainWindow::changeOOfSelection(int change)
{
    withSelectedIds([this, change](const QStringList &ids) {
        const auto oChange = ImageEditor::OChange(change);
        if (oChange == ImageEditor::OChange::Reset) {
            int highest = 0;
            for (const QString &id : ids) {
                if (const Image *image = m_store->find(id))
                    highest = std::max(highest, image->oCounter);
            }
            if (!OCounterButton::confirmReset(this, highest))
                return;
        }
        for (const QString &id : ids)
            m_editor->changeO(id, oChange);
    });
}

void MainWindow::toggleOrganizedOfSelection()
{
    withSelectedIds([this](const QStringList &ids) {
        const Image *first = m_store->find(ids.first());
        const bool organized = !(first && first->organized);
        m_editor->setOrganized(ids, organized,
                               organized ? tr("Mark %L1 images organized").arg(ids.size())
                                         : tr("Mark %L1 images not organized").arg(ids.size()));
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
    auto *dialog = new EditImageDialog(m_editor, m_client, m_model, row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setRatingSystem(m_serverInfo->ratingSystem);
    connect(dialog, &EditImageDialog::currentRowChanged, this, [this](int current) {
        m_grid->selectionModel()->setCurrentIndex(m_model->index(current),
                                                  QItemSelectionModel::ClearAndSelect);
    });
    dialog->show();
}

void MainWindow::deleteSelection()
{
    withSelectedIds([this](const QStringList &ids) { deleteImages(ids); });
}

void MainWindow::deleteImages(const QStringList &ids)
{
    QList<Image> images;
    for (const QString &id : ids) {
        if (images.size() >= 5)
            break;
        if (const Image *image = m_store->find(id))
            images.append(*image);
    }
    DeleteImagesDialog dialog(images, int(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editor->deleteImages(ids, dialog.deleteFile(), dialog.deleteGenerated());
}

void MainWindow::setUpLookups()
{
    const auto tagName = [](const Tag &t) { return t.name; };
    m_filterBar->tagsIncluded()->setLookup(
        lookupOf<Tag>(m_client, &StashClient::findTags, tagName));
    m_filterBar->tagsExcluded()->setLookup(
        lookupOf<Tag>(m_client, &StashClient::findTags, tagName));
    m_filterBar->performers()->setLookup(
        lookupOf<Performer>(m_client, &StashClient::findPerformers, [](const Performer &p) {
            return p.disambiguation.isEmpty()
                       ? p.name
                       : QStringLiteral("%1 (%2)").arg(p.name, p.disambiguation);
        }));
    m_filterBar->studio()->setLookup(lookupOf<Studio>(m_client, &StashClient::findStudios,
                                                      [](const Studio &s) { return s.name; }));
    m_filterBar->gallery()->setLookup(lookupOf<Gallery>(
        m_client, &StashClient::findGalleries, [](const Gallery &g) { return g.displayTitle(); }));
}

void MainWindow::connectTo(const ServerEndpoint &endpoint)
{
    m_switcher->connectTo(endpoint);
}

void MainWindow::showConnectedServer(const ServerInfo &info, const ServerEndpoint &endpoint)
{
    m_reloadOnConnect = true;
    m_serverInfo = info;
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
    m_selectionIds->cancel();
    m_allIds.clear();
    m_allSelected = false;
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

int MainWindow::selectedCount() const
{
    int count = 0;
    const QItemSelection selection = m_grid->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection)
        count += range.height();
    return count;
}

QStringList MainWindow::selectedIds() const
{
    if (m_allSelected && !m_allIds.isEmpty())
        return m_allIds;
    QStringList ids;
    const QItemSelection selection = m_grid->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            const QString id = m_model->idAt(row);
            if (!id.isEmpty())
                ids.append(id);
        }
    }
    return ids;
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
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    // One range over every row, loaded or not: cheap for 500,000 rows. The ids
    // of the rows not loaded come from the server in the background.
    const QItemSelection all(m_model->index(0), m_model->index(rows - 1));
    m_grid->selectionModel()->select(all, QItemSelectionModel::ClearAndSelect);
    m_allSelected = true;
    ImageQuery query = m_model->query();
    m_selectionIds->start(query);
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
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QSettings().setValue(QStringLiteral("window/state"), saveState());
    m_viewer->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::createBulkPanel()
{
    m_bulkDock = new QDockWidget(tr("Bulk edit"), this);
    m_bulkDock->setObjectName(QStringLiteral("bulkEdit")); // for saveState()
    m_bulkPanel = new BulkEditPanel(m_editor, m_notifications, m_bulkDock);
    m_bulkDock->setWidget(m_bulkPanel);
    m_bulkDock->setMinimumWidth(320);
    addDockWidget(Qt::RightDockWidgetArea, m_bulkDock);
    resizeDocks({m_bulkDock}, {380}, Qt::Horizontal);

    // The panel reads the selection itself, debounced; during select-all it
    // waits until the collector has every id (finished() calls it again).
    m_bulkPanel->setIdsProvider([this]() -> std::optional<QStringList> {
        if (m_allSelected && m_selectionIds->isRunning())
            return std::nullopt;
        return selectedIds();
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, m_bulkPanel,
            &BulkEditPanel::selectionChanged);
    connect(m_model, &ImageListModel::countChanged, m_bulkPanel, &BulkEditPanel::selectionChanged);
    connect(m_selectionIds, &SelectionIdCollector::finished, m_bulkPanel,
            &BulkEditPanel::selectionChanged);
    connect(m_selectionIds, &SelectionIdCollector::canceled, m_bulkPanel,
            &BulkEditPanel::selectionChanged);
    connect(m_bulkPanel, &BulkEditPanel::statusMessage, statusBar(), &QStatusBar::showMessage);
    // Bulk changes come back as ids only: read the changed rows again, visible ones first.
    connect(m_bulkPanel->runner(), &BulkEditRunner::finished, m_model,
            [this](const BulkEditRunner::Report &report) { m_model->refreshIds(report.applied); });
    connect(m_bulkPanel, &BulkEditPanel::focusGridRequested, m_grid,
            [this] { m_grid->setFocus(); });

    const auto tagName = [](const Tag &t) { return t.name; };
    m_bulkPanel->setLookups(lookupOf<Tag>(m_client, &StashClient::findTags, tagName),
                            lookupOf<Performer>(m_client, &StashClient::findPerformers,
                                                [](const Performer &p) { return p.name; }),
                            lookupOf<Gallery>(m_client, &StashClient::findGalleries,
                                              [](const Gallery &g) { return g.displayTitle(); }),
                            lookupOf<Studio>(m_client, &StashClient::findStudios,
                                             [](const Studio &s) { return s.name; }));
}

void MainWindow::addBulkActions(QMenu *view, QMenu *edit)
{
    QAction *toggle = m_bulkDock->toggleViewAction();
    toggle->setText(tr("&Bulk edit panel"));
    toggle->setShortcut(QKeySequence(tr("Ctrl+B")));
    view->addSeparator();
    view->addAction(toggle);

    QAction *tag = edit->addAction(tr("&Tag selection…"), this, [this] {
        m_bulkDock->show();
        m_bulkDock->raise();
        m_bulkPanel->focusTagEntry();
    });
    tag->setShortcut(QKeySequence(Qt::Key_T));

    // Alt+1…Alt+9 toggle the first nine favourite tags on the selection.
    QMenu *favorites = edit->addMenu(tr("&Favourite tags"));
    QList<QAction *> actions;
    for (int i = 0; i < 9; ++i) {
        QAction *action =
            favorites->addAction(QString(), this, [this, i] { m_bulkPanel->toggleFavorite(i); });
        action->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
        actions.append(action);
    }
    const auto update = [this, actions] {
        const QList<Choice> tags = m_bulkPanel->favoriteTags();
        for (int i = 0; i < actions.size(); ++i) {
            actions[i]->setText(i < tags.size() ? tr("Toggle %1").arg(tags[i].name)
                                                : tr("Favourite %1 (none)").arg(i + 1));
            actions[i]->setEnabled(i < tags.size());
        }
    };
    connect(m_bulkPanel, &BulkEditPanel::favoritesChanged, this, update);
    update();
}

} // namespace Tessera
