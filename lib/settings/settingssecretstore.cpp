// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "settingssecretstore.h"

#include <QSettings>
#include <QTimer>
#include <QUrl>

namespace Tessera {

QString SettingsSecretStore::settingsKey(const QString &key)
{
    const QString profilePrefix = QStringLiteral("profile:");
    if (key.startsWith(profilePrefix))
        return QStringLiteral("profiles/") + key.mid(profilePrefix.size()) +
               QStringLiteral("/secret");
    // Other keys (such as an old "api-key:<url>") contain slashes: keep them one level deep.
    return QStringLiteral("secrets/") + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

void SettingsSecretStore::read(const QString &key, ReadCallback done)
{
    const QVariant value = QSettings().value(settingsKey(key));
    const std::optional<QString> secret =
        value.isValid() ? std::optional<QString>(value.toString()) : std::nullopt;
    // Asynchronous like the keychain, so callers behave the same with both.
    QTimer::singleShot(0, this, [secret, done = std::move(done)] { done(secret, {}); });
}

void SettingsSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    QSettings settings;
    settings.setValue(settingsKey(key), secret);
    settings.sync();
    const bool ok = settings.status() == QSettings::NoError;
    QTimer::singleShot(0, this, [ok, done = std::move(done)] {
        done(ok, ok ? QString() : tr("the settings file could not be written"));
    });
}

void SettingsSecretStore::remove(const QString &key, WriteCallback done)
{
    QSettings settings;
    settings.remove(settingsKey(key));
    settings.sync();
    QTimer::singleShot(0, this, [done = std::move(done)] { done(true, {}); });
}

QString SettingsSecretStore::name() const
{
    return tr("the settings file");
}

} // namespace Tessera
