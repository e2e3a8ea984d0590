// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "viewer/imagecanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Tessera {

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::NoFocus);
    setMouseTracking(false);
}

void ImageCanvas::setImage(const QImage &image, QSize fullSize)
{
    m_image = image;
    m_fullSize = fullSize.isValid() ? fullSize : image.size();
    m_message.clear();
    m_note.clear();
    fitToWindow();
}

void ImageCanvas::showSharper(const QImage &image)
{
    if (m_image.isNull() || image.isNull())
        return;
    m_image = image;
    update();
}

bool ImageCanvas::needsMoreDetail() const
{
    if (m_image.isNull() || m_image.width() >= m_fullSize.width())
        return false;
    // At zoom z one photo pixel covers z device pixels; a little blur is
    // not worth a full decode.
    return m_fullSize.width() * zoom() > m_image.width() * 1.1;
}

void ImageCanvas::setMessage(const QString &message)
{
    m_message = message;
    m_note.clear();
    m_image = QImage();
    m_fullSize = {};
    update();
}

void ImageCanvas::setNote(const QString &note)
{
    if (note == m_note)
        return;
    m_note = note;
    update();
}

double ImageCanvas::fitScale() const
{
    if (m_image.isNull() || width() <= 0 || height() <= 0)
        return 1.0;
    const QSizeF logical = QSizeF(m_fullSize) / devicePixelRatioF();
    // Never blow small images up when fitting; it only blurs them.
    return std::min({1.0, width() / logical.width(), height() / logical.height()});
}

double ImageCanvas::zoom() const
{
    return m_fit ? fitScale() : m_scale;
}

void ImageCanvas::fitToWindow()
{
    m_fit = true;
    m_pan = {};
    update();
    Q_EMIT zoomChanged(zoom());
}

void ImageCanvas::actualSize()
{
    m_fit = false;
    m_scale = 1.0;
    clampPan();
    update();
    Q_EMIT zoomChanged(zoom());
}

void ImageCanvas::zoomBy(double factor, QPointF anchor)
{
    if (m_image.isNull())
        return;
    if (anchor.x() < 0)
        anchor = QPointF(width() / 2.0, height() / 2.0);
    const double before = zoom();
    const double after = std::clamp(before * factor, 0.05, 16.0);
    // Keep the image point under the anchor where it is.
    const QPointF centre(width() / 2.0, height() / 2.0);
    const QPointF fromCentre = anchor - centre - m_pan;
    m_pan -= fromCentre * (after / before - 1.0);
    m_fit = false;
    m_scale = after;
    clampPan();
    update();
    Q_EMIT zoomChanged(after);
}

QRectF ImageCanvas::targetRect() const
{
    const QSizeF logical = QSizeF(m_fullSize) / devicePixelRatioF() * zoom();
    const QPointF centre = QPointF(width() / 2.0, height() / 2.0) + (m_fit ? QPointF() : m_pan);
    return QRectF(centre - QPointF(logical.width() / 2, logical.height() / 2), logical);
}

void ImageCanvas::clampPan()
{
    const QSizeF logical = QSizeF(m_fullSize) / devicePixelRatioF() * zoom();
    const double maxX = std::max(0.0, (logical.width() - width()) / 2);
    const double maxY = std::max(0.0, (logical.height() - height()) / 2);
    m_pan.setX(std::clamp(m_pan.x(), -maxX, maxX));
    m_pan.setY(std::clamp(m_pan.y(), -maxY, maxY));
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 24));
    if (m_image.isNull()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    // Smooth when shrinking, and when stretching fewer pixels than the photo
    // has while its full resolution is on its way; sharp pixels at real zoom.
    const double pixelScale = zoom() * m_fullSize.width() / std::max(1, m_image.width());
    painter.setRenderHint(QPainter::SmoothPixmapTransform,
                          pixelScale < 1.0 || m_image.size() != m_fullSize);
    painter.drawImage(targetRect(), m_image);
    if (!m_note.isEmpty()) {
        const QRect band(0, height() - 28, width(), 28);
        painter.fillRect(band, QColor(0, 0, 0, 170));
        painter.setPen(QColor(230, 230, 230));
        painter.drawText(band.adjusted(10, 0, -10, 0), Qt::AlignVCenter | Qt::AlignLeft, m_note);
    }
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_fit) {
        m_dragging = true;
        m_dragStart = event->position().toPoint();
        m_panAtDragStart = m_pan;
        setCursor(Qt::ClosedHandCursor);
    }
    QWidget::mousePressEvent(event);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_pan = m_panAtDragStart + QPointF(event->position().toPoint() - m_dragStart);
        clampPan();
        update();
    }
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    unsetCursor();
    QWidget::mouseReleaseEvent(event);
}

void ImageCanvas::resizeEvent(QResizeEvent *event)
{
    clampPan();
    QWidget::resizeEvent(event);
}

} // namespace Tessera
