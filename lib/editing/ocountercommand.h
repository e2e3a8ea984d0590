// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "imageeditor.h"

#include "servercommand.h"

#include <memory>

namespace Tessera {

/// One undo step of O-counter changes on one image. Repeated increments (or
/// decrements) merge; undo sends the opposite changes, a reset is undone by
/// counting back up to the old value.
class OCounterCommand final : public ServerCommand
{
public:
    OCounterCommand(ImageEditor *editor, const QString &id, const QString &title,
                    ImageEditor::OChange change, int before);
    ~OCounterCommand() override;

    void redo() override;
    void undo() override;
    int id() const override { return 1001; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    /// Where the sends of a step report a failure: the step itself, or after
    /// a merge the step it was merged into (QUndoStack deletes the merged one
    /// right away); null once that step is gone from the stack.
    struct Handle
    {
        OCounterCommand *command = nullptr;
        bool merged = false;
    };

    void updateText();
    int valueAfter() const;
    std::function<void()> failureHandler(bool wasRedo) const;
    /// A merged click the server did not take: the step no longer includes it.
    void dropFailedPart(int count);

    ImageEditor *m_editor;
    QString m_imageId;
    QString m_title;
    ImageEditor::OChange m_change;
    int m_before;
    int m_count = 1; ///< increments or decrements folded into this step
    std::shared_ptr<Handle> m_handle;
    QList<std::shared_ptr<Handle>> m_mergedHandles;
};

} // namespace Tessera
