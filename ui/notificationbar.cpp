// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "notificationbar.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Tessera {

NotificationBar::NotificationBar(QWidget *parent)
    : QFrame(parent)
    , m_label(plainLabel(new QLabel(this)))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Notification"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        if (auto retry = std::exchange(m_retryAction, {}))
            retry();
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(close);
    hide();
}

void NotificationBar::showError(const QString &message, std::function<void()> retry)
{
    // A reddish bar that keeps its contrast on dark themes too.
    QPalette p = QPalette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::Window, dark ? QColor(95, 30, 25) : QColor(250, 220, 215));
    p.setColor(QPalette::WindowText, dark ? QColor(255, 225, 220) : QColor(90, 10, 0));
    setPalette(p);
    m_label->setText(message);
    m_retryAction = std::move(retry);
    m_retry->setVisible(bool(m_retryAction));
    show();
}

void NotificationBar::showInfo(const QString &message)
{
    setPalette(QPalette());
    m_label->setText(message);
    m_retryAction = {};
    m_retry->hide();
    show();
}

QString NotificationBar::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace Tessera
