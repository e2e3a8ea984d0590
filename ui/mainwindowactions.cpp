// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "mainwindowactions.h"

#include "bulk/bulkeditpanel.h"
#include "grid/filterbar.h"
#include "grid/imagegridview.h"
#include "imageeditor.h"
#include "imagelistmodel.h"
#include "languagemenu.h"
#include "mainwindow.h"
#include "profilestore.h"
#include "selectionediting.h"
#include "viewer/imageviewer.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QUndoStack>
#include <QUndoView>

namespace Tessera {

MainWindowActions::MainWindowActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    createFileSelectViewMenus();
    createEditMenu();
    createHelpMenu();
}

MainWindowActions::~MainWindowActions() = default;

void MainWindowActions::createFileSelectViewMenus()
{
    MainWindow *w = m_window;
    QMenuBar *bar = w->menuBar();
    QMenu *file = bar->addMenu(MainWindow::tr("&File"));
    QAction *connectAction = file->addAction(MainWindow::tr("&Connect to server…"), w,
                                             &MainWindow::showConnectionDialog);
    connectAction->setShortcut(QKeySequence(MainWindow::tr("Ctrl+Shift+O")));
    QAction *reload =
        file->addAction(MainWindow::tr("&Reload"), w->model(), &ImageListModel::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *quit = file->addAction(MainWindow::tr("&Quit"), w, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *select = bar->addMenu(MainWindow::tr("&Select"));
    QAction *all =
        select->addAction(MainWindow::tr("Select &all results"), w, &MainWindow::selectAll);
    all->setShortcut(QKeySequence::SelectAll);
    QAction *none =
        select->addAction(MainWindow::tr("Select &none"), w, &MainWindow::clearSelection);
    none->setShortcut(QKeySequence(MainWindow::tr("Ctrl+Shift+A")));
    QAction *invert =
        select->addAction(MainWindow::tr("&Invert selection"), w, &MainWindow::invertSelection);
    invert->setShortcut(QKeySequence(MainWindow::tr("Ctrl+I")));

    ImageGridView *grid = w->grid();
    FilterBar *filterBar = w->filterBar();
    QMenu *view = m_viewMenu = bar->addMenu(MainWindow::tr("&View"));
    QAction *zoomIn = view->addAction(MainWindow::tr("Zoom &in"), grid, &ImageGridView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(MainWindow::tr("Ctrl+="))});
    QAction *zoomOut = view->addAction(MainWindow::tr("Zoom &out"), grid, &ImageGridView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    QAction *open = view->addAction(MainWindow::tr("&Open in viewer"), w, &MainWindow::openViewer);
    open->setShortcut(QKeySequence(Qt::Key_Return));
    open->setShortcutContext(Qt::WidgetShortcut); // the grid's own Enter handling opens it
    QAction *search = view->addAction(MainWindow::tr("&Search"), w, [filterBar] {
        filterBar->searchEdit()->setFocus();
        filterBar->searchEdit()->selectAll();
    });
    search->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    QAction *shuffle =
        view->addAction(MainWindow::tr("Re&shuffle"), filterBar, &FilterBar::reshuffle);
    shuffle->setShortcut(QKeySequence(MainWindow::tr("Ctrl+R")));
    QAction *focusGrid =
        view->addAction(MainWindow::tr("Back to the &grid"), w, [grid] { grid->setFocus(); });
    focusGrid->setShortcut(QKeySequence(MainWindow::tr("Ctrl+G")));
    view->addSeparator();
    view->addMenu(new LanguageMenu(w)); // stored; applies at the next start
}

void MainWindowActions::createEditMenu()
{
    MainWindow *w = m_window;
    QUndoStack *undoStack = w->editor()->undoStack();
    // Edit sits between File and Select, where desktop programs keep it.
    auto *edit = new QMenu(MainWindow::tr("&Edit"), w);
    w->menuBar()->insertMenu(w->menuBar()->actions().value(1), edit);
    QAction *undo = undoStack->createUndoAction(w, MainWindow::tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = undoStack->createRedoAction(w, MainWindow::tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(MainWindow::tr("Ctrl+Shift+Z"))});
    edit->addAction(undo);
    edit->addAction(redo);
    m_historyDock = new QDockWidget(MainWindow::tr("Undo history"), w);
    auto *history = new QUndoView(undoStack, m_historyDock);
    history->setEmptyLabel(MainWindow::tr("<opened>"));
    history->setAccessibleName(MainWindow::tr("Undo history"));
    m_historyDock->setObjectName(QStringLiteral("undoHistory"));
    m_historyDock->setWidget(history);
    w->addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    QAction *showHistory = m_historyDock->toggleViewAction();
    showHistory->setText(MainWindow::tr("Undo &history"));
    showHistory->setShortcut(QKeySequence(MainWindow::tr("Ctrl+H")));
    edit->addAction(showHistory);
    QAction *pending =
        edit->addAction(MainWindow::tr("&Pending changes…"), w, &MainWindow::showPendingChanges);
    pending->setObjectName(QStringLiteral("pendingChanges"));
    pending->setShortcut(QKeySequence(MainWindow::tr("Ctrl+Shift+P")));
    edit->addSeparator();

    QAction *editImage =
        edit->addAction(MainWindow::tr("&Edit image…"), w, &MainWindow::editCurrent);
    editImage->setShortcut(QKeySequence(Qt::Key_E));
    SelectionEditing *change = w->selectionEditing();
    QMenu *rate = edit->addMenu(MainWindow::tr("&Rate"));
    for (int stars = 1; stars <= 5; ++stars) {
        QAction *action = rate->addAction(MainWindow::tr("%n star(s)", nullptr, stars), change,
                                          [change, stars] { change->rateSelectionStars(stars); });
        action->setShortcut(QKeySequence(Qt::Key_0 + stars));
    }
    QAction *clear = rate->addAction(MainWindow::tr("&No rating"), change,
                                     [change] { change->rateSelection(std::nullopt); });
    clear->setShortcut(QKeySequence(Qt::Key_0));
    QAction *oUp = edit->addAction(MainWindow::tr("O-counter +1"), change,
                                   [change] { change->changeOOfSelection(OChange::Increment); });
    oUp->setShortcut(QKeySequence(Qt::Key_O));
    QAction *oDown = edit->addAction(MainWindow::tr("O-counter −1"), change,
                                     [change] { change->changeOOfSelection(OChange::Decrement); });
    oDown->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_O));
    edit->addAction(MainWindow::tr("Reset O-counter…"), change,
                    [change] { change->changeOOfSelection(OChange::Reset); });
    QAction *organized = edit->addAction(MainWindow::tr("Toggle &organized"), change,
                                         &SelectionEditing::toggleOrganizedOfSelection);
    organized->setShortcut(QKeySequence(MainWindow::tr("Ctrl+Shift+R")));
    edit->addSeparator();
    QAction *remove =
        edit->addAction(MainWindow::tr("&Delete…"), change, &SelectionEditing::deleteSelection);
    remove->setShortcut(QKeySequence::Delete);
    edit->addSeparator();
    addBulkActions(m_viewMenu, edit);
    edit->addSeparator();
    // Checked by the window with the profile's preferences.
    QAction *advance = edit->addAction(MainWindow::tr("Viewer: &advance after rating"));
    advance->setCheckable(true);
    advance->setObjectName(QStringLiteral("advanceAfterRating"));
    connect(advance, &QAction::toggled, w, [w](bool on) {
        w->viewer()->setAdvanceAfterRating(on);
        ProfileSettings().setValue(QStringLiteral("viewer/advanceAfterRating"), on);
    });

    // The grid's context menu offers the same actions.
    ImageGridView *grid = w->grid();
    grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(grid, &QWidget::customContextMenuRequested, w, [=](const QPoint &pos) {
        QMenu menu(w);
        menu.addAction(MainWindow::tr("&Open in viewer"), w, &MainWindow::openViewer);
        menu.addAction(editImage);
        menu.addMenu(rate);
        menu.addAction(oUp);
        menu.addAction(oDown);
        menu.addAction(organized);
        menu.addSeparator();
        menu.addAction(remove);
        menu.exec(grid->viewport()->mapToGlobal(pos));
    });
}

