// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Tessera {

/// Where secrets (API keys, passwords) live: the system keychain in the
/// program, memory in tests. Never the settings file, the log or the command
/// line. Calls are asynchronous because keychains may ask the user.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(std::optional<QString> secret, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    using QObject::QObject;

    /// `secret` is nullopt when nothing is stored under `key` (error empty) or on failure.
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, WriteCallback done) = 0;
    virtual void remove(const QString &key, WriteCallback done) = 0;
    /// A short name for messages ("the system keychain", "memory").
    virtual QString name() const = 0;

    /// The key under which a server's API key is kept.
    static QString apiKeyKey(const QString &serverUrl)
    {
        return QStringLiteral("api-key:") + serverUrl;
    }
};

} // namespace Tessera
