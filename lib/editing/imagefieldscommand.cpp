// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagefieldscommand.h"

#include "imageeditor.h"

#include <utility>

namespace Tessera {

ImageFieldsCommand::ImageFieldsCommand(ImageEditor *editor, QList<Stash::Image> before,
                                       QList<Stash::Image> after, ImageFields fields,
                                       const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_fields(fields)
{}

ImageFieldsCommand::~ImageFieldsCommand()
{
    *m_alive = false;
}

void ImageFieldsCommand::redo()
{
    if (m_editor->m_replaying) {
        m_editor->applyFields(m_after, {}, m_fields, text(), {});
        return;
    }
    m_editor->applyFields(m_after, m_before, m_fields, text(), [this, alive = m_alive] {
        if (*alive)
            m_editor->failCommand(this, true);
    });
}

void ImageFieldsCommand::undo()
{
    if (m_editor->m_replaying) {
        m_editor->applyFields(m_before, {}, m_fields, text(), {});
        return;
    }
    m_editor->applyFields(m_before, m_after, m_fields, QObject::tr("Undo %1").arg(text()),
                          [this, alive = m_alive] {
                              if (*alive)
                                  m_editor->failCommand(this, false);
                          });
}

} // namespace Tessera
