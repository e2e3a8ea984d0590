// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// MainWindow's server profiles: the Server menu, what the window does when
// the ServerSwitcher switches servers, and the questions the switcher and the
// SecretVault ask the person.
#include "mainwindow.h"

#include "bulk/bulkeditpanel.h"
#include "changesender.h"
#include "grid/filterbar.h"
#include "fullimageloader.h"
#include "futurewatch.h"
#include "imageeditor.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "viewer/imageviewer.h"
#include "notificationbar.h"
#include "servers/servermenu.h"
#include "profilestore.h"
#include "imagestore.h"
#include "secretstore.h"
#include "secretvault.h"
#include "selectionidcollector.h"
#include "servers/certificatedialog.h"
#include "serverswitcher.h"
#include "session.h"
#include "settingssecretstore.h"
#include "stashclient.h"
#include "thumbnailcache.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QPointer>
#include <QSslCertificate>
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
    connectServerSwitcher();
    m_defaultThumbnailDir = thumbnails()->diskCacheDirectory();
    auto *menu = new ServerMenu(
        m_profiles, m_vault, m_switcher,
        // Changes still on their way need not hold a switch up: they wait in the
        // old server's outbox file and go out when it is connected again.
        [this] { return !m_bulkPanel->isBusy(); }, this);
    connect(menu, &ServerMenu::switchRefused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    // Right after File, where the other connection actions are.
    menuBar()->insertMenu(menuBar()->actions().value(1), menu);
    connect(this, &MainWindow::connected, this, [this] {
        // connectTo() does not reload a query that equals the one shown: after
        // a change of server the rows still belong to the old one.
        if (std::exchange(m_reloadOnConnect, false) && m_model->isCountKnown())
            m_model->refresh();
    });
    applyProfilePreferences();
}

void MainWindow::resetForServerChange()
{
    if (const int waiting = m_editor->sender()->pendingCount(); waiting > 0)
        m_notifications->showInfo(
            tr("%n change(s) for the previous server wait on this computer; they are sent when "
               "you connect to it again.",
               nullptr, waiting));
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
    m_switcher->connectToProfile(profileId);
}

void MainWindow::connectServerSwitcher()
{
    m_vault = new SecretVault(m_secrets, nullptr, this);
    m_switcher = new ServerSwitcher(m_client, m_profiles, m_vault, this);
    const auto showError = [this](const QString &message) { m_notifications->showError(message); };
    connect(m_vault, &SecretVault::errorOccurred, this, showError);
    connect(m_vault, &SecretVault::fallbackConsentNeeded, this, &MainWindow::askSecretsFallback);

    connect(m_switcher, &ServerSwitcher::switchingTo, this, [this](const ServerProfile &profile) {
        resetForServerChange();
        m_serverLabel->setText(tr("Connecting to %1…").arg(profile.displayName()));
    });
    connect(m_switcher, &ServerSwitcher::profileActivated, this,
            &MainWindow::applyProfilePreferences);
    connect(m_switcher, &ServerSwitcher::connecting, this, [this](const ServerEndpoint &endpoint) {
        m_serverInfo.reset();
        // What waits for the server it was meant for stays in that server's outbox file.
        m_editor->sender()->closeOutbox();
        m_store->clear();
        m_serverLabel->setText(tr("Connecting to %1…").arg(endpoint.baseUrl().toDisplayString()));
    });
    connect(m_switcher, &ServerSwitcher::loggingIn, this, [this](const ServerProfile &profile) {
        m_serverLabel->setText(tr("Logging in to %1…").arg(profile.displayName()));
    });
    connect(m_switcher, &ServerSwitcher::connected, this, &MainWindow::showConnectedServer);
    connect(m_switcher, &ServerSwitcher::notConnected, this, [this](const QString &message) {
        m_serverLabel->setText(tr("Not connected"));
        Q_EMIT connectionFailed(message);
    });
    connect(m_switcher, &ServerSwitcher::signInFailed, this, showError);
    // The questions (tests disconnect these three; see UiTest::silencePrompts).
    connect(m_switcher, &ServerSwitcher::certificateRefused, this,
            [this](const Error &error, const ServerEndpoint &endpoint) {
                CertificateDialog::askToTrust(error, endpoint.hostAndPort(), this,
                                              [this, endpoint](const QSslCertificate &certificate) {
                                                  m_switcher->trustAndConnect(endpoint,
                                                                              certificate);
                                              });
            });
    connect(m_switcher, &ServerSwitcher::connectFailed, this, &MainWindow::askAfterFailedConnect);
}

void MainWindow::askSecretsFallback(const QString &where, const QString &error)
{
    // Deliberately never shows the secret itself, only where it would go.
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Keep the password?"),
        tr("Tessera could not use %1 (%2).\n\nKeep API keys and passwords in Tessera's "
           "settings "
           "file instead? They are stored there as plain text: anyone with access to your "
           "account's files can read them.\n\nIf you choose No, Tessera keeps them only until "
           "it "
           "quits and asks for them next time.")
            .arg(where, error),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setAccessibleName(tr("Keep the password in the settings file?"));
    connect(box, &QMessageBox::finished, this, [this, box](int) {
        m_vault->answerFallbackConsent(box->standardButton(box->clickedButton()) ==
                                       QMessageBox::Yes);
    });
    box->open();
}

} // namespace Tessera
