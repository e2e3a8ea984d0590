// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulkeditrunner.h"

#include "bulkeditcommand.h"
#include "changesender.h"
#include "futurewatch.h"
#include "imageeditor.h"
#include "retrypolicy.h"
#include "stashclient.h"

#include <QTimer>

#include <QUndoStack>

namespace Tessera {

using namespace Stash;

BulkEditRunner::BulkEditRunner(ImageEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_alive(std::make_shared<bool>(true))
{
    qRegisterMetaType<BulkEditRunner::Report>();
}

BulkEditRunner::~BulkEditRunner()
{
    *m_alive = false; // queued chunks must not touch a runner that is gone
}

void BulkEditRunner::prepare(const QStringList &ids, const BulkEdit &edit)
{
    m_ids = ids;
    m_ids.removeDuplicates();
    m_edit = edit;
    m_before.clear();
    m_before.reserve(m_ids.size());
    m_preview = {};
    m_report = {};
    m_next = 0;
    m_applied = 0;
    m_cancel = false;
    m_readAttempts = 0;
    m_state = State::Reading;
    ++m_generation; // answers to an earlier prepare() must not land in this one
    readNext();
}

void BulkEditRunner::readNext()
{
    if (m_cancel) {
        m_state = State::Idle;
        m_report.text = m_edit.text;
        m_report.total = int(m_ids.size());
        m_report.notApplied = m_ids;
        m_report.canceled = true;
        Q_EMIT finished(m_report);
        return;
    }
    if (m_next >= m_ids.size()) {
        m_state = State::Prepared;
        m_preview = BulkPreview::compute(m_edit, m_before);
        Q_EMIT prepared(m_preview);
        return;
    }
    const QStringList chunk = m_ids.mid(m_next, m_chunkSize);
    Q_EMIT progress(m_next, int(m_ids.size()), tr("Reading the current values…"));
    FutureWatch::onResult(
        m_editor->client()->findImageFields(chunk, m_edit.fieldNames()), this,
        [this, chunk, generation = m_generation](const Result<QList<Image>> &images) {
            if (generation != m_generation)
                return;
            if (!images) {
                // A passing failure is read again by itself, as the outbox
                // sends again: a flaky network must not cost the change.
                if (RetryPolicy::verdictFor(images.error()) == RetryPolicy::Verdict::Retry &&
                    ++m_readAttempts < MaxReadAttempts) {
                    QTimer::singleShot(
                        RetryPolicy::delay(m_readAttempts), this, [this, generation] {
                            if (generation == m_generation && m_state == State::Reading)
                                readNext();
                        });
                    return;
                }
                m_state = State::Idle;
                Q_EMIT failed(images.error());
                return;
            }
            m_readAttempts = 0;
            m_before += images.value();
            m_next += int(chunk.size());
            readNext();
        });
}

void BulkEditRunner::apply()
{
    if (m_state != State::Prepared)
        return;
    m_state = State::Applying;
    m_next = 0;
    m_applied = 0;
    // Shown at once; the chunks then go out in order behind any earlier edit.
    QList<Image> after;
    after.reserve(m_before.size());
    for (const Image &image : m_before)
        after.append(m_edit.applied(image));
    m_editor->showFields(after, m_edit.fields());
    sendNext();
}

void BulkEditRunner::sendNext()
{
    if (m_cancel)
        return finish(std::nullopt, true);
    if (m_next >= m_before.size())
        return finish(std::nullopt, false);
    Q_EMIT progress(m_next, int(m_before.size()), m_edit.text);
    BulkImageUpdate chunk = m_edit.change;
    chunk.ids.clear();
    for (qsizetype i = m_next; i < std::min<qsizetype>(m_next + m_chunkSize, m_before.size()); ++i)
        chunk.ids.append(m_before.at(i).id);
    std::shared_ptr<bool> alive = m_alive;
    ChangeSender::Handlers handlers;
    handlers.confirmed = [this, alive, count = int(chunk.ids.size())](const QJsonObject &) {
        if (!*alive)
            return;
        m_applied += count;
        m_next += count;
        Q_EMIT progress(m_next, int(m_before.size()), m_edit.text);
        // Next chunk from the event loop: cancel() gets a chance in between.
        QMetaObject::invokeMethod(this, &BulkEditRunner::sendNext, Qt::QueuedConnection);
    };
    handlers.refused = [this, alive](const Error &error) {
        if (*alive)
            finish(error, false);
    };
    handlers.retry = [this, alive] {
        if (*alive)
            retryRest();
    };
    // The outbox retries passing failures itself: only a refusal (or a change
    // it cannot keep safe) stops the run.
    const Result<qint64> queued = m_editor->sender()->send(
        m_editor->client()->bulkUpdateImagesRequest(chunk, BulkReturn::IdsOnly),
        OutboxEntry::Kind::BulkUpdate, chunk.ids, {{QStringLiteral("text"), m_edit.text}},
        handlers);
    if (!queued) {
        QMetaObject::invokeMethod(
            this, [this, error = queued.error()] { finish(error, false); }, Qt::QueuedConnection);
        return;
    }
    m_sentSequence = queued.value();
}

void BulkEditRunner::cancel()
{
    m_cancel = true;
    if (m_state == State::Prepared) {
        m_state = State::Idle;
        m_report = {m_edit.text, int(m_ids.size()), {}, m_ids, std::nullopt, true};
        Q_EMIT finished(m_report);
    }
}

void BulkEditRunner::finish(std::optional<Error> error, bool canceled)
{
    m_state = State::Idle;
    const QList<Image> applied = m_before.mid(0, m_applied);
    const QList<Image> notApplied = m_before.mid(m_applied);
    // What the server did not take goes back on screen.
    m_editor->showFields(notApplied, m_edit.fields());

    m_report = {};
    m_report.text = m_edit.text;
    m_report.total = int(m_before.size());
    for (const Image &image : applied)
        m_report.applied.append(image.id);
    for (const Image &image : notApplied)
        m_report.notApplied.append(image.id);
    m_report.error = error;
    m_report.canceled = canceled;

    if (!applied.isEmpty()) {
        BulkEdit done = m_edit;
        if (!notApplied.isEmpty())
            done.text = tr("%1 (%L2 of %L3 images)")
                            .arg(m_edit.text)
                            .arg(applied.size())
                            .arg(m_before.size());
        m_editor->undoStack()->push(new BulkEditCommand(m_editor, done, applied, m_chunkSize));
    }
    Q_EMIT finished(m_report);
}

void BulkEditRunner::retryRest()
{
    if (isRunning() || m_report.notApplied.isEmpty())
        return;
    // The refused chunk is sent again below with the rest, not from the outbox's list.
    if (const qint64 refused = std::exchange(m_sentSequence, 0))
        m_editor->sender()->discard(refused);
    const QStringList rest = m_report.notApplied;
    prepare(rest, m_edit);
    // Apply as soon as the current values are read (they were confirmed once
    // already). The hook goes at once on prepared, failed or finished (canceled
    // while reading): left behind, it would apply the next edit someone merely
    // prepares.
    auto *once = new QObject(this);
    const auto drop = [this, once] {
        disconnect(this, nullptr, once, nullptr);
        once->deleteLater();
    };
    connect(this, &BulkEditRunner::prepared, once, [this, drop] {
        drop();
        apply();
    });
    connect(this, &BulkEditRunner::failed, once, drop);
    connect(this, &BulkEditRunner::finished, once, drop);
}

} // namespace Tessera
