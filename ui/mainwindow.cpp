#include "mainwindow.h"

#include "chippicker.h"
#include "connectiondialog.h"
#include "filterbar.h"
#include "fullimageloader.h"
#include "futurewatch.h"
#include "imagedelegate.h"
#include "imagegridview.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "imageviewer.h"
#include "selectionidcollector.h"
#include "stashclient.h"
#include "thumbnailcache.h"

#include <QAction>
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
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Stash;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
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
    , m_selectionLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Tessera"));
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(m_delegate);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_grid, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    statusBar()->addWidget(m_selectionLabel);
    statusBar()->addWidget(m_totalsLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
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
    });
    connect(m_selectionIds, &SelectionIdCollector::failed, this, [this](const Error &error) {
        m_progress->setVisible(false);
        statusBar()->showMessage(tr("Could not collect the selection: %1").arg(error.message()), 10000);
    });
    connect(m_selectionIds, &SelectionIdCollector::canceled, m_progress, &QWidget::hide);

    createActions();
    setUpLookups();

    QSettings settings;
    const int zoom = settings.value(QStringLiteral("grid/zoomLevel"), 2).toInt();
    m_grid->setZoomLevel(zoom);
    onZoomChanged(m_grid->zoomLevel());
    m_filterBar->setSort(settings.value(QStringLiteral("grid/sort"), QStringLiteral("path")).toString(),
                         settings.value(QStringLiteral("grid/descending")).toBool()
                             ? SortDirection::Desc
                             : SortDirection::Asc);
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 860);
    updateSelectionStatus();
    m_grid->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *connectAction = file->addAction(tr("&Connect to server…"), this,
                                             &MainWindow::showConnectionDialog);
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
    QAction *invert = select->addAction(tr("&Invert selection"), this, &MainWindow::invertSelection);
    invert->setShortcut(QKeySequence(tr("Ctrl+I")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
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
    QAction *focusGrid = view->addAction(tr("Back to the &grid"), this, [this] { m_grid->setFocus(); });
    focusGrid->setShortcut(QKeySequence(tr("Ctrl+G")));
}

namespace {

/// A picker's lookup over one of the client's find* calls.
template<typename T, typename Name>
ChipPicker::Lookup lookupOf(StashClient *client,
                            QFuture<Result<LookupPage<T>>> (StashClient::*find)(const LookupQuery &),
                            Name name)
{
    return [client, find, name](const QString &text) {
        LookupQuery query;
        query.q = text;
        query.perPage = 30;
        return (client->*find)(query).then([name](Result<LookupPage<T>> page) -> Result<QList<Choice>> {
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

void MainWindow::setUpLookups()
{
    const auto tagName = [](const Tag &t) { return t.name; };
    m_filterBar->tagsIncluded()->setLookup(lookupOf<Tag>(m_client, &StashClient::findTags, tagName));
    m_filterBar->tagsExcluded()->setLookup(lookupOf<Tag>(m_client, &StashClient::findTags, tagName));
    m_filterBar->performers()->setLookup(
        lookupOf<Performer>(m_client, &StashClient::findPerformers, [](const Performer &p) {
            return p.disambiguation.isEmpty() ? p.name
                                              : QStringLiteral("%1 (%2)").arg(p.name, p.disambiguation);
        }));
    m_filterBar->studio()->setLookup(
        lookupOf<Studio>(m_client, &StashClient::findStudios, [](const Studio &s) { return s.name; }));
    m_filterBar->gallery()->setLookup(lookupOf<Gallery>(
        m_client, &StashClient::findGalleries, [](const Gallery &g) { return g.displayTitle(); }));
}

void MainWindow::connectTo(const ServerEndpoint &endpoint)
{
    m_serverInfo.reset();
    m_store->clear();
    m_client->setEndpoint(endpoint);
    m_serverLabel->setText(tr("Connecting to %1…").arg(endpoint.baseUrl().toDisplayString()));
    FutureWatch::onResult(m_client->connectToServer(), this, [this, endpoint](const Result<ServerInfo> &info) {
        if (!info) {
            m_serverLabel->setText(tr("Not connected"));
            const QString message = info.error().message();
            Q_EMIT connectionFailed(message);
            if (qEnvironmentVariableIsSet("TESSERA_TEST"))
                return; // tests check the signal; no modal box
            QMessageBox box(QMessageBox::Warning, tr("Could not connect"),
                            tr("Could not connect to %1.\n\n%2")
                                .arg(endpoint.baseUrl().toDisplayString(), message),
                            QMessageBox::Retry | QMessageBox::Cancel, this);
            box.button(QMessageBox::Retry)->setText(tr("Connection settings…"));
            if (box.exec() == QMessageBox::Retry)
                showConnectionDialog();
            return;
        }
        m_serverInfo = info.value();
        QSettings settings;
        settings.setValue(QStringLiteral("server/url"), endpoint.baseUrl());
        m_delegate->setRatingSystem(m_serverInfo->ratingSystem);
        m_viewer->setRatingSystem(m_serverInfo->ratingSystem);
        m_serverLabel->setText(tr("Stash %1 at %2")
                                   .arg(m_serverInfo->version, endpoint.baseUrl().toDisplayString()));
        setWindowTitle(tr("Tessera — %1").arg(endpoint.baseUrl().toDisplayString()));
        applyQuery();
        Q_EMIT connected();
    });
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
    QSettings settings;
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
    m_selectionLabel->setText(tr("%1 of %2 selected")
                                  .arg(locale.toString(selectedCount()),
                                       locale.toString(m_model->rowCount())));
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
    QSettings().setValue(QStringLiteral("grid/zoomLevel"), level);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_viewer->close();
    QMainWindow::closeEvent(event);
}
