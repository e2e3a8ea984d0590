// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QWidget>

class QLineEdit;
class QMenuBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Tessera {

/// Every keyboard shortcut of the program in one searchable list: the main
/// window's menu actions, read from the real QActions each time the window is
/// shown (so a new shortcut appears by itself), and fixed sections for keys
/// that widgets handle themselves (the grid, the viewer, the bulk-edit panel).
class ShortcutsWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsWindow)

public:
    /// `menus` is read, never changed; `parent` keeps the window on top of it.
    explicit ShortcutsWindow(QMenuBar *menus, QWidget *parent = nullptr);

    /// Reads the actions again (their texts change, e.g. the favourite tags).
    void rebuild();
    /// Shows the rows whose action or keys contain `text` (case-insensitive).
    void setFilter(const QString &text);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }
    /// "Action\tKeys" of every row that is not hidden, for tests.
    QStringList visibleRows() const;

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void addMenuActions(const QList<QAction *> &actions, const QString &path);
    QTreeWidgetItem *addSection(const QString &title);
    void addRow(QTreeWidgetItem *section, const QString &what, const QString &keys);

    QMenuBar *m_menus;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
};

} // namespace Tessera
