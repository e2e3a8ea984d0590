// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QImage>
#include <QWidget>

namespace Tessera {

/// Paints one image fitted to the widget or zoomed, with panning by drag.
/// Wheel zooms around the cursor; fit and 1:1 are one call each. The pixels
/// may be fewer than the photo's own (a large photo decoded scaled down for
/// fitting): zoom is always in the photo's pixels, and showSharper() puts in
/// more of them without moving the view.
class ImageCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit ImageCanvas(QWidget *parent = nullptr);

    /// Shows `image`, fitted, as a photo of `fullSize` (its own size when empty).
    void setImage(const QImage &image, QSize fullSize = {});
    /// The same photo in more pixels (its full resolution): zoom and pan stay.
    void showSharper(const QImage &image);
    const QImage &image() const { return m_image; }
    QSize fullSize() const { return m_fullSize; }
    /// True when the zoom shows the photo larger than its pixels here allow.
    bool needsMoreDetail() const;
    void setMessage(const QString &message);
    /// A line over the image's lower edge ("Loading full resolution…"); empty hides it.
    void setNote(const QString &note);

    bool isFitted() const { return m_fit; }
    double zoom() const; ///< the effective scale (1.0 = one image pixel per device pixel)

public Q_SLOTS:
    void fitToWindow();
    void actualSize();
    void zoomBy(double factor, QPointF anchor = QPointF(-1, -1));

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    double fitScale() const;
    QRectF targetRect() const;
    void clampPan();

    QImage m_image;
    QSize m_fullSize; ///< the photo's own size; m_image may have fewer pixels
    QString m_message;
    QString m_note;
    bool m_fit = true;
    double m_scale = 1.0;
    QPointF m_pan; ///< offset of the image centre from the widget centre, in device-independent px
    QPoint m_dragStart;
    QPointF m_panAtDragStart;
    bool m_dragging = false;
};

} // namespace Tessera
