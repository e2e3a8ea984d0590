// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace Tessera {

/// A non-modal message above the grid ("Could not save …  [Retry] [×]"), so a
/// failure never blocks the work in progress.
class NotificationBar final : public QFrame
{
    Q_OBJECT

public:
    explicit NotificationBar(QWidget *parent = nullptr);

    /// Shows `message`; with a `retry`, a Retry button runs it (and hides the bar).
    void showError(const QString &message, std::function<void()> retry = {});
    void showInfo(const QString &message);
    QString text() const;

private:
    QLabel *m_label;
    QPushButton *m_retry;
    std::function<void()> m_retryAction;
};

} // namespace Tessera
