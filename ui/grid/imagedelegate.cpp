// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "grid/imagedelegate.h"

#include "imagelistmodel.h"
#include "widgets/ratingwidget.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace Tessera {

namespace {
constexpr int kMargin = 4;
constexpr int kLabelHeight = 40;
} // namespace

ImageDelegate::ImageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    // Room for a few screens of scaled cells (Qt's default is 10 MiB).
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 32 * 1024));
}

QSize ImageDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return m_cellSize;
}

QRect ImageDelegate::thumbnailRect(const QRect &cell)
{
    return QRect(cell.left() + kMargin, cell.top() + kMargin, cell.width() - 2 * kMargin,
                 cell.height() - kLabelHeight - 2 * kMargin);
}

QRectF ImageDelegate::starsRect(const QRect &cell)
{
    const double size = 14;
    const double top = cell.bottom() - kLabelHeight / 4.0 - size / 2 - 1;
    return QRectF(cell.left() + kMargin, top, 5 * (size + 2), size);
}

QRect ImageDelegate::oCounterRect(const QRect &cell)
{
    const int width = 52;
    return QRect(cell.right() - kMargin - width, cell.bottom() - kLabelHeight / 2, width,
                 kLabelHeight / 2);
}

ImageDelegate::Zone ImageDelegate::zoneAt(const QRect &cell, const QPoint &pos) const
{
    if (m_ratingSystem.type == Stash::RatingSystem::Type::Stars &&
        starsRect(cell).adjusted(-2, -3, 2, 3).contains(pos))
        return Zone::Stars;
    if (oCounterRect(cell).contains(pos))
        return Zone::OCounter;
    return Zone::None;
}

void ImageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QRect cell = option.rect;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    painter->save();

    if (selected)
        painter->fillRect(cell.adjusted(1, 1, -1, -1), palette.color(QPalette::Highlight));
    else if (hovered)
        painter->fillRect(cell.adjusted(1, 1, -1, -1), palette.color(QPalette::AlternateBase));

    const QRect thumbArea = thumbnailRect(cell);
    const QImage thumbnail = index.data(ImageListModel::ThumbnailRole).value<QImage>();
    if (!thumbnail.isNull()) {
        QSizeF size = QSizeF(thumbnail.size()) / thumbnail.devicePixelRatio();
        size.scale(QSizeF(thumbArea.size()), Qt::KeepAspectRatio);
        const QRectF target(thumbArea.center().x() - size.width() / 2 + 0.5,
                            thumbArea.center().y() - size.height() / 2 + 0.5, size.width(),
                            size.height());
        // Scale once per thumbnail and cell size, not on every paint: a plain
        // blit keeps scrolling frames short.
        const qreal dpr = painter->device()->devicePixelRatioF();
        const QSize pixels = (target.size() * dpr).toSize();
        const QString key = QStringLiteral("tessera-cell-%1-%2x%3")
                                .arg(thumbnail.cacheKey())
                                .arg(pixels.width())
                                .arg(pixels.height());
        QPixmap scaled;
        if (!QPixmapCache::find(key, &scaled)) {
            scaled = QPixmap::fromImage(
                thumbnail.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            scaled.setDevicePixelRatio(dpr);
            QPixmapCache::insert(key, scaled);
        }
        painter->drawPixmap(target.topLeft(), scaled);
    } else if (index.data(ImageListModel::ThumbnailBrokenRole).toBool()) {
        painter->fillRect(thumbArea, palette.color(QPalette::Mid));
        QPen pen(QColor(200, 60, 60), 3);
        painter->setPen(pen);
        const QRect mark(thumbArea.center() - QPoint(16, 16), QSize(32, 32));
        painter->drawRect(mark);
        painter->drawLine(mark.topLeft(), mark.bottomRight());
        painter->drawLine(mark.topRight(), mark.bottomLeft());
    } else {
        // Placeholder while loading: a quiet box, the same for loaded and unloaded rows.
        painter->fillRect(thumbArea, palette.color(QPalette::Midlight));
    }

    if (index.data(ImageListModel::PendingRole).toBool()) {
        // On its way to the server: a small badge in the thumbnail's corner
        // until the server confirmed the change.
        const QRect badge(thumbArea.right() - 15, thumbArea.top() + 4, 12, 12);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(255, 255, 255, 220), 2));
        painter->setBrush(QColor(40, 120, 220));
        painter->drawEllipse(badge);
        painter->setPen(QPen(Qt::white, 1.5));
        const QPoint centre = badge.center() + QPoint(1, 1);
        painter->drawLine(centre, centre - QPoint(0, 4)); // a clock's hands
        painter->drawLine(centre, centre + QPoint(3, 0));
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
    }

    const bool loaded = index.data(ImageListModel::LoadedRole).toBool();
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->setPen(text);
    const QRect titleRect(cell.left() + kMargin, thumbArea.bottom() + 2, cell.width() - 2 * kMargin,
                          kLabelHeight / 2);
    const QString title = loaded ? index.data(ImageListModel::TitleRole).toString() : QString();
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(title, Qt::ElideMiddle, titleRect.width()));

    if (loaded) {
        const QRect infoRect = titleRect.translated(0, kLabelHeight / 2);
        const QVariant rating = index.data(ImageListModel::Rating100Role);
        const std::optional<int> rating100 =
            rating.isValid() ? std::optional<int>(rating.toInt()) : std::nullopt;
        const QColor gold(230, 170, 20);
        if (m_ratingSystem.type == Stash::RatingSystem::Type::Stars) {
            // Empty stars only on hover or selection: a full grid of grey stars is noise.
            const QColor empty =
                (hovered || selected) ? palette.color(QPalette::Mid) : QColor(Qt::transparent);
            RatingWidget::paintStars(painter, starsRect(cell), m_ratingSystem, rating100,
                                     selected ? text : gold, empty);
        } else {
            painter->setPen(selected ? text : gold);
            painter->drawText(infoRect, Qt::AlignLeft | Qt::AlignVCenter,
                              m_ratingSystem.format(rating100));
        }
        painter->setPen(text);
        QString right;
        const int o = index.data(ImageListModel::OCounterRole).toInt();
        if (o > 0 || hovered)
            right += QStringLiteral("O %1").arg(o);
        if (index.data(ImageListModel::OrganizedRole).toBool())
            right = QStringLiteral("✔  ") + right;
        if (hovered) {
            const QRect button = oCounterRect(cell).adjusted(0, 2, 0, -2);
            painter->setPen(palette.color(QPalette::Mid));
            painter->drawRoundedRect(button, 3, 3);
            painter->setPen(text);
        }
        painter->drawText(infoRect.adjusted(0, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter, right);
    }

    if (option.state & QStyle::State_HasFocus) {
        QPen focus(palette.color(QPalette::Highlight), 2);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

} // namespace Tessera
