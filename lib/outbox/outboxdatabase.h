// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "outboxentry.h"

#include <QList>
#include <QString>

#include <optional>

namespace Tessera {

/// The outbox on disk: one SQLite file (Qt SQL, WAL journal, synchronous
/// commits) per server profile. An entry is written before its request is
/// sent and removed only once the server confirmed it, so a crash, a kill or
/// a power cut loses nothing that was accepted. Every write is one
/// transaction; a write that fails (full disk, read-only folder) says so and
/// leaves the file as it was, and the caller must refuse the change rather
/// than drop it. A file that is not a readable outbox is moved aside (kept,
/// never deleted) and a fresh one started; movedAsidePath() says where.
class OutboxDatabase final
{
public:
    /// The format written; a file of a newer format is refused, not changed.
    static constexpr int FormatVersion = 1;

    OutboxDatabase();
    ~OutboxDatabase();
    OutboxDatabase(const OutboxDatabase &) = delete;
    OutboxDatabase &operator=(const OutboxDatabase &) = delete;

    /// Opens (or creates, with its folder) the outbox at `path`. False with
    /// errorText() when it cannot be used at all.
    bool open(const QString &path);
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }
    /// Why the last call failed, in words a person can act on.
    QString errorText() const { return m_error; }
    /// Where an unreadable file was moved by open(); empty when none was.
    QString movedAsidePath() const { return m_movedAside; }

    /// Writes `entry` (its sequence and creation time are assigned); its new
    /// sequence, or nullopt with errorText() when it was not written.
    std::optional<qint64> append(OutboxEntry entry);
    /// A send of `sequence` begins: counts the attempt and marks the outcome
    /// unknown until confirm() or settleUnsent() says otherwise.
    bool beginSend(qint64 sequence);
    /// The send is known not to have changed anything on the server (it was
    /// refused before it went out): the outcome is known again.
    bool settleUnsent(qint64 sequence);
    /// Replaces the request of `sequence` (an O step reduced to what did not happen yet).
    bool replaceVariables(qint64 sequence, const QJsonObject &variables);
    /// The server refused `sequence` with `message`: kept (not sent again) until the
    /// person retries or discards it.
    bool markRefused(qint64 sequence, const QString &message);
    /// The person asked to send a refused change again.
    bool clearRefusal(qint64 sequence);
    /// The server confirmed (or the person discarded) `sequence`: it is gone.
    bool remove(qint64 sequence);
    /// Every entry in the order written.
    QList<OutboxEntry> entries() const;
    int count() const;

private:
    enum class FileCheck { Ours, Unreadable, Newer };

    bool createSchema();
    FileCheck checkFile();
    bool moveAside();
    bool exec(const QString &statement);

    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_movedAside;
};

} // namespace Tessera
