// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "ocountercommand.h"

namespace Tessera {

OCounterCommand::OCounterCommand(ImageEditor *editor, const QString &id, const QString &title,
                                 ImageEditor::OChange change, int before)
    : ServerCommand(editor->undoStack())
    , m_editor(editor)
    , m_imageId(id)
    , m_title(title)
    , m_change(change)
    , m_before(before)
    , m_handle(std::make_shared<Handle>(Handle{this, false}))
{
    updateText();
}

OCounterCommand::~OCounterCommand()
{
    if (m_handle->command == this)
        m_handle->command = nullptr;
    for (const std::shared_ptr<Handle> &merged : std::as_const(m_mergedHandles))
        merged->command = nullptr;
}

std::function<void()> OCounterCommand::failureHandler(bool wasRedo) const
{
    auto undoRefused = std::make_shared<bool>(false);
    // Called once per refused step (sendO()).
    return [handle = m_handle, wasRedo, undoRefused] {
        OCounterCommand *command = handle->command;
        if (!command)
            return; // the step is no longer on the stack
        if (wasRedo || handle->merged) {
            command->dropFailedPart(1);
            return;
        }
        // An undo the server refused: the step stays done (one move, however
        // many of its steps were refused).
        if (!std::exchange(*undoRefused, true))
            command->refused(false);
    };
}

void OCounterCommand::dropFailedPart(int count)
{
    if (m_count - count <= 0) {
        // Nothing of it reached the server: off the stack (whole, for a redo).
        refused(true);
        return;
    }
    m_count -= count;
    updateText();
}

void OCounterCommand::updateText()
{
    switch (m_change) {
    case ImageEditor::OChange::Increment:
        setText(m_count == 1 ? QObject::tr("O-counter +1 on %1").arg(m_title)
                             : QObject::tr("O-counter +%1 on %2").arg(m_count).arg(m_title));
        break;
    case ImageEditor::OChange::Decrement:
        setText(m_count == 1 ? QObject::tr("O-counter −1 on %1").arg(m_title)
                             : QObject::tr("O-counter −%1 on %2").arg(m_count).arg(m_title));
        break;
    case ImageEditor::OChange::Reset:
        setText(QObject::tr("Reset O-counter of %1").arg(m_title));
        break;
    }
}

bool OCounterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const OCounterCommand *>(other);
    if (next->m_imageId != m_imageId || next->m_change != m_change ||
        m_change == ImageEditor::OChange::Reset)
        return false;
    m_count += next->m_count;
    // QUndoStack deletes `next` now, but its sends are still under way: their
    // failure must reach this step (and never the deleted one).
    next->m_handle->command = this;
    next->m_handle->merged = true;
    m_mergedHandles.append(next->m_handle);
    m_mergedHandles.append(next->m_mergedHandles);
    updateText();
    return true;
}

int OCounterCommand::valueAfter() const
{
    switch (m_change) {
    case ImageEditor::OChange::Increment:
        return m_before + m_count;
    case ImageEditor::OChange::Decrement:
        return std::max(0, m_before - m_count);
    case ImageEditor::OChange::Reset:
        break;
    }
    return 0;
}

void OCounterCommand::redo()
{
    const int after = valueAfter();
    if (isLocalOnly()) {
        m_editor->sendO(m_imageId, m_change, 0, after, after, text(), {});
        return;
    }
    const int count = m_change == ImageEditor::OChange::Reset ? 1 : m_count;
    m_editor->sendO(m_imageId, m_change, count, after, m_before, text(), failureHandler(true));
}

void OCounterCommand::undo()
{
    const int after = valueAfter();
    if (isLocalOnly()) {
        m_editor->sendO(m_imageId, m_change, 0, m_before, m_before, text(), {});
        return;
    }
    // Back to the value before: count down after increments, up after a decrement or reset.
    const int steps = std::abs(after - m_before);
    const auto opposite =
        after > m_before ? ImageEditor::OChange::Decrement : ImageEditor::OChange::Increment;
    m_editor->sendO(m_imageId, opposite, steps, m_before, after, QObject::tr("Undo %1").arg(text()),
                    failureHandler(false));
}

} // namespace Tessera
