// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "ochange.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace Tessera {

class Session;

/// The grid's edit keys and the Edit menu, applied to the session's selection:
/// rate (keys 0–5), O-counter +1/−1/reset, toggle organized, delete. Each waits
/// for select-all to finish collecting ids, asks where a change needs it (reset
/// of O-counters, deletes) and names its undo step. The changes go through the
/// session's ImageEditor; this class only decides what to change.
class SelectionEditing final : public QObject
{
    Q_OBJECT

public:
    /// `window` is the parent of the questions asked.
    SelectionEditing(Session *session, QWidget *window);

public Q_SLOTS:
    /// Rates every selected image (nullopt clears); key 0.
    void rateSelection(std::optional<int> rating100);
    /// Keys 1–5: stars, or in decimal mode 2.0, 4.0 … 10.0.
    void rateSelectionStars(int stars);
    void changeOOfSelection(Tessera::OChange change);
    void toggleOrganizedOfSelection();
    void deleteSelection();
    /// One image, whatever is selected (the grid's click on a cell's stars, the viewer).
    void rateImage(const QString &id, std::optional<int> rating100);
    /// Asks which files to delete too, then deletes.
    void deleteImages(const QStringList &ids);

Q_SIGNALS:
    /// "Collecting the selection…", "Select images first."
    void statusMessage(const QString &text, int timeoutMs);

private:
    /// Runs `work` with the selection's ids, now or once select-all has collected them.
    void withSelectedIds(std::function<void(const QStringList &)> work);
    void rate(const QStringList &ids, std::optional<int> rating100);

    Session *m_session;
    QWidget *m_window;
};

} // namespace Tessera
