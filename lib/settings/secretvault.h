// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QHash>
#include <QSet>
#include <QObject>
#include <QString>

#include <functional>

class QUrl;

namespace Tessera {

class SecretStore;
class ServerProfile;

/// Where Tessera keeps API keys and passwords, and the policy around it: the
/// keychain first; the plain-text settings file only after the person agreed
/// to it (asked once, through fallbackConsentNeeded()); else memory until the
/// program quits. Reading a profile's secret also migrates the API key that
/// was kept under the server's address before there were profiles.
class SecretVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretVault)

public:
    /// `keychain` is where secrets go first (not owned). `fallback` is the settings-file store
    /// used after consent; without one the vault makes a SettingsSecretStore.
    explicit SecretVault(SecretStore *keychain, SecretStore *fallback = nullptr,
                         QObject *parent = nullptr);

    /// The profile's secret: the keychain, else the settings file (if it holds it), else this
    /// run's memory. `done` gets an empty string when none is kept.
    void read(const ServerProfile &profile, std::function<void(const QString &)> done);
    /// Keeps a secret for this run and in the keychain; when the keychain refuses it, asks once
    /// (fallbackConsentNeeded()) whether the settings file may hold it.
    void keep(const QString &key, const QString &secret);
    /// Keeps a secret for this run only, asking nothing and writing it nowhere: an API key
    /// given by $STASH_API_KEY is the environment's to keep. A later keep() of the same key
    /// (the person saves the connection) stores it as usual.
    void keepForThisRun(const QString &key, const QString &secret);
    /// Forgets a secret everywhere it may be kept.
    void forget(const QString &key);
    /// The answer to fallbackConsentNeeded(): true moves every secret of this run into the
    /// settings file and keeps later ones there; false keeps them in memory only.
    void answerFallbackConsent(bool allowed);

    /// The keychain given to the constructor.
    SecretStore *keychain() const { return m_keychain; }
    /// True once secrets go to the settings file (agreed to, or found there).
    bool usesSettingsFile() const { return m_secretsInSettings; }

Q_SIGNALS:
    /// The keychain (`where`) refused a secret with `error`: may the settings file keep secrets,
    /// in plain text? Emitted once per run; answer with answerFallbackConsent(). Without a
    /// receiver the vault does not ask: it keeps secrets in memory and says so (errorOccurred).
    void fallbackConsentNeeded(const QString &where, const QString &error);
    /// Something the person should read (a keychain that could not be read, a secret kept in
    /// memory only); never contains a secret.
    void errorOccurred(const QString &message);

private:
    SecretStore *m_keychain;
    SecretStore *m_settingsSecrets; ///< the plain-text fallback, used only after the user agreed
    QHash<QString, QString> m_runSecrets; ///< every secret of this run, also those stored
    QSet<QString> m_neverStored;          ///< keys of m_runSecrets that stay in memory
    bool m_askedAboutSecrets = false;
    bool m_secretsInSettings = false;
};

} // namespace Tessera
