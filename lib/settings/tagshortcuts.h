// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace Tessera {

/// The recently used and the favourite tags of the bulk panel. They are tag
/// ids of one server, so they live in the active server profile's settings
/// (ProfileSettings: bulk/recentTags, bulk/favoriteTags); every change is
/// written at once.
class TagShortcuts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagShortcuts)

public:
    /// One tag: its id and the name to show.
    struct Tag
    {
        QString id;
        QString name;
        friend bool operator==(const Tag &, const Tag &) = default;
    };

    static constexpr int MaxRecent = 20;

    /// Reads the active profile's lists.
    explicit TagShortcuts(QObject *parent = nullptr);

    /// Most recent first, at most MaxRecent.
    QList<Tag> recent() const { return m_recent; }
    QList<Tag> favorites() const { return m_favorites; }
    bool isFavorite(const QString &id) const;

    /// `tag` was just used: first in the recent list.
    void noteRecent(const Tag &tag);
    void forgetRecent(const QString &id);
    void setFavorites(const QList<Tag> &tags);
    /// At the end of the favourites (moved there if it is one already).
    void addFavorite(const Tag &tag);
    void removeFavorite(const QString &id);
    /// Reads the lists again (another profile became active).
    void reload();

Q_SIGNALS:
    /// The recent or the favourite tags changed.
    void changed();

private:
    void load();
    void save() const;

    QList<Tag> m_recent;
    QList<Tag> m_favorites;
};

} // namespace Tessera
