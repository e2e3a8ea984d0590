// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "grid/imagegridview.h"

#include "grid/imagedelegate.h"
#include "imagelistmodel.h"
#include "widgets/ratingwidget.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

namespace Tessera {

namespace {
constexpr int kLabelHeight = 40; // title line + rating / O-count line
} // namespace

ImageGridView::ImageGridView(QWidget *parent)
    : QListView(parent)
    , m_visibleRowsTimer(new QTimer(this))
{
    setViewMode(QListView::IconMode);
    setUniformItemSizes(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setLayoutMode(QListView::SinglePass);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionRectVisible(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setWrapping(true);
    setSpacing(0);
    setMouseTracking(true); // hover highlight in the delegate
    setAccessibleName(tr("Images"));
    // Paint what is visible right away; tell the model what to load a moment later.
    m_visibleRowsTimer->setSingleShot(true);
    m_visibleRowsTimer->setInterval(30);
    connect(m_visibleRowsTimer, &QTimer::timeout, this, &ImageGridView::emitVisibleRows);
    setZoomLevel(m_zoomLevel);
}

const QList<int> &ImageGridView::zoomWidths()
{
    static const QList<int> widths = {120, 160, 220, 300, 420};
    return widths;
}

QSize ImageGridView::cellSize() const
{
    // Stretch the zoom level's width so whole columns fill the viewport, as a
    // photo browser does, instead of leaving a ragged gap on the right.
    const int nominal = zoomWidths().at(m_zoomLevel);
    const int available = std::max(viewport()->width() - 1, nominal);
    const int columns = std::max(1, available / nominal);
    const int width = available / columns;
    return QSize(width, width - nominal / 8 + kLabelHeight);
}

QSize ImageGridView::thumbnailSize() const
{
    const QSize cell = cellSize();
    return QSize(cell.width() - 8, cell.height() - kLabelHeight - 8);
}

void ImageGridView::setZoomLevel(int level)
{
    level = std::clamp(level, 0, int(zoomWidths().size()) - 1);
    const QModelIndex anchor = currentIndex().isValid() ? currentIndex() : indexAt(QPoint(4, 4));
    const bool changed = level != m_zoomLevel;
    m_zoomLevel = level;
    setGridSize(cellSize());
    Q_EMIT cellSizeChanged(cellSize());
    if (anchor.isValid())
        scrollTo(anchor, QAbstractItemView::PositionAtCenter);
    scheduleVisibleRowsUpdate();
    if (changed)
        Q_EMIT zoomLevelChanged(level);
}

void ImageGridView::setModel(QAbstractItemModel *model)
{
    QListView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this,
            &ImageGridView::scheduleVisibleRowsUpdate);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            &ImageGridView::scheduleVisibleRowsUpdate);
    connect(model, &QAbstractItemModel::modelReset, this, &ImageGridView::placeCursorAtStart);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ImageGridView::placeCursorAtStart);
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            &ImageGridView::scheduleVisibleRowsUpdate);
    scheduleVisibleRowsUpdate();
}

void ImageGridView::placeCursorAtStart()
{
    // Without a current image, the first key (End, Page Down, an arrow) would only
    // make the first image current and select it. With the first one current but
    // not selected, the first key moves as it says.
    if (!selectionModel() || currentIndex().isValid() || model()->rowCount() == 0)
        return;
    selectionModel()->setCurrentIndex(model()->index(0, 0), QItemSelectionModel::NoUpdate);
}

std::pair<int, int> ImageGridView::visibleRows() const
{
    if (!model() || model()->rowCount() == 0)
        return {-1, -1};
    // Uniform cells: the corners of the viewport give the range without
    // touching any other row.
    const QRect area = viewport()->rect();
    const QSize grid = gridSize();
    QModelIndex first = indexAt(QPoint(grid.width() / 2, grid.height() / 4));
    if (!first.isValid())
        first = indexAt(QPoint(grid.width() / 2, grid.height() / 2));
    int last = -1;
    for (int x = area.right() - 1; x > 0 && last < 0; x -= grid.width() / 2) {
        const QModelIndex index = indexAt(QPoint(x, area.bottom() - 2));
        if (index.isValid())
            last = index.row();
    }
    if (last < 0) // the last row of cells is not full
        last = model()->rowCount() - 1;
    return {first.isValid() ? first.row() : 0, last};
}

void ImageGridView::scheduleVisibleRowsUpdate()
{
    m_visibleRowsTimer->start();
}

void ImageGridView::emitVisibleRows()
{
    const auto [first, last] = visibleRows();
    if (first < 0)
        return;
    // The model adds the read-ahead and asks for the thumbnails itself.
    Q_EMIT visibleRowsChanged(first, last);
}

void ImageGridView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoomLevel(m_zoomLevel + (steps > 0 ? 1 : -1));
        event->accept();
        return;
    }
    QListView::wheelEvent(event);
}

void ImageGridView::resizeEvent(QResizeEvent *event)
{
    QListView::resizeEvent(event);
    if (gridSize() != cellSize()) {
        // A new column count moves every row: keep the current image in view.
        const QModelIndex current = currentIndex();
        setGridSize(cellSize());
        if (current.isValid())
            scrollTo(current, QAbstractItemView::EnsureVisible);
        Q_EMIT cellSizeChanged(cellSize());
    }
    scheduleVisibleRowsUpdate();
}

void ImageGridView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    scheduleVisibleRowsUpdate();
}

void ImageGridView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const auto *delegate = qobject_cast<ImageDelegate *>(itemDelegate());
    m_pressedInZone = QPersistentModelIndex();
    if (delegate && index.isValid() && event->button() == Qt::LeftButton &&
        index.data(ImageListModel::LoadedRole).toBool() &&
        delegate->zoneAt(visualRect(index), event->position().toPoint()) !=
            ImageDelegate::Zone::None) {
        // A click on the stars or the O-counter acts on that image and leaves
        // the selection as it is.
        m_pressedInZone = index;
        event->accept();
        return;
    }
    QListView::mousePressEvent(event);
}

void ImageGridView::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    const auto *delegate = qobject_cast<ImageDelegate *>(itemDelegate());
    if (!m_pressedInZone.isValid() || index != m_pressedInZone || !delegate) {
        m_pressedInZone = QPersistentModelIndex();
        QListView::mouseReleaseEvent(event);
        return;
    }
    m_pressedInZone = QPersistentModelIndex();
    const QRect cell = visualRect(index);
    const QPoint pos = event->position().toPoint();
    switch (delegate->zoneAt(cell, pos)) {
    case ImageDelegate::Zone::Stars: {
        const QRectF stars = ImageDelegate::starsRect(cell);
        const QVariant current = index.data(ImageListModel::Rating100Role);
        Q_EMIT ratingRequested(
            index.row(),
            RatingWidget::ratingAt(
                delegate->ratingSystem(), pos.x() - stars.left(), stars.height() + 2,
                current.isValid() ? std::optional<int>(current.toInt()) : std::nullopt));
        break;
    }
    case ImageDelegate::Zone::OCounter:
        Q_EMIT oChangeRequested(index.row(), (event->modifiers() & Qt::ShiftModifier)
                                                 ? OChange::Decrement
                                                 : OChange::Increment);
        break;
    case ImageDelegate::Zone::None:
        break;
    }
    event->accept();
}

} // namespace Tessera
