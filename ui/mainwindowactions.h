// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QObject>

class QDockWidget;
class QMenu;

namespace Tessera {

class MainWindow;

/// The menus of a MainWindow (File, Edit, Select, View, Help; the Server menu is
/// the window's own), their keyboard shortcuts, the undo history dock and the
/// grid's context menu. Every action calls one of the window's slots; the texts
/// stay in MainWindow's translation context.
class MainWindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    /// Builds everything at once; `window` must have its grid, viewer and bulk panel already.
    explicit MainWindowActions(MainWindow *window);
    ~MainWindowActions() override;

    QDockWidget *historyDock() const { return m_historyDock; }

private:
    void createFileSelectViewMenus();
    void createEditMenu();
    /// View: Ctrl+B; Edit: T, Alt+1…9.
    void addBulkActions(QMenu *view, QMenu *edit);
    /// Help: Keyboard shortcuts (F1, ?) and About Tessera; the keyboard path between the parts.
    void createHelpMenu();

    MainWindow *m_window;
    QDockWidget *m_historyDock = nullptr;
    QMenu *m_viewMenu = nullptr;
};

} // namespace Tessera
