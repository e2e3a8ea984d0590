// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QWidget;

/// Times every paint of one widget (the grid's viewport) from start to end.
///
/// An event filter only sees an event before the widget does, so on a Paint
/// event this filter delivers the event to the widget itself (re-entering
/// through the filter chain, where it lets it pass), takes the time around
/// that delivery, and then swallows the original. The delivery happens inside
/// the repaint manager's paint context, so the view paints exactly as it
/// would without the meter.
class PaintMeter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaintMeter)

public:
    struct Frame
    {
        double startMs = 0; ///< on the benchmark's clock
        double durationMs = 0;
        int phase = 0;
    };

    /// `clock` gives the benchmark's time in ms; every frame is stamped with it.
    PaintMeter(QWidget *widget, std::function<double()> clock, QObject *parent = nullptr);
    ~PaintMeter() override;

    /// Frames recorded from now on carry this tag.
    void setPhase(int phase) { m_phase = phase; }
    /// Called at the start of each paint; its answer is passed to the after-paint hook.
    void setBeforePaint(std::function<bool()> hook) { m_before = std::move(hook); }
    /// Called after each paint with the paint's end time and the before-hook's answer.
    void setAfterPaint(std::function<void(double endMs, bool before)> hook)
    {
        m_after = std::move(hook);
    }

    const std::vector<Frame> &frames() const { return m_frames; }
    int paintCount() const { return int(m_frames.size()); }
    /// Durations of the frames of one phase (all phases when `phase` < 0).
    std::vector<double> durations(int phase) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<double()> m_clock;
    std::function<bool()> m_before;
    std::function<void(double, bool)> m_after;
    std::vector<Frame> m_frames;
    int m_phase = 0;
    bool m_inside = false;
};
