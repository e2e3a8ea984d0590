// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "secretstore.h"

namespace Tessera {

/// Secrets in the settings file, in plain text: the fallback for desktops
/// without a keychain, used only after the user agreed to it. A profile's
/// secret ("profile:<id>") sits in that profile's group, so removing the
/// profile removes it too.
class SettingsSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    QString name() const override;

    /// Where `key` is kept in the settings file.
    static QString settingsKey(const QString &key);
};

} // namespace Tessera
