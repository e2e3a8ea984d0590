#include "imagedelegate.h"

#include "imagelistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int kMargin = 4;
constexpr int kLabelHeight = 40;
} // namespace

ImageDelegate::ImageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
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
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, thumbnail);
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
        const QString ratingText = rating.isValid()
                                       ? m_ratingSystem.format(rating.toInt())
                                       : QString();
        QColor gold(230, 170, 20);
        painter->setPen(selected ? text : gold);
        painter->drawText(infoRect, Qt::AlignLeft | Qt::AlignVCenter, ratingText);
        painter->setPen(text);
        QString right;
        const int o = index.data(ImageListModel::OCounterRole).toInt();
        if (o > 0)
            right += QStringLiteral("O %1").arg(o);
        if (index.data(ImageListModel::OrganizedRole).toBool())
            right += right.isEmpty() ? QStringLiteral("✔") : QStringLiteral("  ✔");
        painter->drawText(infoRect, Qt::AlignRight | Qt::AlignVCenter, right);
    }

    if (option.state & QStyle::State_HasFocus) {
        QPen focus(palette.color(QPalette::Highlight), 2);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}
