// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"

#include <QFuture>
#include <QJsonValue>
#include <QObject>
#include <QStringList>

#include <functional>

namespace Stash {
class StashClient;
}

namespace Tessera {

/// tessera-cli: every library operation from a shell. Parses the command
/// line, connects (capability detection), runs one operation and prints its
/// result as JSON. Exit codes: 0 success, 1 failed operation, 2 usage error.
class CliRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRunner)

public:
    enum ExitCode { Success = 0, Failed = 1, UsageError = 2 };

    explicit CliRunner(QObject *parent = nullptr);

    /// Starts the work; `finished(exitCode)` follows (possibly at once).
    void start(const QStringList &arguments);
    static QString usage();

Q_SIGNALS:
    void finished(int exitCode);

private:
    using Operation = std::function<QFuture<Stash::Result<QJsonValue>>()>;

    /// Builds the operation for the parsed command, or reports a usage error.
    bool prepare(const QString &command, const QStringList &positional, Operation &operation);
    void run(const Operation &operation);
    void fail(const Stash::Error &error);
    void usageError(const QString &message);

    Stash::StashClient *m_client;
    QHash<QString, QString> m_options;
};

} // namespace Tessera
