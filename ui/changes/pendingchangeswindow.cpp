// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "changes/pendingchangeswindow.h"

#include "changesender.h"
#include "outbox.h"
#include "widgets/plaintext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

constexpr int SequenceRole = Qt::UserRole;
constexpr int FirstImageRole = Qt::UserRole + 1;
/// More rows than anyone reads; the heading still counts them all.
constexpr int MaxRows = 2000;

QTreeWidget *newList(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAllColumnsShowFocus(true);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    list->setColumnWidth(0, 260);
    return list;
}

/// When a change was made: the time today, the date and time before.
QString madeAt(const QDateTime &created)
{
    const QDateTime local = created.toLocalTime();
    return local.date() == QDate::currentDate() ? PendingChangesWindow::shortTime(local.time())
                                                : QLocale().toString(local, QLocale::ShortFormat);
}

QTreeWidgetItem *newRow(const OutboxEntry &entry, const QString &last)
{
    auto *item = new QTreeWidgetItem({ChangeSender::describe(entry),
                                      QLocale().toString(qsizetype(entry.imageIds.size())),
                                      madeAt(entry.created), last});
    item->setData(0, SequenceRole, entry.sequence);
    item->setData(0, FirstImageRole, entry.imageIds.value(0));
    item->setToolTip(3, plainToolTip(last));
    return item;
}

} // namespace

