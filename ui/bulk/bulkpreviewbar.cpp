// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/bulkpreviewbar.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

BulkPreviewBar::BulkPreviewBar(QWidget *parent)
    : QFrame(parent)
    , m_title(plainLabel(new QLabel(this)))
    , m_details(plainLabel(new QLabel(this)))
    , m_progress(new QProgressBar(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Bulk change"));
    setFocusPolicy(Qt::StrongFocus);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setAccessibleName(tr("Bulk change progress"));
    m_progress->setTextVisible(true);
    // Focused buttons react to Enter (outside dialogs they do not by default).
    m_apply->setAutoDefault(true);
    m_cancel->setAutoDefault(true);
    m_apply->setAccessibleName(tr("Apply the bulk change"));
    m_cancel->setAccessibleName(tr("Cancel the bulk change"));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_apply);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &BulkPreviewBar::applyRequested);
    connect(m_cancel, &QPushButton::clicked, this, &BulkPreviewBar::cancelRequested);
    hide();
}

void BulkPreviewBar::ask(const QString &title, const QString &details, const QString &applyText)
{
    m_asking = true;
    m_title->setText(title);
    m_details->setText(details);
    m_details->setVisible(!details.isEmpty());
    m_apply->setText(applyText.isEmpty() ? tr("&Apply") : applyText);
    m_apply->show();
    m_progress->hide();
    m_cancel->setToolTip(tr("Change nothing (Esc)"));
    m_apply->setToolTip(tr("Enter"));
    show();
    m_apply->setFocus(Qt::OtherFocusReason);
}

void BulkPreviewBar::showProgress(int done, int total, const QString &what)
{
    m_asking = false;
    m_title->setText(what);
    m_details->hide();
    m_apply->hide();
    m_progress->show();
    m_progress->setMaximum(std::max(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    m_cancel->setToolTip(
        tr("Stop after the current chunk; what was changed stays changed (and can be undone)"));
    show();
}

void BulkPreviewBar::finish()
{
    m_asking = false;
    hide();
}

QString BulkPreviewBar::text() const
{
    if (!isVisible())
        return {};
    return m_details->isVisible() ? m_title->text() + QLatin1Char('\n') + m_details->text()
                                  : m_title->text();
}

void BulkPreviewBar::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        Q_EMIT cancelRequested();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_asking) {
            Q_EMIT applyRequested();
            return;
        }
        break;
    default:
        break;
    }
    QFrame::keyPressEvent(event);
}

} // namespace Tessera
