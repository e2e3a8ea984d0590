// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulkeditcommand.h"

#include "imageeditor.h"
#include "imagestore.h"
#include "outboxentry.h"
#include "changesender.h"
#include "stashclient.h"

#include <QHash>

#include <memory>

namespace Tessera {

using namespace Stash;

BulkEditCommand::BulkEditCommand(ImageEditor *editor, BulkEdit edit, QList<Image> before,
                                 int chunkSize)
    : ServerCommand(editor->undoStack(), edit.text)
    , m_editor(editor)
    , m_edit(std::move(edit))
    , m_before(std::move(before))
    , m_chunkSize(chunkSize)
{}

void BulkEditCommand::redo()
{
    QList<Image> after;
    after.reserve(m_before.size());
    for (const Image &image : m_before)
        after.append(m_edit.applied(image));
    if (isLocalOnly()) {
        m_editor->showFields(after, m_edit.fields()); // moved back across a refused step
        return;
    }
    if (std::exchange(m_applied, false))
        return; // the runner sent it already
    BulkImageUpdate update = m_edit.change;
    for (const Image &image : m_before)
        update.ids.append(image.id);
    send({update}, after, m_before, text(), true);
}

void BulkEditCommand::undo()
{
    if (isLocalOnly()) {
        m_editor->showFields(m_before, m_edit.fields());
        return;
    }
    QList<Image> after;
    after.reserve(m_before.size());
    for (const Image &image : m_before)
        after.append(m_edit.applied(image));
    send(inverseOf(m_edit, m_before), m_before, after, QObject::tr("Undo %1").arg(text()), false);
}

void BulkEditCommand::send(const QList<BulkImageUpdate> &updates, const QList<Image> &shown,
                           const QList<Image> &fallback, const QString &what, bool wasRedo)
{
    const ImageFields fields = m_edit.fields();
    QHash<QString, Image> fallbackOf;
    for (const Image &image : fallback)
        fallbackOf.insert(image.id, image);
    QHash<QString, Image> shownOf;
    for (const Image &image : shown)
        shownOf.insert(image.id, image);
    // The same policy as every other step: only when the server took none of
    // it does the stack move back across it.
    struct Tally
    {
        int queued = 0;
        int refused = 0;
    };
    auto tally = std::make_shared<Tally>();
    const std::function<void()> takeBack = refusalHandler(wasRedo);
    const auto onRefused = [tally, takeBack] {
        if (++tally->refused == tally->queued)
            takeBack();
    };
    for (const BulkImageUpdate &chunk : chunked(updates, m_chunkSize)) {
        QList<Image> chunkShown;
        QList<Image> chunkFallback;
        for (const QString &id : chunk.ids) {
            chunkShown.append(shownOf.value(id));
            chunkFallback.append(fallbackOf.value(id));
        }
        if (!sendChunk(m_editor, chunk, chunkShown, chunkFallback, fields, what, onRefused))
            break; // the rest is not shown as made either
        ++tally->queued;
    }
    if (tally->queued == 0) // nothing could be kept: deferred, the stack is still moving
        QMetaObject::invokeMethod(m_editor, takeBack, Qt::QueuedConnection);
}

bool BulkEditCommand::sendChunk(ImageEditor *editor, const BulkImageUpdate &chunk,
                                const QList<Image> &shown, const QList<Image> &fallback,
                                ImageFields fields, const QString &what,
                                std::function<void()> onRefused)
{
    ChangeSender::Handlers handlers;
    handlers.refused = [editor, fallback, fields, what, onRefused](const Error &error) {
        // Only this chunk: the others are on the server (or still on their way).
        // An image a later change is on its way for shows that change.
        editor->showFields(editor->store()->withoutPending(fallback), fields);
        if (onRefused)
            onRefused();
        Q_EMIT editor->changeFailed(what, error);
    };
    // Sent again on its own (Pending changes…): no longer part of the step's tally.
    handlers.retry = [editor, chunk, shown, fallback, fields, what] {
        sendChunk(editor, chunk, shown, fallback, fields, what, {});
    };
    const Result<qint64> queued = editor->sender()->send(
        editor->client()->bulkUpdateImagesRequest(chunk, BulkReturn::IdsOnly),
        OutboxEntry::Kind::BulkUpdate, chunk.ids, {{QStringLiteral("text"), what}}, handlers);
    if (!queued) {
        Q_EMIT editor->changeFailed(what, queued.error());
        return false;
    }
    editor->showFields(shown, fields); // at once, as for every other edit
    return true;
}

} // namespace Tessera
