// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// MainWindow's server profiles: the Server menu, switching servers live,
// username/password login and where secrets are kept. Kept apart from
// mainwindow.cpp so that file only calls in here.
#include "mainwindow.h"

#include "bulk/bulkeditpanel.h"
#include "grid/filterbar.h"
#include "futurewatch.h"
#include "imageeditor.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "viewer/imageviewer.h"
#include "notificationbar.h"
#include "servers/profilesdialog.h"
#include "profilestore.h"
#include "secretstore.h"
#include "session.h"
#include "settingssecretstore.h"
#include "stashclient.h"
#include "thumbnailcache.h"

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>

namespace Tessera {

using namespace Stash;

namespace {

QString thumbnailRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/thumbnails");
}

} // namespace

void MainWindow::createServerMenu()
{
    m_settingsSecrets = new SettingsSecretStore(this);
    m_defaultThumbnailDir = thumbnails()->diskCacheDirectory();
    m_serverMenu = new QMenu(tr("Se&rver"), this);
    m_serverMenu->setObjectName(QStringLiteral("serverMenu"));
    // Right after File, where the other connection actions are.
    menuBar()->insertMenu(menuBar()->actions().value(1), m_serverMenu);
    m_serverActions = new QActionGroup(this);
    m_serverActions->setExclusive(true);
    connect(m_profiles, &ProfileStore::profilesChanged, this, &MainWindow::rebuildServerMenu);
    connect(m_profiles, &ProfileStore::activeChanged, this, &MainWindow::rebuildServerMenu);
    connect(this, &MainWindow::connected, this, [this] {
        // connectTo() does not reload a query that equals the one shown: after
        // a change of server the rows still belong to the old one.
        if (std::exchange(m_reloadOnConnect, false) && m_model->isCountKnown())
            m_model->refresh();
    });
    rebuildServerMenu();
    applyProfilePreferences();
}

void MainWindow::rebuildServerMenu()
{
    m_serverMenu->clear();
    const QList<QAction *> old = m_serverActions->actions();
    for (QAction *action : old) {
        m_serverActions->removeAction(action);
        action->deleteLater();
    }
    const QString active = m_profiles->activeId();
    const QList<ServerProfile> all = m_profiles->profiles();
    for (const ServerProfile &profile : all) {
        QAction *action = m_serverMenu->addAction(profile.displayName());
        action->setCheckable(true);
        action->setChecked(profile.id == active);
        action->setToolTip(profile.url.toDisplayString());
        action->setData(profile.id);
        m_serverActions->addAction(action);
        const QString id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (m_editor->isBusy() || m_bulkPanel->isBusy()) {
                statusBar()->showMessage(
                    tr("Changes are still being saved to this server; switch when they are done."),
                    8000);
                rebuildServerMenu(); // puts the check mark back
                return;
            }
            connectToProfile(id);
        });
    }
    if (all.isEmpty()) {
        QAction *none = m_serverMenu->addAction(tr("No servers yet"));
        none->setEnabled(false);
    }
    m_serverMenu->addSeparator();
    m_serverMenu->addAction(tr("&Manage servers…"), this, &MainWindow::showProfilesDialog);
}

void MainWindow::showProfilesDialog()
{
    ProfilesDialog dialog(m_profiles, m_secrets, this);
    const QString activeBefore = m_profiles->activeId();
    const std::optional<ServerProfile> before = m_profiles->active();
    if (dialog.exec() != QDialog::Accepted)
        return;
    for (const QString &id : dialog.removedIds())
        forgetSecret(ServerProfile::secretKeyFor(id));
    const QHash<QString, QString> &secrets = dialog.secretChanges();
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        keepSecret(ServerProfile::secretKeyFor(it.key()), it.value());

    // Reconnect when the server shown was edited (address, sign-in, secret) or
    // removed, or when the first profile was just made.
    const std::optional<ServerProfile> after = m_profiles->active();
    if (!after) {
        if (activeBefore.isEmpty() && !m_profiles->profiles().isEmpty())
            connectToProfile(m_profiles->profiles().first().id);
        return;
    }
    const bool changed = !before || before->url != after->url || before->auth != after->auth ||
                         before->username != after->username || secrets.contains(after->id);
    if (changed)
        connectToProfile(after->id);
    else
        rebuildServerMenu();
}

void MainWindow::resetForServerChange()
{
    m_viewer->close();
    m_statsRequest.cancel();
    m_session->reset(); // selection, images, undo history, thumbnails, session cookie
    m_reloadOnConnect = true;
}

