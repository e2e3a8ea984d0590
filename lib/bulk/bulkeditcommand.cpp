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
    : QUndoCommand(edit.text)
    , m_editor(editor)
    , m_edit(std::move(edit))
    , m_before(std::move(before))
    , m_chunkSize(chunkSize)
{}

void BulkEditCommand::patchStore(ImageEditor *editor, const QList<Image> &images,
                                 ImageFields fields)
{
    ImageStore *store = editor->store();
    for (const Image &image : images) {
        if (store->contains(image.id))
            store->patch(image.id,
                         [&](Image &stored) { ImageFieldValues::copy(image, stored, fields); });
    }
}

void BulkEditCommand::redo()
{
    if (std::exchange(m_applied, false))
        return; // the runner sent it already
    QList<Image> after;
    after.reserve(m_before.size());
    for (const Image &image : m_before)
        after.append(m_edit.applied(image));
    BulkImageUpdate update = m_edit.change;
    for (const Image &image : m_before)
        update.ids.append(image.id);
    send({update}, after, m_before, text());
}

void BulkEditCommand::undo()
{
    QList<Image> after;
    after.reserve(m_before.size());
    for (const Image &image : m_before)
        after.append(m_edit.applied(image));
    send(inverseOf(m_edit, m_before), m_before, after, QObject::tr("Undo %1").arg(text()));
}

void BulkEditCommand::send(const QList<BulkImageUpdate> &updates, const QList<Image> &shown,
                           const QList<Image> &fallback, const QString &what)
{
    const ImageFields fields = m_edit.fields();
    QHash<QString, Image> fallbackOf;
    for (const Image &image : fallback)
        fallbackOf.insert(image.id, image);
    QHash<QString, Image> shownOf;
    for (const Image &image : shown)
        shownOf.insert(image.id, image);
    for (const BulkImageUpdate &chunk : chunked(updates, m_chunkSize)) {
        QList<Image> chunkShown;
        QList<Image> chunkFallback;
        for (const QString &id : chunk.ids) {
            chunkShown.append(shownOf.value(id));
            chunkFallback.append(fallbackOf.value(id));
        }
        if (!sendChunk(m_editor, chunk, chunkShown, chunkFallback, fields, what))
            break; // the rest is not shown as made either
    }
}

bool BulkEditCommand::sendChunk(ImageEditor *editor, const BulkImageUpdate &chunk,
                                const QList<Image> &shown, const QList<Image> &fallback,
                                ImageFields fields, const QString &what)
{
    ChangeSender::Handlers handlers;
    handlers.refused = [editor, fallback, fields, what](const Error &error) {
        // Only this chunk: the others are on the server (or still on their way).
        // An image a later change is on its way for shows that change.
        QList<Image> settled;
        for (const Image &image : fallback) {
            if (!editor->store()->isPending(image.id))
                settled.append(image);
        }
        patchStore(editor, settled, fields);
        Q_EMIT editor->changeFailed(what, error);
    };
    handlers.retry = [editor, chunk, shown, fallback, fields, what] {
        sendChunk(editor, chunk, shown, fallback, fields, what);
    };
    const Result<qint64> queued = editor->sender()->send(
        editor->client()->bulkUpdateImagesRequest(chunk, BulkReturn::IdsOnly),
        OutboxEntry::Kind::BulkUpdate, chunk.ids, {{QStringLiteral("text"), what}}, handlers);
    if (!queued) {
        Q_EMIT editor->changeFailed(what, queued.error());
        return false;
    }
    patchStore(editor, shown, fields); // at once, as for every other edit
    return true;
}

} // namespace Tessera
