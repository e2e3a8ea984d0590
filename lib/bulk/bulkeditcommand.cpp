// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulkeditcommand.h"

#include "futurewatch.h"
#include "imageeditor.h"
#include "imagestore.h"
#include "mutationqueue.h"
#include "stashclient.h"

#include <QSet>

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
    patchStore(m_editor, shown, fields); // at once, as for every other edit
    auto failed = std::make_shared<bool>(false);
    auto chunks = std::make_shared<const QList<BulkImageUpdate>>(chunked(updates, m_chunkSize));
    ImageEditor *editor = m_editor;
    for (qsizetype index = 0; index < chunks->size(); ++index) {
        editor->queue()->enqueue([=]() -> QFuture<void> {
            if (*failed)
                return QtFuture::makeReadyFuture();
            const BulkImageUpdate &chunk = chunks->at(index);
            return FutureWatch::afterwards(
                editor->client()->bulkUpdateImages(chunk, BulkReturn::IdsOnly), editor,
                [=](const Result<QList<Image>> &result) {
                    if (result)
                        return;
                    *failed = true;
                    // The chunks before this one are on the server; this one and the
                    // rest are not: show what the server holds for them, and say so.
                    QSet<QString> notSent;
                    for (qsizetype later = index; later < chunks->size(); ++later) {
                        for (const QString &id : chunks->at(later).ids)
                            notSent.insert(id);
                    }
                    QList<Image> untouched;
                    for (const Image &image : fallback) {
                        if (notSent.contains(image.id))
                            untouched.append(image);
                    }
                    patchStore(editor, untouched, fields);
                    Q_EMIT editor->changeFailed(what, result.error());
                });
        });
    }
}

} // namespace Tessera