void MainWindow::applyProfilePreferences()
{
    const ProfileSettings settings;
    m_grid->setZoomLevel(settings.value(QStringLiteral("grid/zoomLevel"), 2).toInt());
    onZoomChanged(m_grid->zoomLevel());
    m_zoomSlider->setValue(m_grid->zoomLevel());
    m_filterBar->setSort(
        settings.value(QStringLiteral("grid/sort"), QStringLiteral("path")).toString(),
        settings.value(QStringLiteral("grid/descending")).toBool() ? SortDirection::Desc
                                                                   : SortDirection::Asc);
    const bool advance = settings.value(QStringLiteral("viewer/advanceAfterRating")).toBool();
    m_viewer->setAdvanceAfterRating(advance);
    if (auto *action = findChild<QAction *>(QStringLiteral("advanceAfterRating")))
        action->setChecked(advance);
    m_bulkPanel->reloadTagLists();
    // One thumbnail folder per profile, unless someone (a test) chose another folder.
    const QString id = m_profiles->activeId();
    const QString current = thumbnails()->diskCacheDirectory();
    if (!id.isEmpty() && (current == m_defaultThumbnailDir ||
                          current.startsWith(thumbnailRoot() + QLatin1Char('/'))))
        thumbnails()->setDiskCacheDirectory(thumbnailRoot() + QLatin1Char('/') + id);
}

void MainWindow::connectToProfile(const QString &profileId)
{
    const std::optional<ServerProfile> profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    resetForServerChange();
    m_profiles->setActiveId(profile->id);
    applyProfilePreferences();
    m_connectingProfile = profile->id;
    m_serverLabel->setText(tr("Connecting to %1…").arg(profile->displayName()));
    QPointer<MainWindow> self(this);
    const ServerProfile p = *profile;
    readSecret(p, [self, p](const QString &secret) {
        if (!self || self->m_connectingProfile != p.id)
            return; // another switch came first
        switch (p.auth) {
        case ServerProfile::Auth::None:
            self->connectTo(ServerEndpoint(p.url));
            return;
        case ServerProfile::Auth::ApiKey:
            self->connectTo(ServerEndpoint(p.url, secret));
            return;
        case ServerProfile::Auth::Password:
            break;
        }
        const auto fail = [self](const QString &message) {
            self->m_serverLabel->setText(tr("Not connected"));
            Q_EMIT self->connectionFailed(message);
            self->m_notifications->showError(message);
        };
        if (secret.isEmpty()) {
            fail(tr("No password is kept for %1: enter it in Server ▸ Manage servers….")
                     .arg(p.displayName()));
            return;
        }
        self->m_client->setEndpoint(ServerEndpoint(p.url));
        self->m_serverLabel->setText(tr("Logging in to %1…").arg(p.displayName()));
        FutureWatch::onResult(self->m_client->login(p.username, secret), self.data(),
                              [self, p, fail](const Result<Done> &login) {
                                  if (self->m_connectingProfile != p.id)
                                      return;
                                  if (!login) {
                                      fail(tr("Could not log in to %1: %2")
                                               .arg(p.displayName(), login.error().message()));
                                      return;
                                  }
                                  self->connectTo(ServerEndpoint(p.url));
                              });
    });
}

void MainWindow::rememberConnection(const ServerEndpoint &endpoint)
{
    m_reloadOnConnect = true;
    const QString connecting = std::exchange(m_connectingProfile, QString());
    if (!connecting.isEmpty()) {
        const auto profile = m_profiles->profile(connecting);
        if (profile && profile->url == endpoint.baseUrl())
            return; // connectToProfile() made it active and its secret is kept already
    }
    // A server given by address (the connection dialog, --server): its profile, made if new.
    std::optional<ServerProfile> profile = m_profiles->findByUrl(endpoint.baseUrl());
    if (!profile) {
        ServerProfile made;
        made.name = endpoint.baseUrl().host();
        made.url = endpoint.baseUrl();
        made.auth =
            endpoint.apiKey().isEmpty() ? ServerProfile::Auth::None : ServerProfile::Auth::ApiKey;
        made.id = m_profiles->add(made);
        profile = made;
    } else if (!endpoint.apiKey().isEmpty() && profile->auth != ServerProfile::Auth::ApiKey) {
        profile->auth = ServerProfile::Auth::ApiKey;
        m_profiles->update(*profile);
    } else if (endpoint.apiKey().isEmpty() && profile->auth == ServerProfile::Auth::ApiKey) {
        profile->auth = ServerProfile::Auth::None; // it answered without a key
        m_profiles->update(*profile);
        forgetSecret(profile->secretKey());
    }
    if (m_profiles->activeId() != profile->id) {
        m_profiles->setActiveId(profile->id);
        applyProfilePreferences();
    }
    if (!endpoint.apiKey().isEmpty())
        keepSecret(profile->secretKey(), endpoint.apiKey());
}

