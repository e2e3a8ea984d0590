// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulk/valueshareslist.h"
#include "bulkedits.h"
#include "widgets/chippicker.h"

#include <QWidget>

namespace Tessera {

class SelectionShares;

/// The bulk panel's three ValueSharesLists (tags, performers, galleries): shows
/// what a SelectionShares counted and says which list each intent came from.
/// Apart from the panel so the panel handles one list field like another.
class BulkShareLists final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkShareLists)

public:
    explicit BulkShareLists(QWidget *parent = nullptr);

    ValueSharesList *list(ListKind kind) const { return m_lists[int(kind)]; }
    void setLookups(ChipPicker::Lookup tags, ChipPicker::Lookup performers,
                    ChipPicker::Lookup galleries);
    /// Every list shows `shares`' counts out of `selected` images; the status is cleared.
    void showShares(const SelectionShares *shares, int selected);
    /// On every list ("Reading…", or empty).
    void setStatus(const QString &text);

Q_SIGNALS:
    void addToAllRequested(ListKind kind, const Choice &value);
    void removeFromAllRequested(ListKind kind, const Choice &value);
    void setExactlyRequested(ListKind kind, const QList<Choice> &values);

private:
    ValueSharesList *m_lists[3] = {};
};

} // namespace Tessera
