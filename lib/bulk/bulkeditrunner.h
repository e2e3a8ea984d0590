// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkedit.h"
#include "result.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Tessera {

class ImageEditor;

/// Runs one bulk edit over any number of images: reads the current values of
/// the fields it touches (for the preview and an exact undo), then sends the
/// change with id-only returns in chunks through the outbox, in order with
/// every other edit (passing failures are retried there until the server
/// answers). Cancel stops between chunks. A refused chunk stops the run: the report
/// says which images were changed and which were not, the undo step covers
/// exactly what was applied, and retryRest() continues with the rest.
class BulkEditRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditRunner)

public:
    static constexpr int DefaultChunkSize = 500;

    struct Report
    {
        QString text;
        int total = 0;
        QStringList applied;
        QStringList notApplied;
        std::optional<Stash::Error> error;
        bool canceled = false;
    };

    explicit BulkEditRunner(ImageEditor *editor, QObject *parent = nullptr);
    ~BulkEditRunner() override;

    void setChunkSize(int ids) { m_chunkSize = std::max(1, ids); }
    int chunkSize() const { return m_chunkSize; }

    /// Reads what `edit` touches on `ids`; prepared() follows (or failed()).
    void prepare(const QStringList &ids, const BulkEdit &edit);
    /// Sends the prepared edit; progress() per chunk, then finished().
    void apply();
    /// Stops reading or applying at the next chunk boundary.
    void cancel();
    /// After a failure: prepares and applies the edit again for the images it did not reach.
    void retryRest();

    bool isRunning() const { return m_state != State::Idle && m_state != State::Prepared; }
    bool isPrepared() const { return m_state == State::Prepared; }
    const BulkPreview &preview() const { return m_preview; }
    const Report &lastReport() const { return m_report; }

    /// Tries of one read chunk when it fails in passing (5xx, a dropped
    /// connection), waiting RetryPolicy's backoff in between.
    static constexpr int MaxReadAttempts = 5;

Q_SIGNALS:
    void progress(int done, int total, const QString &what);
    void prepared(const BulkPreview &preview);
    /// Reading the current values failed (refused, or still failing after
    /// MaxReadAttempts passing failures); nothing was changed.
    void failed(const Stash::Error &error);
    void finished(const BulkEditRunner::Report &report);

private:
    enum class State { Idle, Reading, Prepared, Applying };

    void readNext();
    void sendNext();
    void finish(std::optional<Stash::Error> error, bool canceled);

    ImageEditor *m_editor;
    int m_chunkSize = DefaultChunkSize;
    State m_state = State::Idle;
    int m_readAttempts = 0; ///< failed tries of the chunk being read
    BulkEdit m_edit;
    QStringList m_ids;
    QList<Stash::Image> m_before; ///< in m_ids order, only the touched fields
    BulkPreview m_preview;
    int m_next = 0; ///< next id index to read or send
    int m_applied = 0;
    bool m_cancel = false;
    quint64 m_generation = 0;
    std::shared_ptr<bool> m_alive;
    qint64 m_sentSequence = 0; ///< the last chunk given to the outbox
    Report m_report;
};

} // namespace Tessera

Q_DECLARE_METATYPE(Tessera::BulkEditRunner::Report)
