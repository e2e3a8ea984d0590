// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "ocountercommand.h"

#include <QSet>

namespace Tessera {

OCounterCommand::OCounterCommand(ImageEditor *editor, QList<Target> targets, const QString &title,
                                 ImageEditor::OChange change)
    : ServerCommand(editor->undoStack())
    , m_editor(editor)
    , m_targets(std::move(targets))
    , m_title(title)
    , m_change(change)
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

std::function<void()> OCounterCommand::redoFailureHandler(const QString &id) const
{
    // Called once per refused step (ImageEditor::sendO()).
    return [handle = m_handle, id] {
        if (OCounterCommand *command = handle->command)
            command->dropFailedStep(id);
    };
}

std::function<void()> OCounterCommand::undoFailureHandler(const QString &id,
                                                          std::shared_ptr<UndoTally> tally) const
{
    return [handle = m_handle, id, tally] {
        OCounterCommand *command = handle->command;
        if (!command || tally->refused.contains(id))
            return;
        tally->refused.insert(id);
        // The undo the server refused on every image: the step stays done.
        if (int(tally->refused.size()) == tally->targets)
            command->refused(false);
    };
}

void OCounterCommand::dropFailedStep(const QString &id)
{
    qsizetype left = 0;
    for (const Target &target : std::as_const(m_targets))
        left += target.count;
    if (left <= 1) {
        // Nothing of it reached the server: off the stack (whole, for a redo).
        refused(true);
        return;
    }
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (m_targets[i].id != id)
            continue;
        if (--m_targets[i].count <= 0 || m_change == ImageEditor::OChange::Reset)
            m_targets.removeAt(i);
        break;
    }
    updateText();
}

void OCounterCommand::updateText()
{
    const int images = int(m_targets.size());
    const int count = m_targets.isEmpty() ? 0 : m_targets.first().count;
    switch (m_change) {
    case ImageEditor::OChange::Increment:
        if (images > 1)
            setText(QObject::tr("O-counter +1 on %L1 images").arg(images));
        else
            setText(count == 1 ? QObject::tr("O-counter +1 on %1").arg(m_title)
                               : QObject::tr("O-counter +%1 on %2").arg(count).arg(m_title));
        break;
    case ImageEditor::OChange::Decrement:
        if (images > 1)
            setText(QObject::tr("O-counter −1 on %L1 images").arg(images));
        else
            setText(count == 1 ? QObject::tr("O-counter −1 on %1").arg(m_title)
                               : QObject::tr("O-counter −%1 on %2").arg(count).arg(m_title));
        break;
    case ImageEditor::OChange::Reset:
        setText(images > 1 ? QObject::tr("Reset O-counter of %L1 images").arg(images)
                           : QObject::tr("Reset O-counter of %1").arg(m_title));
        break;
    }
}

bool OCounterCommand::mergeWith(const QUndoCommand *other)
{
    // Repeated clicks on the same image (or the same selection) fold into one step.
    const auto *next = static_cast<const OCounterCommand *>(other);
    if (next->m_change != m_change || m_change == ImageEditor::OChange::Reset ||
        next->m_targets.size() != m_targets.size())
        return false;
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        if (next->m_targets[i].id != m_targets[i].id)
            return false;
    }
    for (qsizetype i = 0; i < m_targets.size(); ++i)
        m_targets[i].count += next->m_targets[i].count;
    // QUndoStack deletes `next` now, but its sends are still under way: their
    // failure must reach this step (and never the deleted one).
    next->m_handle->command = this;
    next->m_handle->merged = true;
    m_mergedHandles.append(next->m_handle);
    m_mergedHandles.append(next->m_mergedHandles);
    updateText();
    return true;
}

int OCounterCommand::valueAfter(const Target &target) const
{
    switch (m_change) {
    case ImageEditor::OChange::Increment:
        return target.before + target.count;
    case ImageEditor::OChange::Decrement:
        return std::max(0, target.before - target.count);
    case ImageEditor::OChange::Reset:
        break;
    }
    return 0;
}

void OCounterCommand::redo()
{
    for (const Target &target : std::as_const(m_targets)) {
        const int after = valueAfter(target);
        if (isLocalOnly()) {
            m_editor->sendO(target.id, m_change, 0, after, after, text(), {});
            continue;
        }
        const int count = m_change == ImageEditor::OChange::Reset ? 1 : target.count;
        m_editor->sendO(target.id, m_change, count, after, target.before, text(),
                        redoFailureHandler(target.id));
    }
}

void OCounterCommand::undo()
{
    auto tally = std::make_shared<UndoTally>();
    tally->targets = int(m_targets.size());
    const QString undoText = QObject::tr("Undo %1").arg(text());
    for (const Target &target : std::as_const(m_targets)) {
        const int after = valueAfter(target);
        if (isLocalOnly()) {
            m_editor->sendO(target.id, m_change, 0, target.before, target.before, text(), {});
            continue;
        }
        // Back to the value before: count down after increments, up after a decrement or reset.
        const int steps = std::abs(after - target.before);
        const auto opposite = after > target.before ? ImageEditor::OChange::Decrement
                                                    : ImageEditor::OChange::Increment;
        m_editor->sendO(target.id, opposite, steps, target.before, after, undoText,
                        undoFailureHandler(target.id, tally));
    }
}

} // namespace Tessera
