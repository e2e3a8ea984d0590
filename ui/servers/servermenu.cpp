// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "servers/servermenu.h"

#include "profilestore.h"
#include "secretvault.h"
#include "servers/profilesdialog.h"
#include "serverswitcher.h"

#include <QActionGroup>

namespace Tessera {

ServerMenu::ServerMenu(ProfileStore *profiles, SecretVault *vault, ServerSwitcher *switcher,
                       std::function<bool()> canSwitch, QWidget *parent)
    : QMenu(tr("Se&rver"), parent)
    , m_profiles(profiles)
    , m_vault(vault)
    , m_switcher(switcher)
    , m_canSwitch(std::move(canSwitch))
    , m_actions(new QActionGroup(this))
{
    setObjectName(QStringLiteral("serverMenu"));
    m_actions->setExclusive(true);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ServerMenu::rebuild);
    connect(m_profiles, &ProfileStore::activeChanged, this, &ServerMenu::rebuild);
    rebuild();
}

void ServerMenu::rebuild()
{
    clear();
    const QList<QAction *> old = m_actions->actions();
    for (QAction *action : old) {
        m_actions->removeAction(action);
        action->deleteLater();
    }
    const QString active = m_profiles->activeId();
    const QList<ServerProfile> all = m_profiles->profiles();
    for (const ServerProfile &profile : all) {
        QAction *action = addAction(profile.displayName());
        action->setCheckable(true);
        action->setChecked(profile.id == active);
        action->setToolTip(profile.url.toDisplayString());
        action->setData(profile.id);
        m_actions->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = profile.id] { switchTo(id); });
    }
    if (all.isEmpty()) {
        QAction *none = addAction(tr("No servers yet"));
        none->setEnabled(false);
    }
    addSeparator();
    addAction(tr("&Manage servers…"), this, &ServerMenu::showProfilesDialog);
}

void ServerMenu::switchTo(const QString &profileId)
{
    if (m_canSwitch && !m_canSwitch()) {
        Q_EMIT switchRefused(
            tr("Changes are still being saved to this server; switch when they are done."));
        rebuild(); // puts the check mark back
        return;
    }
    m_switcher->connectToProfile(profileId);
}

void ServerMenu::showProfilesDialog()
{
    ProfilesDialog dialog(m_profiles, m_vault->keychain(), parentWidget());
    const QString activeBefore = m_profiles->activeId();
    const std::optional<ServerProfile> before = m_profiles->active();
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const QString &id : dialog.removedIds())
        m_vault->forget(ServerProfile::secretKeyFor(id));
    const QHash<QString, QString> &secrets = dialog.secretChanges();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        m_vault->keep(ServerProfile::secretKeyFor(it.key()), it.value());

    // Reconnect when the server shown was edited (address, sign-in, secret) or
    // removed, or when the first profile was just made.
    const std::optional<ServerProfile> after = m_profiles->active();
    if (!after) {
        if (activeBefore.isEmpty() && !m_profiles->profiles().isEmpty())
            m_switcher->connectToProfile(m_profiles->profiles().first().id);
        return;
    }
    const bool changed = !before || before->url != after->url || before->auth != after->auth ||
                         before->username != after->username || secrets.contains(after->id);
    if (changed)
        m_switcher->connectToProfile(after->id);
    else
        rebuild();
}

} // namespace Tessera
