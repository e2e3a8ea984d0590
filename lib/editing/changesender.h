// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "mutationrequest.h"
#include "outboxentry.h"
#include "result.h"
#include "stasherror.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

namespace Stash {
class StashClient;
}

namespace Tessera {

class ImageStore;
class Outbox;

/// The one way a change of images reaches the server: through the durable
/// Outbox, with the store's pending marks on the images until the server
/// answers, and the answer handed back to whoever made the change (the
/// editor, an undo step, the bulk runner) while this run of the program lasts.
///
/// Entries left from an earlier run (a crash, a quit with changes waiting) have
/// nobody to hand their answer to: their images are read again from the server
/// once confirmed or refused, and earlierChangesSettled() counts them. The same
/// re-read follows every refusal, so the screen ends up showing what the server
/// holds.
class ChangeSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeSender)

public:
    /// How one change ended. `confirmed` gets the server's answer (empty when an
    /// O step was found done on the server without sending it again); the
    /// images' pending marks are settled before either runs.
    struct Handlers
    {
        std::function<void(const QJsonObject &data)> confirmed;
        std::function<void(const Stash::Error &error)> refused;
        /// After a refusal: makes the change again as a new one (retry()).
        /// Without it retry() sends the kept entry again as it is.
        std::function<void()> retry;
    };

    ChangeSender(Stash::StashClient *client, ImageStore *store, QObject *parent = nullptr);
    ~ChangeSender() override;

    Outbox *outbox() const { return m_outbox; }
    /// Keeps changes in the outbox file at `path` (Outbox::InMemory for none)
    /// and sends what an earlier run left there. False with outboxError().
    bool openOutbox(const QString &path);
    /// Stops sending; what waits stays in the file for the next openOutbox().
    void closeOutbox();
    QString outboxError() const;

    /// Keeps `request` safe and sends it in its turn; its outbox sequence, or
    /// the error when it could not be kept (a bad request, no outbox, a full
    /// disk): then nothing was queued and the caller must not show the change.
    Stash::Result<qint64> send(const Stash::Result<Stash::MutationRequest> &request,
                               OutboxEntry::Kind kind, const QStringList &imageIds,
                               const QJsonObject &restore, Handlers handlers);

    /// A refused change again: its retry handler, else the kept entry as it was.
    void retry(qint64 sequence);
    /// Forgets a refused change.
    void discard(qint64 sequence);

    /// What a person would call the change of `entry` ("Rate 3 images"): the
    /// text its maker kept in restore["text"], else a plain one by kind.
    static QString describe(const OutboxEntry &entry);

    int pendingCount() const;
    bool isBusy() const { return pendingCount() > 0; }
    /// Since when sends keep failing for passing reasons (null while they get through).
    QDateTime troubleSince() const { return m_troubleSince; }
    QString troubleText() const { return m_troubleText; }

Q_SIGNALS:
    void pendingCountChanged(int count);
    void busyChanged(bool busy);
    /// Sends failed for a passing reason since `since` (null: they get through again).
    void troubleChanged(const QDateTime &since, const QString &message);
    /// These images changed on the server in a way nobody on screen was told of
    /// (an earlier run's change, a refusal): read them again.
    void imagesChangedOnServer(const QStringList &ids);
    /// An earlier run's delete was confirmed: these images are gone.
    void imagesDeletedOnServer(const QStringList &ids);
    /// All changes left by an earlier run have an answer now.
    void earlierChangesSettled(int saved, int refused);
    /// The refused list changed (Outbox::refusedEntries()).
    void refusedChanged();
    /// The server wants the key or a login again; Outbox::resume() goes on.
    void paused(const Stash::Error &error);

private:
    void onConfirmed(const OutboxEntry &entry, const QJsonObject &data);
    void onRefused(const OutboxEntry &entry, const Stash::Error &error);
    void onRetrying(const Stash::Error &error);
    void onPendingCountChanged(int count);
    /// Settles an entry's marks and, for one nobody waits for, queues its ids for a re-read.
    void settle(const OutboxEntry &entry, bool reread);
    void countEarlier(qint64 sequence, bool saved);
    void rereadSettledImages();
    void setTrouble(const QDateTime &since, const QString &message);

    ImageStore *m_store;
    Outbox *m_outbox;
    QHash<qint64, Handlers> m_live;                 ///< this run's entries still to be answered
    QHash<qint64, std::function<void()>> m_retries; ///< this run's refused entries
    QHash<qint64, QStringList> m_marked;            ///< entries whose images carry a pending mark
    QSet<qint64> m_earlier; ///< entries of an earlier run still to be answered
    int m_earlierSaved = 0;
    int m_earlierRefused = 0;
    QSet<QString> m_rereadWhenSettled;
    QDateTime m_troubleSince;
    QString m_troubleText;
    bool m_busy = false;
};

} // namespace Tessera
