#pragma once

#include "ratingsystem.h"

#include <QWidget>

class FullImageLoader;
class ImageCanvas;
class ImageListModel;
class ImageStore;
class QLabel;
class QTimer;
class QToolButton;

/// The full-size viewer over the grid's whole result: previous/next go past
/// the loaded rows (the model loads them), neighbours are prefetched, zoom
/// (wheel, 1:1, fit), pan, slideshow and full screen. Esc closes.
class ImageViewer final : public QWidget
{
    Q_OBJECT

public:
    ImageViewer(ImageListModel *model, ImageStore *store, FullImageLoader *loader,
                QWidget *parent = nullptr);

    void setRatingSystem(const Stash::RatingSystem &system);
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

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    void updateInfo();
    void prefetchNeighbours();
    void onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    ImageListModel *m_model;
    ImageStore *m_store;
    FullImageLoader *m_loader;
    Stash::RatingSystem m_ratingSystem;
    ImageCanvas *m_canvas;
    QLabel *m_title;
    QLabel *m_info;
    QToolButton *m_slideshowButton;
    QTimer *m_slideshow;
    int m_row = -1;
    QString m_id;
};
