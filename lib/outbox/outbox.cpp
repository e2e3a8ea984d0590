// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "outbox.h"

#include "futurewatch.h"
#include "retrypolicy.h"
#include "stashclient.h"

#include <QSet>
#include <QTimer>

namespace Tessera {

using namespace Stash;

Outbox::Outbox(StashClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_wake(new QTimer(this))
{
    m_wake->setSingleShot(true);
    connect(m_wake, &QTimer::timeout, this, &Outbox::pump);
}

Outbox::~Outbox() = default;

bool Outbox::open(const QString &path)
{
    close();
    if (!m_database.open(path)) {
        m_error = m_openError = m_database.errorText();
        return false;
    }
    m_openError.clear();
    const QList<OutboxEntry> entries = m_database.entries();
    for (const OutboxEntry &entry : entries) {
        if (entry.refusal.isEmpty())
            m_queue.append(Item{entry, false, QDeadlineTimer(0)});
        else
            m_refused.append(entry);
    }
    Q_EMIT pendingCountChanged(pendingCount());
    QTimer::singleShot(0, this, &Outbox::pump);
    return true;
}

void Outbox::close()
{
    ++m_generation;
    m_openError.clear();
    m_wake->stop();
    const bool hadPending = !m_queue.isEmpty();
    m_queue.clear();
    m_refused.clear();
    m_paused = false;
    m_database.close();
    if (hadPending)
        Q_EMIT pendingCountChanged(0);
}

std::optional<qint64> Outbox::enqueue(OutboxEntry entry)
{
    entry.attempts = 0;
    entry.outcomeUnknown = false;
    entry.refusal.clear();
    if (!m_database.isOpen()) {
        m_error = m_openError.isEmpty()
                      ? tr("Not connected to a server: the change was not made.")
                      : tr("The change was not made, because it cannot be kept safe: %1")
                            .arg(m_openError);
        return std::nullopt;
    }
    const std::optional<qint64> sequence = m_database.append(entry);
    if (!sequence) {
        m_error = m_database.errorText();
        return std::nullopt;
    }
    entry.sequence = *sequence;
    m_queue.append(Item{entry, false, QDeadlineTimer(0)});
    Q_EMIT pendingCountChanged(pendingCount());
    pump();
    return sequence;
}

QList<OutboxEntry> Outbox::pending() const
{
    QList<OutboxEntry> entries;
    entries.reserve(m_queue.size());
    for (const Item &item : m_queue)
        entries.append(item.entry);
    return entries;
}

Outbox::Item *Outbox::find(qint64 sequence)
{
    for (Item &item : m_queue) {
        if (item.entry.sequence == sequence)
            return &item;
    }
    return nullptr;
}

void Outbox::pump()
{
    if (m_paused)
        return;
    int inFlight = 0;
    for (const Item &item : std::as_const(m_queue))
        inFlight += item.inFlight ? 1 : 0;
    // Images an earlier entry still has to change: a later entry on them waits its turn.
    QSet<QString> busy;
    qint64 nextWake = -1;
    for (int i = 0; i < m_queue.size() && inFlight < MaxInFlight; ++i) {
        Item &item = m_queue[i];
        bool blocked = false;
        for (const QString &id : std::as_const(item.entry.imageIds)) {
            if (busy.contains(id)) {
                blocked = true;
                break;
            }
        }
        for (const QString &id : std::as_const(item.entry.imageIds))
            busy.insert(id);
        if (blocked || item.inFlight)
            continue;
        if (!item.notBefore.hasExpired()) {
            const qint64 left = item.notBefore.remainingTime();
            nextWake = nextWake < 0 ? left : std::min(nextWake, left);
            continue;
        }
        ++inFlight;
        send(item);
    }
    if (nextWake >= 0)
        m_wake->start(int(std::max<qint64>(nextWake, 1)));
}

void Outbox::send(Item &item)
{
    item.inFlight = true;
    if (item.entry.kind == OutboxEntry::Kind::OStep && item.entry.outcomeUnknown) {
        verifyOStep(item);
        return;
    }
    // On disk first: if Tessera dies now, the next start knows this may have reached the server.
    m_database.beginSend(item.entry.sequence);
    ++item.entry.attempts;
    const qint64 sequence = item.entry.sequence;
    FutureWatch::onResult(
        m_client->send(item.entry.operation, item.entry.variables), this,
        [this, sequence, generation = m_generation](const Result<QJsonObject> &answer) {
            if (generation == m_generation)
                onAnswer(sequence, answer);
        });
}

void Outbox::verifyOStep(Item &item)
{
    const qint64 sequence = item.entry.sequence;
    const QString id = item.entry.imageIds.value(0);
    FutureWatch::onResult(
        m_client->findImage(id), this,
        [this, sequence, id, generation = m_generation](const Result<std::optional<Image>> &found) {
            Item *item = generation == m_generation ? find(sequence) : nullptr;
            if (!item)
                return;
            if (!found) {
                onFailure(*item, found.error());
                return;
            }
            if (!found.value()) {
                onFailure(*item, Error(Error::Kind::GraphQL,
                                       tr("Image %1 is no longer in Stash.").arg(id)));
                return;
            }
            // The step went from `before` to `after`: if the server is there (or past it in
            // the step's direction), it happened and is not sent again.
            const int now = found.value()->oCounter;
            const int before = item->entry.restore.value(QStringLiteral("oBefore")).toInt();
            const int after = item->entry.restore.value(QStringLiteral("oAfter")).toInt();
            const bool done = after > before ? now >= after : after < before ? now <= after : false;
            if (done) {
                settleConfirmed(sequence, {});
                return;
            }
            item->entry.outcomeUnknown = false;
            item->inFlight = false;
            send(*item);
        });
}

void Outbox::onAnswer(qint64 sequence, const Result<QJsonObject> &answer)
{
    Item *item = find(sequence);
    if (!item)
        return;
    if (answer) {
        settleConfirmed(sequence, answer.value());
        return;
    }
    onFailure(*item, answer.error());
}

void Outbox::settleConfirmed(qint64 sequence, const QJsonObject &data)
{
    m_database.remove(sequence);
    for (int i = 0; i < m_queue.size(); ++i) {
        if (m_queue[i].entry.sequence != sequence)
            continue;
        const OutboxEntry entry = m_queue.takeAt(i).entry;
        Q_EMIT confirmed(entry, data);
        break;
    }
    Q_EMIT pendingCountChanged(pendingCount());
    if (m_queue.isEmpty())
        Q_EMIT drained();
    pump();
}

void Outbox::onFailure(Item &item, const Error &error)
{
    item.inFlight = false;
    const qint64 sequence = item.entry.sequence;
    switch (RetryPolicy::verdictFor(error)) {
    case RetryPolicy::Verdict::Retry: {
        if (RetryPolicy::outcomeUnknown(error))
            item.entry.outcomeUnknown = true;
        else if (!item.entry.outcomeUnknown)
            m_database.settleUnsent(sequence);
        const auto wait = RetryPolicy::delay(item.entry.attempts);
        const int ms = std::max(1, int(double(wait.count()) * m_delayScale));
        item.notBefore = QDeadlineTimer(ms);
        Q_EMIT retrying(item.entry, error, ms);
        break;
    }
    case RetryPolicy::Verdict::Refused: {
        m_database.markRefused(sequence, error.message());
        OutboxEntry entry = item.entry;
        entry.refusal = error.message();
        entry.outcomeUnknown = false;
        m_queue.removeIf([sequence](const Item &i) { return i.entry.sequence == sequence; });
        m_refused.append(entry);
        Q_EMIT refused(entry, error);
        Q_EMIT pendingCountChanged(pendingCount());
        if (m_queue.isEmpty())
            Q_EMIT drained();
        break;
    }
    case RetryPolicy::Verdict::Pause:
        if (!item.entry.outcomeUnknown)
            m_database.settleUnsent(sequence);
        if (!m_paused) {
            m_paused = true;
            Q_EMIT paused(error);
        }
        return;
    case RetryPolicy::Verdict::Drop:
        break;
    }
    pump();
}

void Outbox::resume()
{
    m_paused = false;
    pump();
}

void Outbox::retryNow()
{
    for (Item &item : m_queue)
        item.notBefore = QDeadlineTimer(0);
    pump();
}

void Outbox::retryRefused(qint64 sequence)
{
    for (int i = 0; i < m_refused.size(); ++i) {
        if (m_refused[i].sequence != sequence)
            continue;
        OutboxEntry entry = m_refused.takeAt(i);
        m_database.clearRefusal(sequence);
        entry.refusal.clear();
        // Back in its place by sequence, so it stays behind what came before it.
        const auto at = std::find_if(m_queue.begin(), m_queue.end(), [sequence](const Item &item) {
            return item.entry.sequence > sequence;
        });
        m_queue.insert(at, Item{entry, false, QDeadlineTimer(0)});
        Q_EMIT pendingCountChanged(pendingCount());
        pump();
        return;
    }
}

void Outbox::discard(qint64 sequence)
{
    const qsizetype removed =
        m_refused.removeIf([sequence](const OutboxEntry &e) { return e.sequence == sequence; });
    if (removed)
        m_database.remove(sequence);
}

} // namespace Tessera
