// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "imagefields.h"

#include "servercommand.h"

namespace Tessera {

class ImageEditor;

/// One undo step that changes some fields of some images: redo gives each
/// image its `after` values, undo its own `before` values (nulls included).
class ImageFieldsCommand final : public ServerCommand
{
public:
    ImageFieldsCommand(ImageEditor *editor, QList<Stash::Image> before, QList<Stash::Image> after,
                       ImageFields fields, const QString &text);

    void redo() override;
    void undo() override;

    const QList<Stash::Image> &before() const { return m_before; }
    const QList<Stash::Image> &after() const { return m_after; }
    ImageFields fields() const { return m_fields; }

private:
    ImageEditor *m_editor;
    QList<Stash::Image> m_before;
    QList<Stash::Image> m_after;
    ImageFields m_fields;
};

} // namespace Tessera
