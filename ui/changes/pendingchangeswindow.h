// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Tessera {

class ChangeSender;

/// Edit → Pending changes…: the changes still on their way (with Retry now)
/// and the ones the server refused, with its reason, each of which can be
/// sent again, opened in the edit dialog or discarded.
class PendingChangesWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingChangesWindow)

public:
    explicit PendingChangesWindow(ChangeSender *sender, QWidget *parent = nullptr);

    QTreeWidget *waitingList() const { return m_waiting; }
    QTreeWidget *refusedList() const { return m_refused; }

    /// "14:02": the locale's short time without seconds.
    static QString shortTime(const QTime &time);

Q_SIGNALS:
    /// Open this image in the edit dialog (to change what the server refused).
    void editRequested(const QString &imageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void updateButtons();
    QList<qint64> selectedRefused() const;
    void retrySelected();
    void discardSelected();

    ChangeSender *m_sender;
    QLabel *m_waitingLabel;
    QTreeWidget *m_waiting;
    QPushButton *m_retryNow;
    QLabel *m_refusedLabel;
    QTreeWidget *m_refused;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
    QTimer *m_refill; ///< one refill per burst of changes, not one per change
};

} // namespace Tessera
