// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QItemSelectionModel;
namespace Stash {
class Error;
class StashClient;
} // namespace Stash

namespace Tessera {

class ImageListModel;
class SelectionIdCollector;

/// Which images are selected, for everyone who acts on "the selection": the
/// rows of the grid (a QItemSelectionModel the grid shares), and after
/// selectAll() every id of the result, collected from the server in the
/// background because most rows are not loaded. Work asked for while the ids
/// are collected waits for them; when the selection changes meanwhile, the
/// collection and the waiting work are dropped.
class Selection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Selection)

public:
    /// `images` and `client` must outlive the selection.
    Selection(ImageListModel *images, Stash::StashClient *client, QObject *parent = nullptr);
    ~Selection() override;

    /// The rows; a view shows them with setSelectionModel().
    QItemSelectionModel *rows() const { return m_rows; }
    /// Collects the ids of select-all (tests tune its page size).
    SelectionIdCollector *collector() const { return m_collector; }

    /// Selects every row of the result, loaded or not, and starts collecting their ids.
    void selectAll();
    /// Drops the selection, the collected ids and the waiting work (a change of server).
    void reset();

    /// Selected rows, loaded or not.
    int count() const;
    /// The whole result is selected and its ids are still being collected.
    bool isCollecting() const;
    /// The selected ids (every one after select-all), or nullopt while they are collected.
    std::optional<QStringList> ids() const;
    /// The collected ids once select-all has them, else the selected loaded rows' ids.
    QStringList currentIds() const;
    /// When withIds() runs its work.
    enum class Run {
        Now,   ///< it ran with the selected ids
        Later, ///< it waits for select-all's ids (dropped if the selection changes first)
        Never, ///< nothing is selected
    };
    /// Runs `work` with the selected ids, now or once select-all has collected them.
    Run withIds(std::function<void(const QStringList &)> work);

Q_SIGNALS:
    /// The selected rows or ids changed, or the collection of the ids ended.
    void changed();
    /// Select-all collected `done` of `total` ids.
    void collecting(int done, int total);
    /// Select-all could not collect the ids; waiting work is dropped.
    void collectFailed(const Stash::Error &error);

private:
    void onRowsChanged();

    ImageListModel *m_images;
    QItemSelectionModel *m_rows;
    SelectionIdCollector *m_collector;
    QStringList m_allIds; ///< from select-all; valid while the whole result stays selected
    bool m_allSelected = false;
    QList<std::function<void(const QStringList &)>> m_waiting;
};

} // namespace Tessera
