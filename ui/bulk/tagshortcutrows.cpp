// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/tagshortcutrows.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

namespace Tessera {

namespace {

// The rows' words were the bulk panel's and keep its translation context, so
// their translations stay in force (lupdate reads the literal context).
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

TagShortcuts::Tag shortcutOf(const Choice &choice)
{
    return TagShortcuts::Tag{choice.id, choice.name};
}

QList<Choice> choicesOf(const QList<TagShortcuts::Tag> &tags)
{
    QList<Choice> out;
    for (const TagShortcuts::Tag &t : tags)
        out.append(Choice{t.id, t.name});
    return out;
}

} // namespace

TagShortcutRows::TagShortcutRows(TagShortcuts *shortcuts, ShareLookup shareOf, QWidget *parent)
    : QWidget(parent)
    , m_shortcuts(shortcuts)
    , m_shareOf(std::move(shareOf))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_favoriteChips =
        addRow(translate("Tessera::BulkEditPanel", "Favourite tags (Alt+1…Alt+9 toggle)"),
               m_favoritesLabel);
    m_recentChips =
        addRow(translate("Tessera::BulkEditPanel", "Recently used tags"), m_recentLabel);
    connect(m_shortcuts, &TagShortcuts::changed, this, &TagShortcutRows::rebuild);
    rebuild();
}

ChipList *TagShortcutRows::addRow(const QString &title, QLabel *&label)
{
    label = new QLabel(title, this);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto *list = new ChipList(this);
    list->setAccessibleName(title);
    list->installEventFilter(this);
    layout()->addWidget(label);
    layout()->addWidget(list);
    connect(list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { Q_EMIT toggleRequested(ChipList::tagOf(item)); });
    connect(list, &QWidget::customContextMenuRequested, this,
            [this, list](const QPoint &pos) { showChipMenu(list, pos); });
    return list;
}

QList<Choice> TagShortcutRows::recentTags() const
{
    return choicesOf(m_shortcuts->recent());
}

QList<Choice> TagShortcutRows::favoriteTags() const
{
    return choicesOf(m_shortcuts->favorites());
}

void TagShortcutRows::noteRecent(const Choice &tag)
{
    m_shortcuts->noteRecent(shortcutOf(tag));
}

void TagShortcutRows::setFavorites(const QList<Choice> &tags)
{
    QList<TagShortcuts::Tag> favorites;
    for (const Choice &c : tags)
        favorites.append(shortcutOf(c));
    m_shortcuts->setFavorites(favorites);
    Q_EMIT favoritesChanged();
}

void TagShortcutRows::addFavorite(const Choice &tag)
{
    m_shortcuts->addFavorite(shortcutOf(tag));
    Q_EMIT favoritesChanged();
}

void TagShortcutRows::removeFavorite(const QString &id)
{
    m_shortcuts->removeFavorite(id);
    Q_EMIT favoritesChanged();
}

void TagShortcutRows::reload()
{
    m_shortcuts->reload();
    Q_EMIT favoritesChanged();
}

void TagShortcutRows::addFavoriteAction(QMenu *menu, const Choice &tag)
{
    if (m_shortcuts->isFavorite(tag.id))
        menu->addAction(translate("Tessera::BulkEditPanel", "Remove from favourites"), this,
                        [this, tag] { removeFavorite(tag.id); });
    else
        menu->addAction(translate("Tessera::BulkEditPanel", "Add to favourites"), this,
                        [this, tag] { addFavorite(tag); });
}

QList<ChipList::Chip> TagShortcutRows::chipsOf(const QList<TagShortcuts::Tag> &tags,
                                               bool numbered) const
{
    QList<ChipList::Chip> chips;
    for (int i = 0; i < tags.size(); ++i) {
        const Choice tag{tags.at(i).id, tags.at(i).name};
        const QString label =
            numbered && i < 9 ? QStringLiteral("%1  %2").arg(i + 1).arg(tag.name) : tag.name;
        QString tip;
        if (const std::optional<Share> share = m_shareOf(tag.id)) {
            tip = share->has < share->of
                      ? translate("Tessera::BulkEditPanel",
                                  "%1 is on %L2 of %L3 selected images: click to add it to all")
                            .arg(tag.name)
                            .arg(share->has)
                            .arg(share->of)
                      : translate("Tessera::BulkEditPanel",
                                  "Every selected image has %1: click to remove it from all")
                            .arg(tag.name);
        } else {
            tip =
                translate("Tessera::BulkEditPanel",
                          "Click to add %1 to the selected images, or to remove it if all have it")
                    .arg(tag.name);
        }
        if (numbered && i < 9)
            tip += QLatin1Char('\n') +
                   translate("Tessera::BulkEditPanel", "Shortcut: Alt+%1").arg(i + 1);
        chips.append(ChipList::Chip{tag, label, tip});
    }
    return chips;
}

void TagShortcutRows::rebuild()
{
    const QList<TagShortcuts::Tag> recent = m_shortcuts->recent();
    const QList<TagShortcuts::Tag> favorites = m_shortcuts->favorites();
    m_favoriteChips->setChips(chipsOf(favorites, true));
    m_recentChips->setChips(chipsOf(recent, false));
    m_recentLabel->setVisible(!recent.isEmpty());
    m_recentChips->setVisible(!recent.isEmpty());
    m_favoritesLabel->setText(
        favorites.isEmpty()
            ? translate("Tessera::BulkEditPanel",
                        "Favourite tags: none yet (right-click a tag to add it)")
            : translate("Tessera::BulkEditPanel", "Favourite tags (Alt+1…Alt+9 toggle)"));
    m_favoriteChips->setVisible(!favorites.isEmpty());
}

void TagShortcutRows::showChipMenu(ChipList *list, const QPoint &pos)
{
    const QListWidgetItem *item = list->itemAt(pos);
    if (!item)
        return;
    const Choice tag = ChipList::tagOf(item);
    QMenu menu(this);
    menu.addAction(translate("Tessera::BulkEditPanel", "Add to all selected images"), this,
                   [this, tag] { Q_EMIT addToAllRequested(tag); });
    menu.addAction(translate("Tessera::BulkEditPanel", "Remove from all selected images"), this,
                   [this, tag] { Q_EMIT removeFromAllRequested(tag); });
    menu.addSeparator();
    addFavoriteAction(&menu, tag);
    if (list == m_recentChips) {
        menu.addAction(translate("Tessera::BulkEditPanel", "Forget"), this,
                       [this, tag] { m_shortcuts->forgetRecent(tag.id); });
    }
    menu.exec(list->viewport()->mapToGlobal(pos));
}

bool TagShortcutRows::eventFilter(QObject *watched, QEvent *event)
{
    auto *list = qobject_cast<QListWidget *>(watched);
    if (list && (list == m_recentChips || list == m_favoriteChips) &&
        event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) &&
            list->currentItem()) {
            Q_EMIT list->itemClicked(list->currentItem());
            return true;
        }
        if (key == Qt::Key_Delete && list == m_favoriteChips && list->currentItem()) {
            removeFavorite(ChipList::tagOf(list->currentItem()).id);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Tessera
