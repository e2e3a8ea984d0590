// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace Tessera {

/// The bulk panel's strip for one change: either a question ("Add tag beach
/// to 1,000 images — 812 images gain it, 188 already have it  [Apply] [Cancel]",
/// Enter confirms, Esc cancels) or the progress of a running change with its
/// Cancel. Hidden when idle. Only emits intents.
class BulkPreviewBar final : public QFrame
{
    Q_OBJECT

public:
    explicit BulkPreviewBar(QWidget *parent = nullptr);

    /// Asks; takes the keyboard (the Apply button).
    void ask(const QString &title, const QString &details, const QString &applyText = {});
    void showProgress(int done, int total, const QString &what);
    void finish();

    bool isAsking() const { return isVisible() && m_asking; }
    bool isShowingProgress() const { return isVisible() && !m_asking; }
    QString text() const;
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void applyRequested();
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_details;
    QProgressBar *m_progress;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    bool m_asking = false;
};

} // namespace Tessera