PendingChangesWindow::PendingChangesWindow(ChangeSender *sender, QWidget *parent)
    : QDialog(parent)
    , m_sender(sender)
    , m_waitingLabel(plainLabel(new QLabel(this)))
    , m_waiting(newList({tr("Change"), tr("Images"), tr("Made"), tr("State")},
                        QStringLiteral("waiting"), this))
    , m_retryNow(new QPushButton(tr("Retry &now"), this))
    , m_refusedLabel(plainLabel(new QLabel(this)))
    , m_refused(newList({tr("Change"), tr("Images"), tr("Made"), tr("The server's reason")},
                        QStringLiteral("refused"), this))
    , m_retry(new QPushButton(tr("&Send again"), this))
    , m_edit(new QPushButton(tr("&Edit image…"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
    , m_refill(new QTimer(this))
{
    setWindowTitle(tr("Pending changes"));
    setObjectName(QStringLiteral("pendingChanges"));
    resize(720, 480);
    m_waiting->setSelectionMode(QAbstractItemView::NoSelection);
    m_refused->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_waitingLabel->setBuddy(m_waiting);
    m_refusedLabel->setBuddy(m_refused);
    m_retryNow->setObjectName(QStringLiteral("retryNow"));
    m_retry->setObjectName(QStringLiteral("sendAgain"));
    m_edit->setObjectName(QStringLiteral("editImage"));
    m_discard->setObjectName(QStringLiteral("discard"));
    m_retryNow->setToolTip(tr("Send the waiting changes now instead of at the end of their wait"));
    m_retry->setToolTip(tr("Send the selected changes again (after fixing the cause)"));
    m_discard->setToolTip(tr("Never send the selected changes (Delete)"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_waitingLabel);
    layout->addWidget(m_waiting, 1);
    auto *waitingButtons = new QHBoxLayout;
    waitingButtons->addStretch(1);
    waitingButtons->addWidget(m_retryNow);
    layout->addLayout(waitingButtons);
    layout->addWidget(m_refusedLabel);
    layout->addWidget(m_refused, 1);
    auto *refusedButtons = new QHBoxLayout;
    refusedButtons->addStretch(1);
    refusedButtons->addWidget(m_retry);
    refusedButtons->addWidget(m_edit);
    refusedButtons->addWidget(m_discard);
    layout->addLayout(refusedButtons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    m_refill->setSingleShot(true);
    m_refill->setInterval(150);
    connect(m_refill, &QTimer::timeout, this, &PendingChangesWindow::fill);
    const auto refillSoon = [this] {
        if (isVisible() && !m_refill->isActive())
            m_refill->start();
    };
    connect(m_sender, &ChangeSender::pendingCountChanged, this, refillSoon);
    connect(m_sender, &ChangeSender::refusedChanged, this, refillSoon);
    connect(m_sender, &ChangeSender::troubleChanged, this, refillSoon);
    connect(m_retryNow, &QPushButton::clicked, m_sender->outbox(), &Outbox::retryNow);
    connect(m_retry, &QPushButton::clicked, this, &PendingChangesWindow::retrySelected);
    connect(m_discard, &QPushButton::clicked, this, &PendingChangesWindow::discardSelected);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const QList<QTreeWidgetItem *> selected = m_refused->selectedItems();
        if (!selected.isEmpty())
            Q_EMIT editRequested(selected.first()->data(0, FirstImageRole).toString());
    });
    auto *discardKey = new QShortcut(QKeySequence::Delete, m_refused);
    discardKey->setContext(Qt::WidgetShortcut);
    connect(discardKey, &QShortcut::activated, this, &PendingChangesWindow::discardSelected);
    connect(m_refused, &QTreeWidget::itemSelectionChanged, this,
            &PendingChangesWindow::updateButtons);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fill();
}

QString PendingChangesWindow::shortTime(const QTime &time)
{
    // The locale's short time, without seconds (some locales keep them there).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(time, format);
}

void PendingChangesWindow::showEvent(QShowEvent *event)
{
    fill();
    QDialog::showEvent(event);
}

void PendingChangesWindow::fill()
{
    const QList<OutboxEntry> waiting = m_sender->outbox()->pending();
    const QDateTime trouble = m_sender->troubleSince();
    m_waitingLabel->setText(
        waiting.isEmpty() ? tr("Nothing is waiting to be sent.")
        : trouble.isValid()
            ? tr("%n change(s) waiting to be sent; the server has not been reachable since %1.",
                 nullptr, int(waiting.size()))
                  .arg(shortTime(trouble.time()))
            : tr("%n change(s) on their way to the server:", nullptr, int(waiting.size())));
    m_waiting->clear();
    QList<QTreeWidgetItem *> rows;
    for (const OutboxEntry &entry : waiting) {
        if (rows.size() >= MaxRows)
            break;
        // Only an O step is read back before it is sent again; an absolute change is resent.
        const QString state = entry.attempts == 0 ? tr("Waiting for its turn")
                              : entry.outcomeUnknown && entry.kind == OutboxEntry::Kind::OStep
                                  ? tr("Tried %n time(s); may have arrived, so it is checked first",
                                       nullptr, entry.attempts)
                                  : tr("Tried %n time(s); trying again", nullptr, entry.attempts);
        rows.append(newRow(entry, state));
    }
    m_waiting->addTopLevelItems(rows);
    m_retryNow->setEnabled(!waiting.isEmpty());

    const QList<OutboxEntry> refused = m_sender->outbox()->refusedEntries();
    m_refusedLabel->setText(refused.isEmpty()
                                ? tr("The server refused none of your changes.")
                                : tr("Not saved: the server refused %n change(s). They are "
                                     "shown as the server holds them.",
                                     nullptr, int(refused.size())));
    QSet<qint64> selected;
    for (const qint64 sequence : selectedRefused())
        selected.insert(sequence);
    m_refused->clear();
    rows.clear();
    for (const OutboxEntry &entry : refused) {
        if (rows.size() >= MaxRows)
            break;
        QTreeWidgetItem *row = newRow(entry, entry.refusal);
        rows.append(row);
    }
    m_refused->addTopLevelItems(rows);
    for (QTreeWidgetItem *row : std::as_const(rows))
        row->setSelected(selected.contains(row->data(0, SequenceRole).toLongLong()));
    if (!rows.isEmpty() && !m_refused->currentItem())
        m_refused->setCurrentItem(rows.first(), 0, QItemSelectionModel::NoUpdate);
    m_refused->setVisible(!refused.isEmpty());
    updateButtons();
}

void PendingChangesWindow::updateButtons()
{
    const int selected = int(m_refused->selectedItems().size());
    m_retry->setEnabled(selected > 0);
    m_discard->setEnabled(selected > 0);
    m_edit->setEnabled(selected == 1);
    const bool any = m_refused->topLevelItemCount() > 0;
    m_retry->setVisible(any);
    m_discard->setVisible(any);
    m_edit->setVisible(any);
}

QList<qint64> PendingChangesWindow::selectedRefused() const
{
    QList<qint64> sequences;
    const QList<QTreeWidgetItem *> selected = m_refused->selectedItems();
    for (const QTreeWidgetItem *item : selected)
        sequences.append(item->data(0, SequenceRole).toLongLong());
    return sequences;
}

void PendingChangesWindow::retrySelected()
{
    for (const qint64 sequence : selectedRefused())
        m_sender->retry(sequence);
    fill();
}

void PendingChangesWindow::discardSelected()
{
    for (const qint64 sequence : selectedRefused())
        m_sender->discard(sequence);
    fill();
}

} // namespace Tessera
