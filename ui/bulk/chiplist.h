// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "widgets/chippicker.h"

#include <QListWidget>

namespace Tessera {

/// Tag chips that wrap onto as many lines as they need (a flowing list view:
/// arrow keys move between chips, Enter or Space toggles one). The list is as
/// high as its chips.
class ChipList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipList)

public:
    /// One chip: the tag, what the chip says and its tooltip.
    struct Chip
    {
        Choice tag;
        QString label;
        QString toolTip;
    };

    explicit ChipList(QWidget *parent = nullptr);

    /// Replaces the chips; the current one stays current if it is still there.
    void setChips(const QList<Chip> &chips);
    /// The tag a chip of this list stands for.
    static Choice tagOf(const QListWidgetItem *item);
    /// Fits the height to the chips (none: no height at all).
    void fitHeight();

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace Tessera
