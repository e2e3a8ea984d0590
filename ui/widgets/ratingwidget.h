// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "ratingsystem.h"

#include <QWidget>

#include <optional>

class QDoubleSpinBox;

namespace Tessera {

/// The one rating control (viewer, dialogs): stars at the server's precision,
/// or a decimal 0.0–10.0 box, always storing rating100. Clicking the current
/// star value again clears it; 0 (or Delete) clears. Clearing is nullopt,
/// never 0, because Stash treats 0 as a rating, not as "unrated".
class RatingWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RatingWidget(QWidget *parent = nullptr);

    void setRatingSystem(const Stash::RatingSystem &system);
    const Stash::RatingSystem &ratingSystem() const { return m_system; }
    void setRating(std::optional<int> rating100);
    std::optional<int> rating() const { return m_rating; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

    /// rating100 for a click at `x` over stars drawn `starWidth` apart (pure: for the grid too).
    static std::optional<int> ratingAt(const Stash::RatingSystem &system, double x,
                                       double starWidth, std::optional<int> current);
    /// Paints stars for `rating100` into `rect` (shared with the grid's cells).
    static void paintStars(QPainter *painter, const QRectF &rect, const Stash::RatingSystem &system,
                           std::optional<int> rating100, const QColor &filled, const QColor &empty);

Q_SIGNALS:
    /// The user changed the rating (not emitted by setRating()).
    void ratingChanged(std::optional<int> rating100);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void userSets(std::optional<int> rating100);
    double starWidth() const;

    Stash::RatingSystem m_system;
    std::optional<int> m_rating;
    std::optional<int> m_hover; ///< what a click would set, shown while hovering
    QDoubleSpinBox *m_decimal;
};

} // namespace Tessera
