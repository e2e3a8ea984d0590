// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/bulkchangequeue.h"

#include "bulk/bulkpreviewbar.h"
#include "notificationbar.h"

#include <QApplication>
#include <QSettings>
#include <QWidget>

namespace Tessera {

using namespace Stash;

namespace {

// The queue's words were the bulk panel's and keep its translation context, so
// their translations stay in force (lupdate reads the literal context).
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

BulkChangeQueue::BulkChangeQueue(BulkEditRunner *runner, BulkPreviewBar *bar,
                                 NotificationBar *notifications, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_bar(bar)
    , m_notifications(notifications)
{
    connect(m_bar, &BulkPreviewBar::applyRequested, this, [this] {
        if (m_barMode == BarMode::Question) {
            auto accept = std::exchange(m_questionAccept, {});
            closeBar();
            if (accept)
                accept();
        } else if (m_barMode == BarMode::Preview && m_runner->isPrepared()) {
            m_barMode = BarMode::None;
            m_bar->finish();
            m_runner->apply();
        }
    });
    connect(m_bar, &BulkPreviewBar::cancelRequested, this, [this] {
        if (m_barMode == BarMode::Question) {
            m_questionAccept = {};
            closeBar();
        } else {
            m_runner->cancel();
        }
    });

    connect(m_runner, &BulkEditRunner::prepared, this, &BulkChangeQueue::onPrepared);
    connect(m_runner, &BulkEditRunner::finished, this, &BulkChangeQueue::onFinished);
    connect(m_runner, &BulkEditRunner::failed, this, [this](const Error &error) {
        closeBar();
        m_notifications->showError(
            translate("Tessera::BulkEditPanel", "Could not read the selected images: %1")
                .arg(error.message()));
        m_current.reset();
        Q_EMIT finished();
        startNext();
    });
    connect(m_runner, &BulkEditRunner::progress, this,
            [this](int done, int total, const QString &what) {
                // One chunk is over in a moment: show progress only where Cancel can matter.
                if (total <= m_runner->chunkSize() || m_barMode == BarMode::Question)
                    return;
                m_barMode = BarMode::Progress;
                m_bar->showProgress(done, total, what);
            });
}

int BulkChangeQueue::confirmThreshold()
{
    return QSettings()
        .value(QStringLiteral("bulk/confirmThreshold"), DefaultConfirmThreshold)
        .toInt();
}

bool BulkChangeQueue::isAsking() const
{
    return m_barMode == BarMode::Question || m_barMode == BarMode::Preview;
}

bool BulkChangeQueue::isBusy() const
{
    return m_current.has_value() || !m_queue.isEmpty() || m_runner->isRunning() ||
           m_runner->isPrepared() || m_barMode != BarMode::None;
}

void BulkChangeQueue::submit(PlannedBulkEdit planned, const QStringList &ids)
{
    Request r;
    r.edit = std::move(planned.edit);
    r.ids = ids;
    r.alwaysConfirm = planned.alwaysConfirm;
    r.partial = std::move(planned.partial);
    submit(std::move(r));
}

void BulkChangeQueue::submit(Request request)
{
    m_queue.append(std::move(request));
    startNext();
}

void BulkChangeQueue::startNext()
{
    if (m_current || m_queue.isEmpty() || m_runner->isRunning() || m_runner->isPrepared() ||
        m_barMode == BarMode::Question)
        return;
    m_current = m_queue.takeFirst();
    m_last = *m_current;
    m_runner->prepare(m_current->ids, m_current->edit);
}

void BulkChangeQueue::onPrepared(const BulkPreview &preview)
{
    if (!m_current)
        return;
    if (preview.changing == 0) {
        m_silentCancel = true;
        m_runner->cancel();
        Q_EMIT statusMessage(
            translate("Tessera::BulkEditPanel", "Nothing to change: %1").arg(preview.describe()),
            5000);
        return;
    }
    const bool ask = !m_current->confirmed &&
                     (m_current->alwaysConfirm || m_current->ids.size() > confirmThreshold());
    if (!ask) {
        if (m_barMode == BarMode::Progress)
            m_bar->finish();
        m_barMode = BarMode::None;
        m_runner->apply();
        return;
    }
    if (!m_focusBefore)
        m_focusBefore = QApplication::focusWidget();
    m_barMode = BarMode::Preview;
    QString details = preview.describe();
    if (preview.changing < preview.total)
        details +=
            QLatin1Char('\n') + translate("Tessera::BulkEditPanel", "%L1 of %L2 images change.")
                                    .arg(preview.changing)
                                    .arg(preview.total);
    m_bar->ask(m_current->edit.text, details);
}

void BulkChangeQueue::onFinished(const BulkEditRunner::Report &report)
{
    if (m_barMode != BarMode::Question) {
        m_barMode = BarMode::None;
        m_bar->finish();
        if (m_focusBefore) {
            m_focusBefore->setFocus();
            m_focusBefore = nullptr;
        }
    }
    const Request &request = m_current ? *m_current : m_last;
    if (std::exchange(m_silentCancel, false)) {
        // nothing to do; already said so
    } else if (report.error) {
        const int applied = int(report.applied.size());
        const QString done =
            request.partial ? request.partial(applied, report.total)
                            : translate("Tessera::BulkEditPanel", "%1: %L2 of %L3 images changed")
                                  .arg(request.edit.text)
                                  .arg(applied)
                                  .arg(report.total);
        m_notifications->showError(translate("Tessera::BulkEditPanel", "%1; the rest failed: %2")
                                       .arg(done, report.error->message()),
                                   [this] {
                                       if (m_runner->isRunning() || m_runner->isPrepared())
                                           return;
                                       m_current = m_last;
                                       m_current->confirmed =
                                           true; // retryRest() applies as soon as it has read
                                       m_runner->retryRest();
                                   });
    } else if (report.canceled) {
        Q_EMIT statusMessage(
            report.applied.isEmpty()
                ? translate("Tessera::BulkEditPanel", "Canceled; no image was changed.")
                : translate("Tessera::BulkEditPanel",
                            "Canceled after %L1 of %L2 images (undo reverts those).")
                      .arg(report.applied.size())
                      .arg(report.total),
            8000);
    } else {
        Q_EMIT statusMessage(translate("Tessera::BulkEditPanel", "Done: %1").arg(request.edit.text),
                             4000);
    }
    m_current.reset();
    if (!report.applied.isEmpty())
        Q_EMIT imagesChanged();
    Q_EMIT finished();
    startNext();
}

void BulkChangeQueue::ask(const QString &title, const QString &details, const QString &applyText,
                          std::function<void()> accept)
{
    if (!m_focusBefore)
        m_focusBefore = QApplication::focusWidget();
    m_barMode = BarMode::Question;
    m_questionAccept = std::move(accept);
    m_bar->ask(title, details, applyText);
}

void BulkChangeQueue::closeBar()
{
    m_barMode = BarMode::None;
    m_bar->finish();
    if (m_focusBefore) {
        m_focusBefore->setFocus();
        m_focusBefore = nullptr;
    }
    startNext();
}

} // namespace Tessera
