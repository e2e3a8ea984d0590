// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "outboxdatabase.h"
#include "result.h"
#include "stasherror.h"

#include <QDeadlineTimer>
#include <QObject>

#include <memory>
#include <optional>

class QTimer;
namespace Stash {
class StashClient;
}

namespace Tessera {

/// Sends every change to the server and keeps it until the server confirmed
/// it. An entry is on disk (OutboxDatabase) before its request goes out, so a
/// crash loses nothing; after a restart open() sends what is left.
///
/// - Order: an entry is sent only when no earlier unconfirmed entry touches
///   any of its images, so changes to one image (and an edit and its undo)
///   arrive in order; entries on other images go out alongside, up to
///   MaxInFlight at a time.
/// - Transient failures are retried by themselves with RetryPolicy's backoff,
///   for as long as the program runs; refusals are kept aside (refused()) until
///   retried or discarded; Unauthorized pauses everything until resume().
/// - Exactly once for O-counter steps: when a step's outcome is unknown (the
///   request went out and no valid answer came), the image's O-counter is read
///   first and the step is sent again only if it did not happen. Updates with
///   absolute values are sent again as they are.
class Outbox final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;

    explicit Outbox(Stash::StashClient *client, QObject *parent = nullptr);
    ~Outbox() override;

    /// Where open() keeps entries only in memory (tests, and before any server is connected).
    static constexpr char InMemory[] = ":memory:";

    /// Opens the outbox file of a server and starts sending what it holds.
    /// Closes the one open before (its entries stay on disk for next time).
    bool open(const QString &path);
    /// Stops sending and forgets what is held in memory; what is on disk stays
    /// for the next open(). Answers to requests still under way are ignored, so
    /// their entries are checked again next time (their outcome is unknown).
    void close();
    bool isOpen() const { return m_database.isOpen(); }
    QString path() const { return m_database.path(); }
    QString errorText() const { return m_error; }
    /// Where open() moved an unreadable file; empty when none.
    QString movedAsidePath() const { return m_database.movedAsidePath(); }

    /// Writes `entry` and sends it when its turn comes; its sequence, or
    /// nullopt (with errorText()) when it could not be kept safe: the caller
    /// must then refuse the change instead of showing it as made.
    std::optional<qint64> enqueue(OutboxEntry entry);

    /// Still to be confirmed (waiting, in flight or waiting to retry), in order.
    QList<OutboxEntry> pending() const;
    int pendingCount() const { return int(m_queue.size()); }
    /// Refused by the server, with its reasons.
    QList<OutboxEntry> refusedEntries() const { return m_refused; }
    bool isPaused() const { return m_paused; }

    /// Goes on after a pause (signed in again).
    void resume();
    /// Sends what waits for a retry now instead of at the end of its backoff.
    void retryNow();
    /// Sends a refused entry again (after the person fixed the cause).
    void retryRefused(qint64 sequence);
    /// Forgets a refused entry; it will never be sent.
    void discard(qint64 sequence);

    /// Multiplies every backoff wait (tests and benchmarks make them short).
    void setDelayScale(double scale) { m_delayScale = scale; }

Q_SIGNALS:
    /// The server holds `entry`'s change. `data` is its answer (empty when an
    /// O step was found done on the server without sending it again).
    void confirmed(const Tessera::OutboxEntry &entry, const QJsonObject &data);
    void refused(const Tessera::OutboxEntry &entry, const Stash::Error &error);
    /// A send failed for a passing reason; it is tried again in `delayMs`.
    void retrying(const Tessera::OutboxEntry &entry, const Stash::Error &error, int delayMs);
    /// The server wants a key or login; nothing is sent until resume().
    void paused(const Stash::Error &error);
    void pendingCountChanged(int count);
    /// Nothing is left to send (refused entries aside).
    void drained();

private:
    struct Item
    {
        OutboxEntry entry;
        bool inFlight = false;
        QDeadlineTimer notBefore; ///< the backoff of the last failure
    };

    void pump();
    void send(Item &item);
    /// An O step whose outcome is unknown: read the image before sending it again.
    void verifyOStep(Item &item);
    void onAnswer(qint64 sequence, const Stash::Result<QJsonObject> &answer);
    void onFailure(Item &item, const Stash::Error &error);
    void settleConfirmed(qint64 sequence, const QJsonObject &data);
    Item *find(qint64 sequence);

    Stash::StashClient *m_client;
    OutboxDatabase m_database;
    QList<Item> m_queue; ///< in sequence order
    QList<OutboxEntry> m_refused;
    QTimer *m_wake;
    QString m_error;
    QString m_openError; ///< why the last open() failed; empty when it worked
    bool m_paused = false;
    /// Counts open() and close(): an answer meant for an earlier opening is ignored.
    quint64 m_generation = 0;
    double m_delayScale = 1.0;
};

} // namespace Tessera
