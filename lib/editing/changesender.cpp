// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "changesender.h"

#include "imagestore.h"
#include "outbox.h"

namespace Tessera {

using namespace Stash;

ChangeSender::ChangeSender(StashClient *client, ImageStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_outbox(new Outbox(client, this))
{
    connect(m_outbox, &Outbox::confirmed, this, &ChangeSender::onConfirmed);
    connect(m_outbox, &Outbox::refused, this, &ChangeSender::onRefused);
    connect(m_outbox, &Outbox::retrying, this,
            [this](const OutboxEntry &, const Error &error, int) { onRetrying(error); });
    connect(m_outbox, &Outbox::pendingCountChanged, this, &ChangeSender::onPendingCountChanged);
    connect(m_outbox, &Outbox::paused, this, &ChangeSender::paused);
    // Until a server is connected, changes are kept in memory only.
    m_outbox->open(QString::fromLatin1(Outbox::InMemory));
}

ChangeSender::~ChangeSender() = default;

bool ChangeSender::openOutbox(const QString &path)
{
    closeOutbox();
    const bool opened = m_outbox->open(path);
    // What an earlier run left: shown as pending until the server answers.
    const QList<OutboxEntry> earlier = m_outbox->pending();
    for (const OutboxEntry &entry : earlier) {
        m_earlier.insert(entry.sequence);
        m_marked.insert(entry.sequence, entry.imageIds);
        m_store->markPending(entry.imageIds);
    }
    if (!m_outbox->refusedEntries().isEmpty())
        Q_EMIT refusedChanged();
    return opened;
}

void ChangeSender::closeOutbox()
{
    const bool hadRefused = !m_outbox->refusedEntries().isEmpty();
    m_outbox->close();
    for (const QStringList &ids : std::as_const(m_marked))
        m_store->settlePending(ids);
    m_marked.clear();
    m_live.clear();
    m_retries.clear();
    m_earlier.clear();
    m_earlierSaved = 0;
    m_earlierRefused = 0;
    m_rereadWhenSettled.clear();
    setTrouble({}, {});
    if (hadRefused)
        Q_EMIT refusedChanged();
}

QString ChangeSender::outboxError() const
{
    return m_outbox->errorText();
}

QString ChangeSender::describe(const OutboxEntry &entry)
{
    const QString text = entry.restore.value(QStringLiteral("text")).toString();
    if (!text.isEmpty())
        return text;
    const int images = int(entry.imageIds.size());
    switch (entry.kind) {
    case OutboxEntry::Kind::OStep:
        return tr("O-counter of image %1").arg(entry.imageIds.value(0));
    case OutboxEntry::Kind::Destroy:
        return tr("Delete %n image(s)", nullptr, images);
    case OutboxEntry::Kind::Update:
    case OutboxEntry::Kind::BulkUpdate:
        break;
    }
    return tr("Change of %n image(s)", nullptr, images);
}

int ChangeSender::pendingCount() const
{
    return m_outbox->pendingCount();
}

Result<qint64> ChangeSender::send(const Result<MutationRequest> &request, OutboxEntry::Kind kind,
                                  const QStringList &imageIds, const QJsonObject &restore,
                                  Handlers handlers)
{
    if (!request)
        return request.error();
    OutboxEntry entry;
    entry.kind = kind;
    entry.operation = request.value().operation;
    entry.variables = request.value().variables;
    entry.imageIds = imageIds;
    entry.restore = restore;
    entry.created = QDateTime::currentDateTimeUtc();
    const std::optional<qint64> sequence = m_outbox->enqueue(entry);
    if (!sequence)
        return Error(Error::Kind::InvalidInput, m_outbox->errorText());
    m_live.insert(*sequence, std::move(handlers));
    m_marked.insert(*sequence, imageIds);
    m_store->markPending(imageIds);
    return *sequence;
}

void ChangeSender::settle(const OutboxEntry &entry, bool reread)
{
    if (const auto marked = m_marked.find(entry.sequence); marked != m_marked.end()) {
        m_store->settlePending(marked.value());
        m_marked.erase(marked);
    }
    if (reread) {
        for (const QString &id : entry.imageIds)
            m_rereadWhenSettled.insert(id);
    }
    rereadSettledImages();
}

void ChangeSender::rereadSettledImages()
{
    // Read only once nothing else is on its way for an image: an answer read
    // earlier would show a value a later change is about to replace.
    QStringList settled;
    for (auto it = m_rereadWhenSettled.begin(); it != m_rereadWhenSettled.end();) {
        if (m_store->isPending(*it)) {
            ++it;
            continue;
        }
        settled.append(*it);
        it = m_rereadWhenSettled.erase(it);
    }
    if (!settled.isEmpty())
        Q_EMIT imagesChangedOnServer(settled);
}

void ChangeSender::onConfirmed(const OutboxEntry &entry, const QJsonObject &data)
{
    setTrouble({}, {});
    const auto live = m_live.find(entry.sequence);
    if (live == m_live.end()) {
        // Nobody of this run waits for it (an earlier run's, or a refused one sent again).
        const bool deleted = entry.kind == OutboxEntry::Kind::Destroy;
        settle(entry, !deleted);
        if (deleted)
            Q_EMIT imagesDeletedOnServer(entry.imageIds);
        countEarlier(entry.sequence, true);
        return;
    }
    const Handlers handlers = live.value();
    m_live.erase(live);
    settle(entry, false);
    if (handlers.confirmed)
        handlers.confirmed(data);
}

void ChangeSender::onRefused(const OutboxEntry &entry, const Error &error)
{
    Handlers handlers = m_live.take(entry.sequence);
    settle(entry, true);
    if (handlers.retry)
        m_retries.insert(entry.sequence, handlers.retry);
    if (handlers.refused)
        handlers.refused(error);
    countEarlier(entry.sequence, false);
    Q_EMIT refusedChanged();
}

void ChangeSender::countEarlier(qint64 sequence, bool saved)
{
    if (!m_earlier.remove(sequence))
        return;
    ++(saved ? m_earlierSaved : m_earlierRefused);
    if (m_earlier.isEmpty())
        Q_EMIT earlierChangesSettled(std::exchange(m_earlierSaved, 0),
                                     std::exchange(m_earlierRefused, 0));
}

void ChangeSender::onRetrying(const Error &error)
{
    setTrouble(m_troubleSince.isValid() ? m_troubleSince : QDateTime::currentDateTime(),
               error.message());
}

void ChangeSender::setTrouble(const QDateTime &since, const QString &message)
{
    if (since == m_troubleSince && message == m_troubleText)
        return;
    m_troubleSince = since;
    m_troubleText = message;
    Q_EMIT troubleChanged(since, message);
}

void ChangeSender::onPendingCountChanged(int count)
{
    Q_EMIT pendingCountChanged(count);
    if (count == 0)
        setTrouble({}, {});
    if (std::exchange(m_busy, count > 0) != (count > 0))
        Q_EMIT busyChanged(count > 0);
}

void ChangeSender::retry(qint64 sequence)
{
    if (std::function<void()> again = m_retries.take(sequence)) {
        m_outbox->discard(sequence);
        Q_EMIT refusedChanged();
        again();
        return;
    }
    const QList<OutboxEntry> refused = m_outbox->refusedEntries();
    for (const OutboxEntry &entry : refused) {
        if (entry.sequence != sequence)
            continue;
        m_marked.insert(sequence, entry.imageIds);
        m_store->markPending(entry.imageIds);
        m_outbox->retryRefused(sequence);
        Q_EMIT refusedChanged();
        return;
    }
}

void ChangeSender::discard(qint64 sequence)
{
    m_retries.remove(sequence);
    m_outbox->discard(sequence);
    Q_EMIT refusedChanged();
}

} // namespace Tessera
