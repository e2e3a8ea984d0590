// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "ratingsystem.h"

#include <QStyledItemDelegate>

namespace Tessera {

/// Paints one grid cell: the thumbnail (aspect kept) or a placeholder / broken
/// mark, the title or file name, the rating in the server's rating system,
/// the O-count and an organized mark. It only reads the model's roles.
class ImageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ImageDelegate(QObject *parent = nullptr);

    void setRatingSystem(const Stash::RatingSystem &system) { m_ratingSystem = system; }
    void setCellSize(QSize size) { m_cellSize = size; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Where the thumbnail goes inside a cell.
    static QRect thumbnailRect(const QRect &cell);
    /// The clickable stars (stars mode) and the O-counter of a cell.
    static QRectF starsRect(const QRect &cell);
    static QRect oCounterRect(const QRect &cell);

    enum class Zone { None, Stars, OCounter };
    Zone zoneAt(const QRect &cell, const QPoint &pos) const;
    const Stash::RatingSystem &ratingSystem() const { return m_ratingSystem; }

private:
    Stash::RatingSystem m_ratingSystem;
    QSize m_cellSize{220, 260};
};

} // namespace Tessera