void MainWindowActions::addBulkActions(QMenu *view, QMenu *edit)
{
    QDockWidget *dock = m_window->bulkDock();
    BulkEditPanel *panel = m_window->bulkPanel();
    QAction *toggle = dock->toggleViewAction();
    toggle->setText(MainWindow::tr("&Bulk edit panel"));
    toggle->setShortcut(QKeySequence(MainWindow::tr("Ctrl+B")));
    view->addSeparator();
    view->addAction(toggle);

    QAction *tag = edit->addAction(MainWindow::tr("&Tag selection…"), m_window, [dock, panel] {
        dock->show();
        dock->raise();
        panel->focusTagEntry();
    });
    tag->setShortcut(QKeySequence(Qt::Key_T));

    // Alt+1…Alt+9 toggle the first nine favourite tags on the selection.
    QMenu *favorites = edit->addMenu(MainWindow::tr("&Favourite tags"));
    QList<QAction *> actions;
    for (int i = 0; i < 9; ++i) {
        QAction *action =
            favorites->addAction(QString(), m_window, [panel, i] { panel->toggleFavorite(i); });
        action->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i)));
        actions.append(action);
    }
    const auto update = [panel, actions] {
        const QList<Choice> tags = panel->favoriteTags();
        for (int i = 0; i < actions.size(); ++i) {
            actions[i]->setText(i < tags.size() ? MainWindow::tr("Toggle %1").arg(tags[i].name)
                                                : MainWindow::tr("Favourite %1 (none)").arg(i + 1));
            actions[i]->setEnabled(i < tags.size());
        }
    };
    connect(panel, &BulkEditPanel::favoritesChanged, m_window, update);
    update();
}

void MainWindowActions::createHelpMenu()
{
    MainWindow *w = m_window;
    // Keyboard path: filter bar → grid → bulk panel; Esc in the filter bar goes back to the grid.
    ImageGridView *grid = w->grid();
    auto *leaveFilters = new QShortcut(QKeySequence(Qt::Key_Escape), w->filterBar());
    leaveFilters->setContext(Qt::WidgetWithChildrenShortcut);
    connect(leaveFilters, &QShortcut::activated, grid,
            [grid] { grid->setFocus(Qt::ShortcutFocusReason); });
    QWidget::setTabOrder(w->filterBar(), grid);
    QWidget::setTabOrder(grid, w->bulkPanel());

    QMenu *help = w->menuBar()->addMenu(MainWindow::tr("&Help"));
    QAction *shortcuts =
        help->addAction(MainWindow::tr("&Keyboard shortcuts"), w, &MainWindow::showShortcuts);
    shortcuts->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)});
    help->addAction(MainWindow::tr("&About Tessera"), w, [w] {
        QMessageBox::about(w, MainWindow::tr("About Tessera"),
                           MainWindow::tr("<h3>Tessera %1</h3><p>A fast desktop client for the "
                                          "images in a Stash server.</p><p>Press F1 for the "
                                          "keyboard shortcuts.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace Tessera
