// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulk/chiplist.h"
#include "tagshortcuts.h"
#include "widgets/chippicker.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QMenu;

namespace Tessera {

/// The bulk panel's favourite and recent tag rows: the chips of a
/// TagShortcuts, rebuilt when it changes, with their tooltips, context menu and
/// keys. Apart from the panel so the panel only hears which tag the user wants
/// toggled, added or removed; the favourites it edits on TagShortcuts itself.
class TagShortcutRows final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagShortcutRows)

public:
    /// How many of the selected images have a tag.
    struct Share
    {
        int has = 0;
        int of = 0;
    };
    /// A tag's share of the selection; nullopt while it is not known.
    using ShareLookup = std::function<std::optional<Share>(const QString &tagId)>;

    TagShortcutRows(TagShortcuts *shortcuts, ShareLookup shareOf, QWidget *parent = nullptr);

    ChipList *recentChips() const { return m_recentChips; }
    ChipList *favoriteChips() const { return m_favoriteChips; }

    // TagShortcuts in Choices; every change of the favourites says favoritesChanged().
    QList<Choice> recentTags() const;
    QList<Choice> favoriteTags() const;
    void noteRecent(const Choice &tag);
    void setFavorites(const QList<Choice> &tags);
    void addFavorite(const Choice &tag);
    void removeFavorite(const QString &id);
    /// Reads the lists again (another server profile became active).
    void reload();
    /// "Add to favourites" or "Remove from favourites" for `tag`.
    void addFavoriteAction(QMenu *menu, const Choice &tag);
    /// Rebuilds the chips (the shares changed: the tooltips say who has which).
    void rebuild();

Q_SIGNALS:
    /// A chip was clicked (or Enter, Space): add the tag to all, or remove it if all have it.
    void toggleRequested(const Choice &tag);
    void addToAllRequested(const Choice &tag);
    void removeFromAllRequested(const Choice &tag);
    /// The favourites were set, added to, removed from or read again.
    void favoritesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ChipList *addRow(const QString &title, QLabel *&label);
    QList<ChipList::Chip> chipsOf(const QList<TagShortcuts::Tag> &tags, bool numbered) const;
    void showChipMenu(ChipList *list, const QPoint &pos);

    TagShortcuts *m_shortcuts;
    ShareLookup m_shareOf;
    QLabel *m_favoritesLabel = nullptr;
    QLabel *m_recentLabel = nullptr;
    ChipList *m_favoriteChips = nullptr;
    ChipList *m_recentChips = nullptr;
};

} // namespace Tessera
