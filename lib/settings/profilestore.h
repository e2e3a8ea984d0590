// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "serverprofile.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <optional>

namespace Tessera {

/// The server profiles in the settings file (QSettings), in the order the
/// user made them, and which one is active. On first use it turns the old
/// single "server/url" setting, and the preferences kept next to it, into a
/// first profile. Preferences that belong to one server (grid zoom and sort,
/// the viewer's "advance after rating", the bulk panel's tag lists) live in
/// the active profile's group: read and write them through ProfileSettings.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    explicit ProfileStore(QObject *parent = nullptr);

    QList<ServerProfile> profiles() const;
    std::optional<ServerProfile> profile(const QString &id) const;
    /// The first profile for this server address (compared after normalising).
    std::optional<ServerProfile> findByUrl(const QUrl &url) const;

    /// Stores a new profile and returns its id (any id in `profile` is replaced).
    QString add(ServerProfile profile);
    /// False when no profile has this id.
    bool update(const ServerProfile &profile);
    /// Removes the profile and its preferences; if it was active, no profile is.
    bool remove(const QString &id);

    QString activeId() const;
    std::optional<ServerProfile> active() const;
    /// An unknown id (or an empty one) makes no profile active.
    void setActiveId(const QString &id);

    /// The settings group of the active profile's preferences, empty when none is active.
    static QString settingsGroup();
    static QString settingsGroupFor(const QString &profileId);

Q_SIGNALS:
    void profilesChanged();
    void activeChanged(const QString &id);

private:
    void migrate();
    QStringList order() const;
    void writeProfile(QSettings &settings, const ServerProfile &profile) const;
};

/// QSettings opened at the active profile's preferences group (the top level
/// when no profile is active), so `ProfileSettings().value("grid/sort")` is
/// the active server's sort.
class ProfileSettings final : public QSettings
{
public:
    ProfileSettings();
};

} // namespace Tessera
