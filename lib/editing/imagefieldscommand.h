// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "servercommand.h"
#include "valuegroups.h"

namespace Tessera {

class ImageEditor;

/// One undo step that changes some fields of some images: redo gives each
/// image its `after` values, undo its own `before` values (nulls included).
/// Both sides are kept grouped by value and only for the fields that change.
class ImageFieldsCommand final : public ServerCommand
{
public:
    ImageFieldsCommand(ImageEditor *editor, ValueGroups before, ValueGroups after,
                       const QString &text);

    void redo() override;
    void undo() override;

private:
    ImageEditor *m_editor;
    ValueGroups m_before;
    ValueGroups m_after;
};

} // namespace Tessera
