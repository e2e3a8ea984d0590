// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "widgets/ocounterbutton.h"

#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>

namespace Tessera {

OCounterButton::OCounterButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::MenuButtonPopup);
    setToolTip(tr("O-counter: click to count one up (O); Shift+click or the menu to count down "
                  "(Shift+O) or reset"));
    setAccessibleName(tr("O-counter"));
    auto *menu = new QMenu(this);
    m_decrement = menu->addAction(tr("Count one down"), this,
                                  [this] { Q_EMIT changeRequested(OChange::Decrement); });
    m_reset = menu->addAction(tr("Reset to 0…"), this, &OCounterButton::requestReset);
    setMenu(menu);
    connect(this, &QToolButton::clicked, this,
            [this] { Q_EMIT changeRequested(OChange::Increment); });
    setValue(0);
}

void OCounterButton::setValue(int value)
{
    m_value = value;
    setText(tr("O %1").arg(value));
    setAccessibleDescription(tr("%n time(s)", nullptr, value));
    m_decrement->setEnabled(value > 0);
    m_reset->setEnabled(value > 0);
}

bool OCounterButton::confirmReset(QWidget *parent, int value)
{
    if (value <= 1)
        return true;
    return QMessageBox::question(
               parent, tr("Reset O-counter"), tr("Reset the O-counter from %1 to 0?").arg(value),
               QMessageBox::Reset | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Reset;
}

void OCounterButton::requestReset()
{
    if (confirmReset(this, m_value))
        Q_EMIT changeRequested(OChange::Reset);
}

void OCounterButton::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier)) {
        if (m_value > 0)
            Q_EMIT changeRequested(OChange::Decrement);
        event->accept();
        return;
    }
    QToolButton::mousePressEvent(event);
}

} // namespace Tessera
