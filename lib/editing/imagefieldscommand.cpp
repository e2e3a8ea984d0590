// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagefieldscommand.h"

#include "imageeditor.h"

#include <utility>

namespace Tessera {

ImageFieldsCommand::ImageFieldsCommand(ImageEditor *editor, ValueGroups before, ValueGroups after,
                                       const QString &text)
    : ServerCommand(editor->undoStack(), text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void ImageFieldsCommand::redo()
{
    if (isLocalOnly()) {
        m_editor->showValues(m_after);
        return;
    }
    m_editor->applyFields(m_after, m_before, text(), refusalHandler(true));
}

void ImageFieldsCommand::undo()
{
    if (isLocalOnly()) {
        m_editor->showValues(m_before);
        return;
    }
    m_editor->applyFields(m_before, m_after, QObject::tr("Undo %1").arg(text()),
                          refusalHandler(false));
}

} // namespace Tessera
