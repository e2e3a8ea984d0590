// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "paintmeter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>

PaintMeter::PaintMeter(QWidget *widget, std::function<double()> clock, QObject *parent)
    : QObject(parent)
    , m_widget(widget)
    , m_clock(std::move(clock))
{
    // Installed last, so it runs first, before the scroll area's own viewport filter.
    m_widget->installEventFilter(this);
    m_frames.reserve(1 << 15);
}

PaintMeter::~PaintMeter()
{
    m_widget->removeEventFilter(this);
}

std::vector<double> PaintMeter::durations(int phase) const
{
    std::vector<double> result;
    for (const Frame &frame : m_frames) {
        if (phase < 0 || frame.phase == phase)
            result.push_back(frame.durationMs);
    }
    return result;
}

bool PaintMeter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget || event->type() != QEvent::Paint || m_inside)
        return false;
    const bool before = m_before ? m_before() : false;
    m_inside = true;
    const double start = m_clock();
    // Re-deliver: our filter lets it through this time, the view paints.
    QCoreApplication::sendEvent(m_widget, event);
    const double end = m_clock();
    m_inside = false;
    m_frames.push_back(Frame{start, end - start, m_phase});
    if (m_after)
        m_after(end, before);
    return true;
}
