// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "ratingsystem.h"

#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace Tessera {

class FullImageLoader;
class ImageCanvas;
class ImageEditor;
class OCounterButton;
class RatingWidget;
class Session;
class ImageListModel;
class ImageStore;

/// The full-size viewer over the grid's whole result: previous/next go past
/// the loaded rows (the model loads them), neighbours are prefetched, zoom
/// (wheel, 1:1, fit), pan, slideshow and full screen. Esc closes.
class ImageViewer final : public QWidget
{
    Q_OBJECT

public:
    /// Shows the session's images; ratings and O-counter changes go through its editor.
    explicit ImageViewer(Session *session, QWidget *parent = nullptr);

    void setRatingSystem(const Stash::RatingSystem &system);
    /// After a rating key, move on to the next image.
    void setAdvanceAfterRating(bool advance) { m_advanceAfterRating = advance; }
    bool advanceAfterRating() const { return m_advanceAfterRating; }
    RatingWidget *ratingWidget() const { return m_rating; }
    OCounterButton *oCounterButton() const { return m_oCounter; }
    void setSlideshowInterval(int milliseconds);
    int currentRow() const { return m_row; }
    QString currentId() const { return m_id; }
    bool isSlideshowRunning() const;
    ImageCanvas *canvas() const { return m_canvas; }

public Q_SLOTS:
    void showRow(int row);
    void next();
    void previous();
    void toggleSlideshow();
    void toggleFullScreen();

Q_SIGNALS:
    /// The viewer moved to another row (the grid follows it).
    void currentRowChanged(int row);
    void editRequested(int row);
    void deleteRequested(int row);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    void updateInfo();
    void prefetchNeighbours();
    /// Zoomed past what the pixels shown allow: the photo's full resolution.
    void loadDetailIfNeeded();
    void onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void rate(std::optional<int> rating100);

    ImageListModel *m_model;
    ImageStore *m_store;
    FullImageLoader *m_loader;
    ImageEditor *m_editor;
    Stash::RatingSystem m_ratingSystem;
    ImageCanvas *m_canvas;
    QLabel *m_title;
    QLabel *m_info;
    QToolButton *m_slideshowButton;
    RatingWidget *m_rating;
    OCounterButton *m_oCounter;
    bool m_advanceAfterRating = false;
    QTimer *m_slideshow;
    int m_row = -1;
    QString m_id;
    QString m_canvasId;       ///< the image the canvas shows (zoomed, maybe sharpened) or empty
    QString m_detailFailedId; ///< its full resolution failed: not asked again while shown
};

} // namespace Tessera
