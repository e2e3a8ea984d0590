// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace Tessera {

class ChangeSender;

/// The status bar's word on changes still on their way: "3 changes waiting ·
/// server unreachable since 14:02" with Retry now, and "2 not saved" when the
/// server refused some (it opens the list). Quiet while changes get through in
/// the blink of an eye: the waiting count shows only after a second.
class PendingChangesIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChangesIndicator)

public:
    /// How long changes may wait before the count shows.
    static constexpr int ShowAfterMs = 1000;

    explicit PendingChangesIndicator(ChangeSender *sender, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    /// The person wants to see the list of pending and refused changes.
    void listRequested();

private:
    void update();

    ChangeSender *m_sender;
    QLabel *m_text;
    QToolButton *m_retry;
    QToolButton *m_notSaved;
    QTimer *m_reveal;
};

} // namespace Tessera
