#include "imageviewer.h"

#include "fullimageloader.h"
#include "imagecanvas.h"
#include "imagelistmodel.h"
#include "imagestore.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Stash;

ImageViewer::ImageViewer(ImageListModel *model, ImageStore *store, FullImageLoader *loader,
                         QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(model)
    , m_store(store)
    , m_loader(loader)
    , m_canvas(new ImageCanvas(this))
    , m_title(new QLabel(this))
    , m_info(new QLabel(this))
    , m_slideshowButton(new QToolButton(this))
    , m_slideshow(new QTimer(this))
{
    setWindowTitle(tr("Tessera viewer"));
    setAccessibleName(tr("Image viewer"));
    setFocusPolicy(Qt::StrongFocus);
    m_slideshow->setInterval(5000); // Stash's lightbox default
    connect(m_slideshow, &QTimer::timeout, this, &ImageViewer::next);

    auto makeButton = [this](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QToolButton::clicked, this, slot);
        return button;
    };
    m_slideshowButton->setText(tr("▶ Slideshow"));
    m_slideshowButton->setToolTip(tr("Slideshow (S)"));
    m_slideshowButton->setFocusPolicy(Qt::NoFocus);
    connect(m_slideshowButton, &QToolButton::clicked, this, &ImageViewer::toggleSlideshow);

    auto *bar = new QHBoxLayout;
    bar->addWidget(makeButton(tr("◀"), tr("Previous (Left)"), &ImageViewer::previous));
    bar->addWidget(makeButton(tr("▶"), tr("Next (Right)"), &ImageViewer::next));
    bar->addWidget(m_title, 1);
    bar->addWidget(m_info);
    bar->addWidget(makeButton(tr("Fit"), tr("Fit to window (Ctrl+0)"),
                              [this] { m_canvas->fitToWindow(); }));
    bar->addWidget(makeButton(tr("1:1"), tr("Actual size (Ctrl+1)"),
                              [this] { m_canvas->actualSize(); }));
    bar->addWidget(m_slideshowButton);
    bar->addWidget(makeButton(tr("⛶"), tr("Full screen (F11)"), &ImageViewer::toggleFullScreen));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(bar);
    resize(1200, 850);

    connect(m_loader, &FullImageLoader::imageReady, this, [this](const QString &id) {
        if (id == m_id)
            refresh();
    });
    connect(m_loader, &FullImageLoader::imageFailed, this,
            [this](const QString &id, const Error &error) {
                if (id == m_id)
                    m_canvas->setMessage(tr("This image could not be shown: %1").arg(error.message()));
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImageViewer::onRowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { close(); });
    connect(m_store, &ImageStore::imagesChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_id))
            updateInfo();
    });
}

void ImageViewer::setRatingSystem(const RatingSystem &system)
{
    m_ratingSystem = system;
    updateInfo();
}

void ImageViewer::setSlideshowInterval(int milliseconds)
{
    m_slideshow->setInterval(milliseconds);
}

bool ImageViewer::isSlideshowRunning() const
{
    return m_slideshow->isActive();
}

void ImageViewer::showRow(int row)
{
    const int count = m_model->rowCount();
    if (count == 0 || row < 0 || row >= count)
        return;
    m_row = row;
    m_id.clear();
    if (!m_model->isRowLoaded(row))
        m_model->ensureLoaded(std::max(0, row - 2), std::min(count - 1, row + 2));
    refresh();
    Q_EMIT currentRowChanged(row);
}

void ImageViewer::next()
{
    if (m_row + 1 < m_model->rowCount())
        showRow(m_row + 1);
    else if (m_slideshow->isActive())
        showRow(0); // a slideshow goes round
}

void ImageViewer::previous()
{
    if (m_row > 0)
        showRow(m_row - 1);
}

void ImageViewer::refresh()
{
    m_id = m_model->idAt(m_row);
    if (m_id.isEmpty()) {
        m_canvas->setMessage(tr("Loading…"));
        updateInfo();
        return;
    }
    const Image *image = m_store->find(m_id);
    const QImage full = m_loader->cached(m_id);
    if (!full.isNull()) {
        if (full.cacheKey() != m_canvas->image().cacheKey())
            m_canvas->setImage(full);
    } else if (image) {
        m_canvas->setMessage(tr("Loading…"));
        m_loader->load(m_id, image->paths.image);
    }
    updateInfo();
    prefetchNeighbours();
}

void ImageViewer::prefetchNeighbours()
{
    QList<QString> keep{m_id};
    for (int row : {m_row + 1, m_row - 1}) {
        const QString id = m_model->idAt(row);
        if (id.isEmpty())
            continue;
        keep.append(id);
        if (const Image *image = m_store->find(id))
            m_loader->prefetch(id, image->paths.image);
    }
    m_loader->cancelExcept(keep);
}

void ImageViewer::updateInfo()
{
    const Image *image = m_id.isEmpty() ? nullptr : m_store->find(m_id);
    const QString position = tr("%L1 of %L2").arg(m_row + 1).arg(m_model->rowCount());
    if (!image) {
        m_title->setText(position);
        m_info->clear();
        return;
    }
    m_title->setText(QStringLiteral("%1   —   %2").arg(image->displayTitle(), position));
    QStringList info;
    const QString rating = m_ratingSystem.format(image->rating100);
    info.append(rating.isEmpty() ? tr("unrated") : rating);
    info.append(tr("O %1").arg(image->oCounter));
    if (const VisualFile *file = image->primaryFile())
        info.append(QStringLiteral("%1×%2").arg(file->width).arg(file->height));
    m_info->setText(info.join(QStringLiteral("   ")));
    setWindowTitle(tr("%1 — Tessera").arg(image->displayTitle()));
}

void ImageViewer::onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_row >= topLeft.row() && m_row <= bottomRight.row() && m_id.isEmpty())
        refresh();
}

void ImageViewer::toggleSlideshow()
{
    if (m_slideshow->isActive()) {
        m_slideshow->stop();
        m_slideshowButton->setText(tr("▶ Slideshow"));
    } else {
        m_slideshow->start();
        m_slideshowButton->setText(tr("⏸ Slideshow"));
    }
}

void ImageViewer::toggleFullScreen()
{
    setWindowState(windowState() ^ Qt::WindowFullScreen);
}

void ImageViewer::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        showRow(0);
        break;
    case Qt::Key_End:
        showRow(m_model->rowCount() - 1);
        break;
    case Qt::Key_Escape:
        if (windowState() & Qt::WindowFullScreen)
            toggleFullScreen();
        else
            close();
        break;
    case Qt::Key_F11:
    case Qt::Key_F:
        toggleFullScreen();
        break;
    case Qt::Key_S:
        toggleSlideshow();
        break;
    case Qt::Key_0:
        if (ctrl)
            m_canvas->fitToWindow();
        break;
    case Qt::Key_1:
        if (ctrl)
            m_canvas->actualSize();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_canvas->zoomBy(1.25);
        break;
    case Qt::Key_Minus:
        m_canvas->zoomBy(0.8);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ImageViewer::closeEvent(QCloseEvent *event)
{
    m_slideshow->stop();
    m_slideshowButton->setText(tr("▶ Slideshow"));
    m_loader->cancelExcept({});
    QWidget::closeEvent(event);
}
