// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "imageeditor.h"

#include "servercommand.h"

#include <memory>

namespace Tessera {

/// One undo step of O-counter changes on one image or a selection of them.
/// Repeated increments (or decrements) of the same images merge; undo sends
/// the opposite changes, a reset is undone by counting back up to each old
/// value. A step the server refuses for one image is taken off that image
/// only; the step leaves the stack once nothing of it reached the server.
class OCounterCommand final : public ServerCommand
{
public:
    struct Target
    {
        QString id;
        int before = 0; ///< the O-counter before this step
        int count = 1;  ///< increments or decrements of it folded into this step
    };

    /// `title` names the image when there is one target.
    OCounterCommand(ImageEditor *editor, QList<Target> targets, const QString &title,
                    ImageEditor::OChange change);
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
    /// How many images' undos the server refused, of how many (one move of the stack at most).
    struct UndoTally
    {
        int targets = 0;
        QSet<QString> refused;
    };

    void updateText();
    int valueAfter(const Target &target) const;
    std::function<void()> redoFailureHandler(const QString &id) const;
    std::function<void()> undoFailureHandler(const QString &id,
                                             std::shared_ptr<UndoTally> tally) const;
    /// A click on one image the server did not take: the step no longer includes it.
    void dropFailedStep(const QString &id);

    ImageEditor *m_editor;
    QList<Target> m_targets;
    QString m_title;
    ImageEditor::OChange m_change;
    std::shared_ptr<Handle> m_handle;
    QList<std::shared_ptr<Handle>> m_mergedHandles;
};

} // namespace Tessera
