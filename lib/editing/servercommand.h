// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QUndoCommand>

#include <functional>
#include <memory>

class QUndoStack;

namespace Tessera {

/// An undo step whose change must reach the server. The stack has already
/// moved across a step when the server answers; if the server refuses it,
/// refused() moves the stack back across this step without sending anything
/// (or, when later steps sit on top of it, makes it obsolete), so the stack
/// never claims a change the server does not hold. While the stack is moved
/// that way, isLocalOnly() is true: redo() and undo() only put the screen back.
/// The common part of every undo step: ImageFieldsCommand, OCounterCommand
/// and (in lib/bulk) BulkEditCommand.
class ServerCommand : public QUndoCommand
{
public:
    ~ServerCommand() override;

protected:
    ServerCommand(QUndoStack *stack, const QString &text = {});

    /// The stack is being moved back across a refused step: send nothing.
    bool isLocalOnly() const;
    /// The server refused this step's redo (`wasRedo`) or its undo.
    void refused(bool wasRedo);
    /// refused() for a late answer: does nothing once the stack deleted this step.
    std::function<void()> refusalHandler(bool wasRedo);

private:
    QUndoStack *m_stack;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace Tessera
