// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "changes/pendingchangesindicator.h"

#include "changes/pendingchangeswindow.h"
#include "changesender.h"
#include "outbox.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace Tessera {

PendingChangesIndicator::PendingChangesIndicator(ChangeSender *sender, QWidget *parent)
    : QWidget(parent)
    , m_sender(sender)
    , m_text(plainLabel(new QLabel(this)))
    , m_retry(new QToolButton(this))
    , m_notSaved(new QToolButton(this))
    , m_reveal(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_retry);
    layout->addWidget(m_notSaved);
    m_text->setObjectName(QStringLiteral("pendingText"));
    m_retry->setObjectName(QStringLiteral("retryNow"));
    m_retry->setText(tr("Retry now"));
    m_retry->setToolTip(tr("Send the waiting changes now instead of at the end of their wait"));
    m_retry->setAutoRaise(true);
    m_notSaved->setObjectName(QStringLiteral("notSaved"));
    m_notSaved->setAutoRaise(true);
    m_notSaved->setToolTip(tr("Show the changes the server refused"));
    m_reveal->setSingleShot(true);
    m_reveal->setInterval(ShowAfterMs);

    connect(m_retry, &QToolButton::clicked, m_sender->outbox(), &Outbox::retryNow);
    connect(m_notSaved, &QToolButton::clicked, this, &PendingChangesIndicator::listRequested);
    connect(m_reveal, &QTimer::timeout, this, &PendingChangesIndicator::update);
    connect(m_sender, &ChangeSender::pendingCountChanged, this, [this](int count) {
        if (count > 0 && !m_reveal->isActive() && m_text->isHidden())
            m_reveal->start();
        update();
    });
    connect(m_sender, &ChangeSender::troubleChanged, this, &PendingChangesIndicator::update);
    connect(m_sender, &ChangeSender::refusedChanged, this, &PendingChangesIndicator::update);
    update();
}

QString PendingChangesIndicator::text() const
{
    QStringList parts;
    if (!m_text->isHidden())
        parts.append(m_text->text());
    if (!m_notSaved->isHidden())
        parts.append(m_notSaved->text());
    return parts.join(QStringLiteral(" · "));
}

void PendingChangesIndicator::update()
{
    const int waiting = m_sender->pendingCount();
    const QDateTime trouble = m_sender->troubleSince();
    // The count shows once changes have waited a moment, or at once when sends fail.
    const bool showWaiting = waiting > 0 && (trouble.isValid() || !m_reveal->isActive());
    if (waiting == 0)
        m_reveal->stop();
    QString text = tr("%n change(s) waiting", nullptr, waiting);
    if (trouble.isValid())
        text +=
            QStringLiteral(" · ") +
            tr("server unreachable since %1").arg(PendingChangesWindow::shortTime(trouble.time()));
    m_text->setText(text);
    m_text->setToolTip(trouble.isValid()
                           ? plainToolTip(tr("Last failure: %1").arg(m_sender->troubleText()))
                           : QString());
    m_text->setVisible(showWaiting);
    m_retry->setVisible(showWaiting && trouble.isValid());

    const int refused = int(m_sender->outbox()->refusedEntries().size());
    m_notSaved->setText(tr("%n not saved", nullptr, refused));
    m_notSaved->setVisible(refused > 0);
    setVisible(showWaiting || refused > 0);
}

} // namespace Tessera
