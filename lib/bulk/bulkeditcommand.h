// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkedit.h"
#include "servercommand.h"

#include <functional>

namespace Tessera {

class ImageEditor;

/// One bulk edit as one undo step, covering exactly the images it reached.
/// Undo sends the inverse (inverseOf()); redo sends the edit again; both in
/// chunks through the editor's outbox (a refused chunk goes back on screen
/// alone and is said by changeFailed()). The first redo does nothing: the
/// BulkEditRunner already applied it, with progress.
class BulkEditCommand final : public ServerCommand
{
public:
    BulkEditCommand(ImageEditor *editor, BulkEdit edit, QList<Stash::Image> before, int chunkSize);

    void redo() override;
    void undo() override;

private:
    void send(const QList<Stash::BulkImageUpdate> &updates, const QList<Stash::Image> &shown,
              const QList<Stash::Image> &fallback, const QString &what, bool wasRedo);
    /// Queues one chunk and shows it; false (said by changeFailed()) when it
    /// could not be kept. `onRefused` hears of a refusal (after the rollback).
    static bool sendChunk(ImageEditor *editor, const Stash::BulkImageUpdate &chunk,
                          const QList<Stash::Image> &shown, const QList<Stash::Image> &fallback,
                          ImageFields fields, const QString &what, std::function<void()> onRefused);

    ImageEditor *m_editor;
    BulkEdit m_edit;
    QList<Stash::Image> m_before;
    int m_chunkSize;
    bool m_applied = true; ///< the runner applied it before the push
};

} // namespace Tessera
