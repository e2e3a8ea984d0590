// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "profilestore.h"

#include <QUuid>

namespace Tessera {

namespace {

const QString kOrder = QStringLiteral("profiles/order");
const QString kActive = QStringLiteral("profiles/active");
const QString kLegacyUrl = QStringLiteral("server/url");

/// Preferences that belong to one server. Tag ids, for one, mean nothing on another.
const QStringList kPerProfilePrefixes = {
    QStringLiteral("grid/zoomLevel"),    QStringLiteral("grid/sort"),
    QStringLiteral("grid/descending"),   QStringLiteral("viewer/advanceAfterRating"),
    QStringLiteral("bulk/favoriteTags"), QStringLiteral("bulk/recentTags"),
};

QString profileGroup(const QString &id)
{
    return QStringLiteral("profiles/") + id;
}

/// The same address as ServerEndpoint::normalizeUrl() would give, without depending on lib/stash.
QUrl comparable(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    url.setHost(url.host().toLower());
    return url.adjusted(QUrl::StripTrailingSlash);
}

/// Moves the top-level per-server preferences into `group`.
void adoptTopLevelPreferences(QSettings &settings, const QString &group)
{
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        for (const QString &prefix : kPerProfilePrefixes) {
            if (key == prefix || key.startsWith(prefix + QLatin1Char('/'))) {
                settings.setValue(group + QLatin1Char('/') + key, settings.value(key));
                settings.remove(key);
                break;
            }
        }
    }
}

} // namespace

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
{
    migrate();
}

void ProfileStore::migrate()
{
    QSettings settings;
    if (settings.contains(kOrder) || !settings.contains(kLegacyUrl))
        return;
    const QUrl url = settings.value(kLegacyUrl).toUrl();
    settings.remove(kLegacyUrl);
    if (!url.isValid() || url.host().isEmpty())
        return;
    ServerProfile profile;
    profile.name = url.host();
    profile.url = url;
    // The old setting did not say; an API key, if one was kept, is found under its old name.
    profile.auth = ServerProfile::Auth::ApiKey;
    add(profile); // the first profile: adopts the preferences and becomes active
}

QStringList ProfileStore::order() const
{
    return QSettings().value(kOrder).toStringList();
}

QList<ServerProfile> ProfileStore::profiles() const
{
    QList<ServerProfile> out;
    const QStringList ids = order();
    for (const QString &id : ids) {
        if (auto p = profile(id))
            out.append(*p);
    }
    return out;
}

std::optional<ServerProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || !order().contains(id))
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(profileGroup(id));
    ServerProfile p;
    p.id = id;
    p.name = settings.value(QStringLiteral("name")).toString();
    p.url = settings.value(QStringLiteral("url")).toUrl();
    p.auth = ServerProfile::authFromName(settings.value(QStringLiteral("auth")).toString());
    p.username = settings.value(QStringLiteral("username")).toString();
    return p;
}

std::optional<ServerProfile> ProfileStore::findByUrl(const QUrl &url) const
{
    const QUrl wanted = comparable(url);
    const QList<ServerProfile> all = profiles();
    for (const ServerProfile &p : all) {
        if (comparable(p.url) == wanted)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::writeProfile(QSettings &settings, const ServerProfile &profile) const
{
    settings.beginGroup(profileGroup(profile.id));
    settings.setValue(QStringLiteral("name"), profile.name);
    settings.setValue(QStringLiteral("url"), profile.url);
    settings.setValue(QStringLiteral("auth"), ServerProfile::authName(profile.auth));
    if (profile.auth == ServerProfile::Auth::Password)
        settings.setValue(QStringLiteral("username"), profile.username);
    else
        settings.remove(QStringLiteral("username"));
    settings.endGroup();
}

QString ProfileStore::add(ServerProfile profile)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSettings settings;
    QStringList ids = order();
    const bool first = ids.isEmpty();
    ids.append(profile.id);
    writeProfile(settings, profile);
    settings.setValue(kOrder, ids);
    if (first) {
        // Whoever used Tessera before profiles existed keeps their zoom, sort and favourites.
        adoptTopLevelPreferences(settings, settingsGroupFor(profile.id));
        settings.setValue(kActive, profile.id);
    }
    settings.sync();
    Q_EMIT profilesChanged();
    if (first)
        Q_EMIT activeChanged(profile.id);
    return profile.id;
}

bool ProfileStore::update(const ServerProfile &profile)
{
    if (!order().contains(profile.id))
        return false;
    QSettings settings;
    writeProfile(settings, profile);
    settings.sync();
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    QStringList ids = order();
    if (!ids.removeOne(id))
        return false;
    const bool wasActive = activeId() == id;
    QSettings settings;
    settings.remove(profileGroup(id));
    settings.setValue(kOrder, ids);
    if (wasActive)
        settings.remove(kActive);
    settings.sync();
    Q_EMIT profilesChanged();
    if (wasActive)
        Q_EMIT activeChanged(QString());
    return true;
}

QString ProfileStore::activeId() const
{
    const QString id = QSettings().value(kActive).toString();
    return order().contains(id) ? id : QString();
}

std::optional<ServerProfile> ProfileStore::active() const
{
    return profile(activeId());
}

void ProfileStore::setActiveId(const QString &id)
{
    const QString wanted = order().contains(id) ? id : QString();
    if (wanted == activeId())
        return;
    QSettings settings;
    if (wanted.isEmpty())
        settings.remove(kActive);
    else
        settings.setValue(kActive, wanted);
    settings.sync();
    Q_EMIT activeChanged(wanted);
}

QString ProfileStore::settingsGroup()
{
    QSettings settings;
    const QString id = settings.value(kActive).toString();
    if (id.isEmpty() || !settings.value(kOrder).toStringList().contains(id))
        return {};
    return settingsGroupFor(id);
}

QString ProfileStore::settingsGroupFor(const QString &profileId)
{
    return profileGroup(profileId) + QStringLiteral("/prefs");
}

ProfileSettings::ProfileSettings()
{
    const QString group = ProfileStore::settingsGroup();
    if (!group.isEmpty())
        beginGroup(group);
}

} // namespace Tessera
