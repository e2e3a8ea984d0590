// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "servercommand.h"

#include <QSet>
#include <QUndoStack>

namespace Tessera {

namespace {

/// The stacks being moved back across a refused step right now. Per stack, not
/// per step: the move runs the redo() or undo() of whichever step is there.
/// Only the GUI thread touches undo stacks.
QSet<const QUndoStack *> &localOnlyStacks()
{
    static QSet<const QUndoStack *> stacks;
    return stacks;
}

} // namespace

ServerCommand::ServerCommand(QUndoStack *stack, const QString &text)
    : QUndoCommand(text)
    , m_stack(stack)
{}

ServerCommand::~ServerCommand()
{
    *m_alive = false;
}

bool ServerCommand::isLocalOnly() const
{
    return localOnlyStacks().contains(m_stack);
}

void ServerCommand::refused(bool wasRedo)
{
    const int index = m_stack->index();
    const bool atEdge = wasRedo ? (index > 0 && m_stack->command(index - 1) == this)
                                : (index < m_stack->count() && m_stack->command(index) == this);
    if (!atEdge) {
        // Later steps sit on top of it: they cannot be undone across it any more.
        setObsolete(true);
        return;
    }
    localOnlyStacks().insert(m_stack);
    if (wasRedo)
        m_stack->undo();
    else
        m_stack->redo();
    localOnlyStacks().remove(m_stack);
}

std::function<void()> ServerCommand::refusalHandler(bool wasRedo)
{
    return [this, alive = m_alive, wasRedo] {
        if (*alive)
            refused(wasRedo);
    };
}

} // namespace Tessera
