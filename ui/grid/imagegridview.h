// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "ochange.h"

#include <QListView>

#include <optional>

class QTimer;

namespace Tessera {

/// The browsable grid: uniform cells (so 100,000 rows lay out in
/// milliseconds), zoom levels, and after every scroll or resize it tells the
/// model which rows are visible plus a read-ahead window, so only those load
/// and only their thumbnails are fetched.
class ImageGridView final : public QListView
{
    Q_OBJECT

public:
    explicit ImageGridView(QWidget *parent = nullptr);

    /// Cell widths of the zoom levels, smallest first.
    static const QList<int> &zoomWidths();
    int zoomLevel() const { return m_zoomLevel; }
    QSize cellSize() const;
    QSize thumbnailSize() const;
    /// Rows visible now: first and last (−1 when none).
    std::pair<int, int> visibleRows() const;

    void setModel(QAbstractItemModel *model) override;
    /// No type-ahead: letters are the grid's shortcuts (E, O, T, …), and
    /// searching is the filter bar's job (Ctrl+F).
    void keyboardSearch(const QString &) override {}

public Q_SLOTS:
    void setZoomLevel(int level);
    void zoomIn() { setZoomLevel(m_zoomLevel + 1); }
    void zoomOut() { setZoomLevel(m_zoomLevel - 1); }

Q_SIGNALS:
    void zoomLevelChanged(int level);
    /// The cells' size changed (zoom or a new viewport width).
    void cellSizeChanged(QSize size);
    /// The rows on screen, after scrolling settles (the model reads ahead).
    void visibleRowsChanged(int firstRow, int lastRow);
    /// Intents from clicks on a cell's stars or O-counter (the view changes nothing itself).
    void ratingRequested(int row, std::optional<int> rating100);
    void oChangeRequested(int row, OChange change);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    /// Makes the first image current (not selected) when there is no current one yet.
    void placeCursorAtStart();
    void scheduleVisibleRowsUpdate();
    void emitVisibleRows();

    int m_zoomLevel = 2;
    QPersistentModelIndex m_pressedInZone; ///< a press on stars or O-counter, handled on release
    QTimer *m_visibleRowsTimer;
};

} // namespace Tessera
