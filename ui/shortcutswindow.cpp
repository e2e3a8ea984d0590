// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "shortcutswindow.h"

#include <QAction>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QKeyEvent>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        const QString text = key.toString(QKeySequence::NativeText);
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    return texts.join(QStringLiteral(", "));
}

} // namespace

ShortcutsWindow::ShortcutsWindow(QMenuBar *menus, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_menus(menus)
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcutsWindow"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Search:"), this);
    label->setBuddy(m_filter);
    m_filter->setPlaceholderText(tr("Type an action or a key"));
    m_filter->setAccessibleName(tr("Search the shortcuts"));
    m_filter->setClearButtonEnabled(true);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_filter, 1);
    layout->addLayout(top);

    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsWindow::setFilter);
    resize(560, 640);
    rebuild();
}

void ShortcutsWindow::rebuild()
{
    m_list->clear();
    if (m_menus)
        addMenuActions(m_menus->actions(), QString());

    QTreeWidgetItem *grid = addSection(tr("Grid"));
    addRow(grid, tr("Move"), tr("Arrows, Page Up, Page Down, Home, End"));
    addRow(grid, tr("Open the viewer"), tr("Enter, double-click"));
    addRow(grid, tr("Select a range"), tr("Shift+click, Shift+arrows"));
    addRow(grid, tr("Add or remove one image"), tr("Ctrl+click, Ctrl+Space"));
    addRow(grid, tr("Edit the image under the pointer"), tr("Shift+double-click"));
    addRow(grid, tr("Zoom the thumbnails"), tr("Ctrl+wheel"));
    addRow(grid, tr("Leave the search field for the grid"), tr("Esc"));

    QTreeWidgetItem *viewer = addSection(tr("Viewer"));
    addRow(viewer, tr("Next image"), tr("Right, Space, Page Down"));
    addRow(viewer, tr("Previous image"), tr("Left, Backspace, Page Up"));
    addRow(viewer, tr("First / last image"), tr("Home, End"));
    addRow(viewer, tr("Rate 1–5 stars / clear the rating"), tr("1–5, 0"));
    addRow(viewer, tr("O-counter +1 / −1"), tr("O, Shift+O"));
    addRow(viewer, tr("Edit the image"), tr("E"));
    addRow(viewer, tr("Delete the image"), tr("Delete"));
    addRow(viewer, tr("Zoom in / out"), tr("+, -, wheel"));
    addRow(viewer, tr("Fit to window / actual size"), tr("Ctrl+0, Ctrl+1"));
    addRow(viewer, tr("Slideshow"), tr("S"));
    addRow(viewer, tr("Full screen"), tr("F, F11"));
    addRow(viewer, tr("Leave full screen, then close"), tr("Esc"));

    QTreeWidgetItem *bulk = addSection(tr("Bulk edit panel"));
    addRow(bulk, tr("Type a tag for the selection"), tr("T"));
    addRow(bulk, tr("Add the highlighted tag to the selection"), tr("Enter"));
    addRow(bulk, tr("Remove the highlighted tag from the selection"), tr("Shift+Enter"));
    addRow(bulk, tr("Toggle favourite tag 1–9"), tr("Alt+1…Alt+9"));
    addRow(bulk, tr("Toggle the current tag chip"), tr("Enter, Space"));
    addRow(bulk, tr("Remove the current favourite chip"), tr("Delete"));
    addRow(bulk, tr("Back to the grid (or cancel the question)"), tr("Esc"));

    m_list->expandAll();
    setFilter(m_filter->text());
}

void ShortcutsWindow::addMenuActions(const QList<QAction *> &actions, const QString &path)
{
    QTreeWidgetItem *section = nullptr;
    for (QAction *action : actions) {
        if (action->isSeparator())
            continue;
        if (QMenu *menu = action->menu()) {
            const QString title = plainText(menu->menuAction());
            addMenuActions(menu->actions(),
                           path.isEmpty() ? title : path + QStringLiteral(" › ") + title);
            continue;
        }
        if (action->shortcuts().isEmpty())
            continue;
        if (!section)
            section = addSection(path);
        addRow(section, plainText(action), keysText(action->shortcuts()));
    }
}

QTreeWidgetItem *ShortcutsWindow::addSection(const QString &title)
{
    auto *item = new QTreeWidgetItem(m_list, {title});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

void ShortcutsWindow::addRow(QTreeWidgetItem *section, const QString &what, const QString &keys)
{
    auto *item = new QTreeWidgetItem(section, {what, keys});
    item->setData(0, Qt::AccessibleTextRole, QStringLiteral("%1: %2").arg(what, keys));
}

void ShortcutsWindow::setFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int s = 0; s < m_list->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = m_list->topLevelItem(s);
        const bool sectionMatches = section->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        for (int r = 0; r < section->childCount(); ++r) {
            QTreeWidgetItem *row = section->child(r);
            const bool match = needle.isEmpty() || sectionMatches ||
                               row->text(0).contains(needle, Qt::CaseInsensitive) ||
                               row->text(1).contains(needle, Qt::CaseInsensitive);
            row->setHidden(!match);
            shown += match ? 1 : 0;
        }
        section->setHidden(shown == 0);
    }
}

QStringList ShortcutsWindow::visibleRows() const
{
    QStringList rows;
    for (int s = 0; s < m_list->topLevelItemCount(); ++s) {
        const QTreeWidgetItem *section = m_list->topLevelItem(s);
        if (section->isHidden())
            continue;
        for (int r = 0; r < section->childCount(); ++r) {
            const QTreeWidgetItem *row = section->child(r);
            if (!row->isHidden())
                rows.append(row->text(0) + QLatin1Char('\t') + row->text(1));
        }
    }
    return rows;
}

void ShortcutsWindow::showEvent(QShowEvent *event)
{
    rebuild();
    m_filter->setFocus();
    QWidget::showEvent(event);
}

void ShortcutsWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Tessera
