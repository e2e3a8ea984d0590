// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "ochange.h"

#include <QToolButton>

namespace Tessera {

/// "O 3": a click counts one up; its menu (or Shift+click) counts one down or
/// resets, asking first when a reset would lose more than one.
class OCounterButton final : public QToolButton
{
    Q_OBJECT

public:
    explicit OCounterButton(QWidget *parent = nullptr);

    void setValue(int value);
    int value() const { return m_value; }

    /// Asks to confirm a reset of `value` (> 1) over `parent`; true to go ahead.
    static bool confirmReset(QWidget *parent, int value);

Q_SIGNALS:
    void changeRequested(OChange change);

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void requestReset();

    int m_value = 0;
    QAction *m_decrement;
    QAction *m_reset;
};

} // namespace Tessera
