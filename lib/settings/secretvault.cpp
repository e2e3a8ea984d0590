// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "secretvault.h"

#include "secretstore.h"
#include "serverprofile.h"
#include "settingssecretstore.h"

#include <QMetaMethod>
#include <QPointer>
#include <QUrl>

namespace Tessera {

SecretVault::SecretVault(SecretStore *keychain, SecretStore *fallback, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_settingsSecrets(fallback ? fallback : new SettingsSecretStore(this))
{}

void SecretVault::read(const ServerProfile &profile, std::function<void(const QString &)> done)
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
    QPointer<SecretVault> self(this);
    m_keychain->read(
        key, [self, profile, key, done](std::optional<QString> secret, const QString &error) {
            if (!self)
                return;
            if (secret) {
                done(*secret);
                return;
            }
            if (!error.isEmpty())
                Q_EMIT self->errorOccurred(
                    tr("Could not read the secret of %1 from %2: %3")
                        .arg(profile.displayName(), self->m_keychain->name(), error));
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
                self->m_keychain->read(legacy, [self, profile, legacy,
                                                done](std::optional<QString> old, const QString &) {
                    if (self && old && !old->isEmpty()) {
                        self->keep(profile.secretKey(), *old);
                        self->m_keychain->remove(legacy, [](bool, const QString &) {});
                    }
                    done(old.value_or(QString()));
                });
            });
        });
}

void SecretVault::keep(const QString &key, const QString &secret)
{
    m_runSecrets.insert(key, secret);
    m_neverStored.remove(key);
    if (m_secretsInSettings) {
        m_settingsSecrets->write(key, secret, [](bool, const QString &) {});
        return;
    }
    QPointer<SecretVault> self(this);
    m_keychain->write(key, secret, [self, key, secret](bool ok, const QString &error) {
        if (!self || ok)
            return;
        if (self->m_secretsInSettings) {
            self->m_settingsSecrets->write(key, secret, [](bool, const QString &) {});
            return;
        }
        // Nobody to ask (a test, a tool without a window): as if the person had said no.
        const bool canAsk =
            self->isSignalConnected(QMetaMethod::fromSignal(&SecretVault::fallbackConsentNeeded));
        if (self->m_askedAboutSecrets || !canAsk) {
            Q_EMIT self->errorOccurred(
                tr("The secret could not be kept in %1 (%2); Tessera keeps it until it quits.")
                    .arg(self->m_keychain->name(), error));
            return;
        }
        self->m_askedAboutSecrets = true;
        Q_EMIT self->fallbackConsentNeeded(self->m_keychain->name(), error);
    });
}

void SecretVault::keepForThisRun(const QString &key, const QString &secret)
{
    m_runSecrets.insert(key, secret);
    m_neverStored.insert(key);
}

void SecretVault::answerFallbackConsent(bool allowed)
{
    if (!allowed)
        return;
    m_secretsInSettings = true;
    for (auto it = m_runSecrets.cbegin(); it != m_runSecrets.cend(); ++it)
        if (!m_neverStored.contains(it.key()))
            m_settingsSecrets->write(it.key(), it.value(), [](bool, const QString &) {});
}

void SecretVault::forget(const QString &key)
{
    m_runSecrets.remove(key);
    m_neverStored.remove(key);
    m_keychain->remove(key, [](bool, const QString &) {});
    m_settingsSecrets->remove(key, [](bool, const QString &) {});
}

} // namespace Tessera
