// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "secretstore.h"

#include <QHash>
#include <QTimer>

namespace Tessera {

/// Secrets in memory only: for tests, and where no keychain exists and the
/// user did not agree to anything else (then they last until the program quits).
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, ReadCallback done) override
    {
        const auto it = m_secrets.constFind(key);
        const std::optional<QString> secret =
            it == m_secrets.constEnd() ? std::nullopt : std::optional<QString>(*it);
        // Asynchronous like a real keychain, so callers cannot come to rely on the opposite.
        QTimer::singleShot(0, this, [secret, done = std::move(done)] { done(secret, {}); });
    }
    void write(const QString &key, const QString &secret, WriteCallback done) override
    {
        m_secrets.insert(key, secret);
        QTimer::singleShot(0, this, [done = std::move(done)] { done(true, {}); });
    }
    void remove(const QString &key, WriteCallback done) override
    {
        m_secrets.remove(key);
        QTimer::singleShot(0, this, [done = std::move(done)] { done(true, {}); });
    }
    QString name() const override { return tr("memory"); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace Tessera
