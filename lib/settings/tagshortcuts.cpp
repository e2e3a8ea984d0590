// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "tagshortcuts.h"

#include "profilestore.h"

#include <algorithm>

namespace Tessera {

namespace {

const QString kRecentKey = QStringLiteral("bulk/recentTags");
const QString kFavoritesKey = QStringLiteral("bulk/favoriteTags");

} // namespace

TagShortcuts::TagShortcuts(QObject *parent)
    : QObject(parent)
{
    load();
}

bool TagShortcuts::isFavorite(const QString &id) const
{
    return std::any_of(m_favorites.cbegin(), m_favorites.cend(),
                       [&id](const Tag &t) { return t.id == id; });
}

void TagShortcuts::noteRecent(const Tag &tag)
{
    m_recent.removeIf([&tag](const Tag &t) { return t.id == tag.id; });
    m_recent.prepend(tag);
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    save();
    Q_EMIT changed();
}

void TagShortcuts::forgetRecent(const QString &id)
{
    m_recent.removeIf([&id](const Tag &t) { return t.id == id; });
    save();
    Q_EMIT changed();
}

void TagShortcuts::setFavorites(const QList<Tag> &tags)
{
    m_favorites = tags;
    save();
    Q_EMIT changed();
}

void TagShortcuts::addFavorite(const Tag &tag)
{
    QList<Tag> next = m_favorites;
    next.removeIf([&tag](const Tag &t) { return t.id == tag.id; });
    next.append(tag);
    setFavorites(next);
}

void TagShortcuts::removeFavorite(const QString &id)
{
    QList<Tag> next = m_favorites;
    next.removeIf([&id](const Tag &t) { return t.id == id; });
    setFavorites(next);
}

void TagShortcuts::reload()
{
    load();
    Q_EMIT changed();
}

void TagShortcuts::load()
{
    ProfileSettings settings;
    const auto read = [&settings](const QString &key) {
        QList<Tag> out;
        const int n = settings.beginReadArray(key);
        for (int i = 0; i < n; ++i) {
            settings.setArrayIndex(i);
            const Tag t{settings.value(QStringLiteral("id")).toString(),
                        settings.value(QStringLiteral("name")).toString()};
            if (!t.id.isEmpty())
                out.append(t);
        }
        settings.endArray();
        return out;
    };
    m_recent = read(kRecentKey).mid(0, MaxRecent);
    m_favorites = read(kFavoritesKey);
}

void TagShortcuts::save() const
{
    ProfileSettings settings;
    const auto write = [&settings](const QString &key, const QList<Tag> &list) {
        settings.remove(key);
        settings.beginWriteArray(key, int(list.size()));
        for (int i = 0; i < list.size(); ++i) {
            settings.setArrayIndex(i);
            settings.setValue(QStringLiteral("id"), list.at(i).id);
            settings.setValue(QStringLiteral("name"), list.at(i).name);
        }
        settings.endArray();
    };
    write(kRecentKey, m_recent);
    write(kFavoritesKey, m_favorites);
}

} // namespace Tessera
