// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QMenu>

#include <functional>

class QActionGroup;

namespace Tessera {

class ProfileStore;
class SecretVault;
class ServerSwitcher;

/// The Server menu: one checkable entry per saved server (the active one
/// checked), kept in step with the ProfileStore, and "Manage servers…", which
/// edits the profiles and their secrets and reconnects when the server shown
/// was changed. Choosing a server asks the ServerSwitcher, unless `canSwitch`
/// says changes are still being saved to the current one.
class ServerMenu final : public QMenu
{
    Q_OBJECT

public:
    ServerMenu(ProfileStore *profiles, SecretVault *vault, ServerSwitcher *switcher,
               std::function<bool()> canSwitch, QWidget *parent = nullptr);

public Q_SLOTS:
    /// Server ▸ Manage servers…
    void showProfilesDialog();

Q_SIGNALS:
    /// A switch was refused because changes are still being saved.
    void switchRefused(const QString &message);

private:
    void rebuild();
    void switchTo(const QString &profileId);

    ProfileStore *m_profiles;
    SecretVault *m_vault;
    ServerSwitcher *m_switcher;
    std::function<bool()> m_canSwitch;
    QActionGroup *m_actions;
};

} // namespace Tessera
