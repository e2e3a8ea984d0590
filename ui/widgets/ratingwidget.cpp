// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "widgets/ratingwidget.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Tessera {

using namespace Stash;

namespace {

QPainterPath starPath(const QRectF &box)
{
    QPainterPath path;
    const QPointF centre = box.center();
    const double outer = std::min(box.width(), box.height()) / 2.0;
    const double inner = outer * 0.45;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? outer : inner;
        const double angle = -M_PI / 2 + i * M_PI / 5;
        const QPointF point(centre.x() + radius * std::cos(angle),
                            centre.y() + radius * std::sin(angle));
        if (i == 0)
            path.moveTo(point);
        else
            path.lineTo(point);
    }
    path.closeSubpath();
    return path;
}

} // namespace

RatingWidget::RatingWidget(QWidget *parent)
    : QWidget(parent)
    , m_decimal(new QDoubleSpinBox(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Rating"));
    m_decimal->setRange(0.0, 10.0);
    m_decimal->setDecimals(1);
    m_decimal->setSingleStep(0.1);
    m_decimal->setSpecialValueText(tr("unrated"));
    m_decimal->setAccessibleName(tr("Rating"));
    m_decimal->setVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_decimal);
    layout->addStretch();
    connect(m_decimal, &QDoubleSpinBox::editingFinished, this,
            [this] { userSets(m_system.fromDisplay(m_decimal->value())); });
}

void RatingWidget::setRatingSystem(const RatingSystem &system)
{
    m_system = system;
    const bool decimal = system.type == RatingSystem::Type::Decimal;
    m_decimal->setVisible(decimal);
    setFocusProxy(decimal ? m_decimal : nullptr);
    setRating(m_rating);
    updateGeometry();
    update();
}

void RatingWidget::setRating(std::optional<int> rating100)
{
    m_rating = rating100;
    const QSignalBlocker block(m_decimal);
    m_decimal->setValue(rating100 ? m_system.toDisplay(*rating100) : 0.0);
    setAccessibleDescription(rating100 ? m_system.format(rating100) : tr("unrated"));
    update();
}

void RatingWidget::userSets(std::optional<int> rating100)
{
    if (rating100 == m_rating)
        return;
    setRating(rating100);
    Q_EMIT ratingChanged(rating100);
}

double RatingWidget::starWidth() const
{
    return std::min(height(), 28) + 2.0;
}

QSize RatingWidget::sizeHint() const
{
    if (m_system.type == RatingSystem::Type::Decimal)
        return m_decimal->sizeHint();
    return QSize(5 * 26 + 4, 24);
}

std::optional<int> RatingWidget::ratingAt(const RatingSystem &system, double x, double starWidth,
                                          std::optional<int> current)
{
    if (x < 0 || starWidth <= 0)
        return current;
    double stars = x / starWidth;
    const double step = system.step();
    stars = std::clamp(std::ceil(stars / step - 1e-9) * step, step, 5.0);
    const std::optional<int> picked = system.fromDisplay(stars);
    // Clicking the value that is already set clears it, as in Stash's own control.
    if (picked && current && system.toDisplay(*current) == system.toDisplay(*picked))
        return std::nullopt;
    return picked;
}

void RatingWidget::paintStars(QPainter *painter, const QRectF &rect, const RatingSystem &system,
                              std::optional<int> rating100, const QColor &filled,
                              const QColor &empty)
{
    const double width = rect.height() + 2.0;
    const double value = rating100 ? system.toDisplay(*rating100) : 0.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < 5; ++i) {
        const QRectF box(rect.left() + i * width, rect.top(), rect.height(), rect.height());
        const QPainterPath star = starPath(box);
        painter->fillPath(star, empty);
        const double fraction = std::clamp(value - i, 0.0, 1.0);
        if (fraction > 0) {
            painter->save();
            painter->setClipRect(
                QRectF(box.left(), box.top(), box.width() * fraction, box.height()));
            painter->fillPath(star, filled);
            painter->restore();
        }
    }
    painter->restore();
}

void RatingWidget::paintEvent(QPaintEvent *)
{
    if (m_system.type == RatingSystem::Type::Decimal)
        return;
    QPainter painter(this);
    const double size = starWidth() - 2.0;
    const QRectF area(2, (height() - size) / 2, 5 * starWidth(), size);
    const QColor gold(230, 170, 20);
    const QColor empty = palette().color(QPalette::Mid);
    paintStars(&painter, area, m_system, m_hover.has_value() ? m_hover : m_rating,
               m_hover ? gold.lighter(115) : gold, empty);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void RatingWidget::mousePressEvent(QMouseEvent *event)
{
    if (m_system.type == RatingSystem::Type::Decimal || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    userSets(ratingAt(m_system, event->position().x() - 2, starWidth(), m_rating));
    m_hover.reset();
    update();
}

void RatingWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_system.type == RatingSystem::Type::Decimal)
        return;
    const double x = event->position().x() - 2;
    if (x < 0 || x > 5 * starWidth()) {
        m_hover.reset();
    } else {
        std::optional<int> preview = ratingAt(m_system, x, starWidth(), std::nullopt);
        m_hover = preview ? preview : std::optional<int>(0);
    }
    update();
}

void RatingWidget::leaveEvent(QEvent *event)
{
    m_hover.reset();
    update();
    QWidget::leaveEvent(event);
}

void RatingWidget::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    const double step = m_system.step();
    const double current = m_rating ? m_system.toDisplay(*m_rating) : 0.0;
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        const int n = key - Qt::Key_0;
        userSets(m_system.fromDisplay(m_system.type == RatingSystem::Type::Decimal ? n * 2.0 : n));
    } else if (key == Qt::Key_0 || key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        userSets(std::nullopt);
    } else if (key == Qt::Key_Right || key == Qt::Key_Up) {
        userSets(m_system.fromDisplay(std::min(current + step, m_system.maximum())));
    } else if (key == Qt::Key_Left || key == Qt::Key_Down) {
        userSets(m_system.fromDisplay(std::max(current - step, 0.0)));
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Tessera
