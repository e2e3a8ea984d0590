// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkeditrunner.h"
#include "bulkedits.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Tessera {

class BulkPreviewBar;
class NotificationBar;

/// The bulk panel's changes, one at a time: queues them, has the
/// BulkEditRunner read and apply each, asks on the BulkPreviewBar first when a
/// change is large or destructive (and any other question of the panel), shows
/// the progress and reports how it ended. Apart from the panel so the panel
/// only says what to change on which images.
class BulkChangeQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkChangeQueue)

public:
    static constexpr int DefaultConfirmThreshold = 50;

    /// One change waiting for the runner.
    struct Request
    {
        BulkEdit edit;
        QStringList ids;
        bool alwaysConfirm = false; ///< clearing, SET: ask whatever the count
        bool confirmed = false;     ///< already asked (a tag the user just agreed to create)
        /// "Added tag beach to 1,500 of 10,000 images": for a partial result.
        std::function<QString(int applied, int total)> partial;
    };

    BulkChangeQueue(BulkEditRunner *runner, BulkPreviewBar *bar, NotificationBar *notifications,
                    QObject *parent = nullptr);

    /// Above this many images every change is previewed first (QSettings bulk/confirmThreshold).
    static int confirmThreshold();

    void submit(Request request);
    void submit(PlannedBulkEdit planned, const QStringList &ids);
    /// Asks on the bar; `accept` runs on Apply. Changes wait until it is answered.
    void ask(const QString &title, const QString &details, const QString &applyText,
             std::function<void()> accept);
    /// A question or a preview is on the bar.
    bool isAsking() const;
    /// A change is queued, reading, asking or applying.
    bool isBusy() const;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    /// A change ended with some images changed (just before finished()).
    void imagesChanged();
    /// A change ended (applied, canceled, failed or nothing to do).
    void finished();

private:
    enum class BarMode { None, Question, Preview, Progress };

    void startNext();
    void onPrepared(const BulkPreview &preview);
    void onFinished(const BulkEditRunner::Report &report);
    void closeBar();

    BulkEditRunner *m_runner;
    BulkPreviewBar *m_bar;
    NotificationBar *m_notifications;
    QList<Request> m_queue;
    std::optional<Request> m_current;
    Request m_last;
    BarMode m_barMode = BarMode::None;
    std::function<void()> m_questionAccept;
    bool m_silentCancel = false;
    QPointer<QWidget> m_focusBefore;
};

} // namespace Tessera
