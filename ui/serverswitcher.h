// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

// Complete types for the signals' arguments, so that queued connections and QSignalSpy can copy
// them.
#include "certificatetruststore.h"
#include "serverendpoint.h"
#include "serverinfo.h"
#include "serverprofile.h"
#include "stasherror.h"

#include <QObject>
#include <QString>

class QSslCertificate;
namespace Stash {
class StashClient;
}

namespace Tessera {

class ProfileStore;
class SecretVault;

/// Connecting to a Stash server and switching between server profiles: the
/// certificates trusted for it, the profile's secret, logging in for username
/// and password, and afterwards the profile that becomes active (made when a
/// server is given by address). It shows nothing: the window listens to the
/// signals, resets what belonged to the old server and asks the person when a
/// certificate is refused or the server cannot be reached.
class ServerSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSwitcher)

public:
    ServerSwitcher(Stash::StashClient *client, ProfileStore *profiles, SecretVault *secrets,
                   QObject *parent = nullptr);

    /// Where a working API key goes once connected.
    enum class KeyKeeping {
        Store,       ///< the person entered it: the keychain (asking first, if it refuses)
        ThisRunOnly, ///< given by the environment or the command line: memory, asking nothing
    };

    /// Connects (capability detection) with the certificates trusted for the server.
    void connectTo(const Stash::ServerEndpoint &endpoint, KeyKeeping keeping = KeyKeeping::Store);
    /// Makes this profile active and connects with its secret (logging in first for username
    /// and password), after switchingTo() let the window forget the previous server.
    void connectToProfile(const QString &profileId);
    /// Trusts `certificate` for the endpoint's host and port from now on, and connects again.
    void trustAndConnect(const Stash::ServerEndpoint &endpoint, const QSslCertificate &certificate);

    CertificateTrustStore &trustedCertificates() { return m_trust; }

Q_SIGNALS:
    /// connectToProfile() is about to use `profile`: what belonged to the previous server must
    /// go now.
    void switchingTo(const Tessera::ServerProfile &profile);
    /// Another profile became active (its preferences apply now).
    void profileActivated();
    /// connectTo() starts asking the server at `endpoint`.
    void connecting(const Stash::ServerEndpoint &endpoint);
    /// Logging in to a username-and-password profile.
    void loggingIn(const Tessera::ServerProfile &profile);
    /// The server answered; its profile is active and keeps the key.
    void connected(const Stash::ServerInfo &info, const Stash::ServerEndpoint &endpoint);
    /// Every failed attempt, first; one of the three below follows.
    void notConnected(const QString &message);
    /// The server's TLS certificate could not be verified (the error carries it).
    void certificateRefused(const Stash::Error &error, const Stash::ServerEndpoint &endpoint);
    /// Any other error of connectTo(): unreachable, refused the key, not a Stash server.
    void connectFailed(const Stash::ServerEndpoint &endpoint, const QString &message);
    /// The profile's secret is missing or logging in with it failed.
    void signInFailed(const QString &message);

private:
    /// After a successful connectTo(): the profile for this server becomes active and keeps the
    /// key.
    void rememberConnection(const Stash::ServerEndpoint &endpoint, KeyKeeping keeping);

    Stash::StashClient *m_client;
    ProfileStore *m_profiles;
    SecretVault *m_secrets;
    CertificateTrustStore m_trust;
    QString m_connectingProfile;
};

} // namespace Tessera