void MainWindow::readSecret(const ServerProfile &profile, std::function<void(const QString &)> done)
{
    if (profile.auth == ServerProfile::Auth::None) {
        done({});
        return;
    }
    const QString key = profile.secretKey();
    if (m_runSecrets.contains(key)) {
        done(m_runSecrets.value(key));
        return;
    }
    QPointer<MainWindow> self(this);
    m_secrets->read(
        key, [self, profile, key, done](std::optional<QString> secret, const QString &error) {
            if (!self)
                return;
            if (secret) {
                done(*secret);
                return;
            }
            if (!error.isEmpty())
                self->m_notifications->showError(
                    tr("Could not read the secret of %1 from %2: %3")
                        .arg(profile.displayName(), self->m_secrets->name(), error));
            // Kept in the settings file after the user allowed it on a machine without a keychain?
            self->m_settingsSecrets->read(key, [self, profile, done](std::optional<QString> stored,
                                                                     const QString &) {
                if (!self)
                    return;
                if (stored) {
                    self->m_secretsInSettings = true;
                    done(*stored);
                    return;
                }
                if (profile.auth != ServerProfile::Auth::ApiKey) {
                    done({});
                    return;
                }
                // Before profiles, the API key was kept under the server's address.
                const QString legacy = SecretStore::apiKeyKey(profile.url.toString());
                self->m_secrets->read(legacy, [self, profile, legacy,
                                               done](std::optional<QString> old, const QString &) {
                    if (self && old && !old->isEmpty()) {
                        self->keepSecret(profile.secretKey(), *old);
                        self->m_secrets->remove(legacy, [](bool, const QString &) {});
                    }
                    done(old.value_or(QString()));
                });
            });
        });
}

void MainWindow::keepSecret(const QString &key, const QString &secret)
{
    m_runSecrets.insert(key, secret);
    if (m_secretsInSettings) {
        m_settingsSecrets->write(key, secret, [](bool, const QString &) {});
        return;
    }
    QPointer<MainWindow> self(this);
    m_secrets->write(key, secret, [self, key, secret](bool ok, const QString &error) {
        if (!self || ok)
            return;
        if (self->m_secretsInSettings) {
            self->m_settingsSecrets->write(key, secret, [](bool, const QString &) {});
            return;
        }
        if (self->m_askedAboutSecrets || qEnvironmentVariableIsSet("TESSERA_TEST")) {
            self->m_notifications->showError(
                tr("The secret could not be kept in %1 (%2); Tessera keeps it until it quits.")
                    .arg(self->m_secrets->name(), error));
            return;
        }
        self->m_askedAboutSecrets = true;
        // Deliberately never shows the secret itself, only where it would go.
        auto *box = new QMessageBox(
            QMessageBox::Question, tr("Keep the password?"),
            tr("Tessera could not use %1 (%2).\n\nKeep API keys and passwords in Tessera's "
               "settings "
               "file instead? They are stored there as plain text: anyone with access to your "
               "account's files can read them.\n\nIf you choose No, Tessera keeps them only until "
               "it "
               "quits and asks for them next time.")
                .arg(self->m_secrets->name(), error),
            QMessageBox::Yes | QMessageBox::No, self);
        box->setDefaultButton(QMessageBox::No);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setAccessibleName(tr("Keep the password in the settings file?"));
        connect(box, &QMessageBox::finished, self, [self, box](int) {
            if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
                return;
            self->m_secretsInSettings = true;
            for (auto it = self->m_runSecrets.cbegin(); it != self->m_runSecrets.cend(); ++it)
                self->m_settingsSecrets->write(it.key(), it.value(), [](bool, const QString &) {});
        });
        box->open();
    });
}

void MainWindow::forgetSecret(const QString &key)
{
    m_runSecrets.remove(key);
    m_secrets->remove(key, [](bool, const QString &) {});
    m_settingsSecrets->remove(key, [](bool, const QString &) {});
}

} // namespace Tessera
