// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "serverswitcher.h"

#include "certificatetrust.h"
#include "futurewatch.h"
#include "profilestore.h"
#include "secretvault.h"
#include "stashclient.h"

#include <QPointer>
#include <QSslCertificate>

namespace Tessera {

using namespace Stash;

ServerSwitcher::ServerSwitcher(StashClient *client, ProfileStore *profiles, SecretVault *secrets,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profiles(profiles)
    , m_secrets(secrets)
{}

void ServerSwitcher::connectTo(const ServerEndpoint &endpoint, KeyKeeping keeping)
{
    Q_EMIT connecting(endpoint);
    ServerEndpoint trusting = endpoint; // with the certificates trusted for it before
    trusting.setTrustedCertificates(m_trust.fingerprints(endpoint.hostAndPort()));
    m_client->setEndpoint(trusting);
    FutureWatch::onResult(m_client->connectToServer(), this,
                          [this, endpoint, keeping](const Result<ServerInfo> &info) {
                              if (!info) {
                                  const QString message = info.error().message();
                                  Q_EMIT notConnected(message);
                                  if (info.error().kind() == Error::Kind::Certificate)
                                      Q_EMIT certificateRefused(info.error(), endpoint);
                                  else
                                      Q_EMIT connectFailed(endpoint, message);
                                  return;
                              }
                              // Its profile (made if new) becomes active; the key goes to the
                              // keychain (or only this run's memory), never silently to the
                              // settings file.
                              rememberConnection(endpoint, keeping);
                              Q_EMIT connected(info.value(), endpoint);
                          });
}

void ServerSwitcher::trustAndConnect(const ServerEndpoint &endpoint,
                                     const QSslCertificate &certificate)
{
    m_trust.trust(endpoint.hostAndPort(), CertificateTrust::fingerprint(certificate));
    connectTo(endpoint);
}

void ServerSwitcher::connectToProfile(const QString &profileId)
{
    const std::optional<ServerProfile> profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    Q_EMIT switchingTo(*profile);
    m_profiles->setActiveId(profile->id);
    Q_EMIT profileActivated();
    m_connectingProfile = profile->id;
    QPointer<ServerSwitcher> self(this);
    const ServerProfile p = *profile;
    m_secrets->read(p, [self, p](const QString &secret) {
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
            Q_EMIT self->notConnected(message);
            Q_EMIT self->signInFailed(message);
        };
        if (secret.isEmpty()) {
            fail(tr("No password is kept for %1: enter it in Server ▸ Manage servers….")
                     .arg(p.displayName()));
            return;
        }
        self->m_client->setEndpoint(ServerEndpoint(p.url));
        Q_EMIT self->loggingIn(p);
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

void ServerSwitcher::rememberConnection(const ServerEndpoint &endpoint, KeyKeeping keeping)
{
    const QString connecting = std::exchange(m_connectingProfile, QString());
    if (!connecting.isEmpty()) {
        const auto profile = m_profiles->profile(connecting);
        if (profile && profile->url == endpoint.baseUrl())
            return; // connectToProfile() made it active and its secret is kept already
    }
    // A server given by address (the connection dialog, --server): its profile, made if new.
    std::optional<ServerProfile> profile = m_profiles->findByUrl(endpoint.baseUrl());
    bool made = false;
    if (!profile) {
        made = true;
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
        m_secrets->forget(profile->secretKey());
    }
    // The first profile made is active at once; it still "became active":
    // its preferences and its thumbnail folder apply from this first run on.
    if (m_profiles->activeId() != profile->id || made) {
        m_profiles->setActiveId(profile->id);
        Q_EMIT profileActivated();
    }
    if (endpoint.apiKey().isEmpty())
        return;
    if (keeping == KeyKeeping::ThisRunOnly)
        m_secrets->keepForThisRun(profile->secretKey(), endpoint.apiKey());
    else
        m_secrets->keep(profile->secretKey(), endpoint.apiKey());
}

} // namespace Tessera
