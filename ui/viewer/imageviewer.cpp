// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "viewer/imageviewer.h"
#include "widgets/plaintext.h"

#include "fullimageloader.h"
#include "viewer/imagecanvas.h"
#include "imagelistmodel.h"
#include "imageeditor.h"
#include "imagestore.h"
#include "session.h"
#include "widgets/ocounterbutton.h"
#include "widgets/ratingwidget.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

ImageViewer::ImageViewer(Session *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_model(session->images())
    , m_store(session->store())
    , m_loader(session->fullImages())
    , m_editor(session->editor())
    , m_canvas(new ImageCanvas(this))
    , m_title(plainLabel(new QLabel(this)))
    , m_info(plainLabel(new QLabel(this)))
    , m_slideshowButton(new QToolButton(this))
    , m_rating(new RatingWidget(this))
    , m_oCounter(new OCounterButton(this))
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
    bar->addWidget(m_rating);
    bar->addWidget(m_oCounter);
    bar->addWidget(m_info);
    bar->addWidget(
        makeButton(tr("Fit"), tr("Fit to window (Ctrl+0)"), [this] { m_canvas->fitToWindow(); }));
    bar->addWidget(
        makeButton(tr("1:1"), tr("Actual size (Ctrl+1)"), [this] { m_canvas->actualSize(); }));
    bar->addWidget(m_slideshowButton);
    bar->addWidget(
        makeButton(tr("Full screen"), tr("Full screen (F11)"), &ImageViewer::toggleFullScreen));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(bar);
    resize(1200, 850);

    m_rating->setFocusPolicy(Qt::NoFocus); // the viewer's own keys rate
    m_oCounter->setFocusPolicy(Qt::NoFocus);
    connect(m_rating, &RatingWidget::ratingChanged, this, &ImageViewer::rate);
    connect(m_oCounter, &OCounterButton::changeRequested, this, [this](OChange change) {
        if (m_editor && !m_id.isEmpty())
            m_editor->changeO(m_id, change);
    });
    connect(m_loader, &FullImageLoader::imageReady, this, [this](const QString &id) {
        if (id == m_id)
            refresh();
    });
    connect(m_loader, &FullImageLoader::imageFailed, this,
            [this](const QString &id, const Error &error) {
                if (id != m_id)
                    return;
                m_canvasId.clear();
                m_canvas->setMessage(tr("This image could not be shown: %1").arg(error.message()));
            });
    connect(m_canvas, &ImageCanvas::zoomChanged, this, &ImageViewer::loadDetailIfNeeded);
    connect(m_loader, &FullImageLoader::fullResolutionReady, this, [this](const QString &id) {
        if (id == m_id && m_canvasId == m_id)
            loadDetailIfNeeded();
    });
    connect(m_loader, &FullImageLoader::fullResolutionFailed, this,
            [this](const QString &id, const Error &error) {
                if (id != m_id || m_canvasId != m_id)
                    return;
                m_detailFailedId = id;
                m_canvas->setNote(tr("Shown at a reduced size: %1").arg(error.message()));
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImageViewer::onRowsChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { close(); });
    connect(m_store, &ImageStore::imagesChanged, this, [this](const QStringList &ids) {
        if (ids.contains(m_id))
            updateInfo();
    });
}

void ImageViewer::rate(std::optional<int> rating100)
{
    const Image *image = m_id.isEmpty() ? nullptr : m_store->find(m_id);
    if (!m_editor || !image)
        return;
    const QString text =
        rating100 ? tr("Rate %1 %2").arg(image->displayTitle(), m_ratingSystem.format(rating100))
                  : tr("Clear rating of %1").arg(image->displayTitle());
    m_editor->setRating({m_id}, rating100, text);
    if (m_advanceAfterRating)
        next();
}

void ImageViewer::setRatingSystem(const RatingSystem &system)
{
    m_ratingSystem = system;
    m_rating->setRatingSystem(system);
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
    // The grid releases images scrolled far away; the one shown here stays.
    m_store->setPinned(this, m_id.isEmpty() ? QStringList() : QStringList{m_id});
    if (m_id.isEmpty()) {
        m_canvasId.clear();
        m_canvas->setMessage(tr("Loading…"));
        updateInfo();
        return;
    }
    const Image *image = m_store->find(m_id);
    const QImage shown = m_loader->cached(m_id);
    if (!shown.isNull()) {
        if (m_canvasId != m_id) { // else it is there, maybe zoomed and sharpened
            m_canvasId = m_id;
            m_detailFailedId.clear();
            m_canvas->setImage(shown, m_loader->fullSize(m_id));
        }
    } else {
        m_canvasId.clear();
        m_canvas->setMessage(tr("Loading…")); // without an image, a released row's page comes
        if (image)
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

void ImageViewer::loadDetailIfNeeded()
{
    if (m_id.isEmpty() || m_canvasId != m_id || m_detailFailedId == m_id ||
        !m_canvas->needsMoreDetail())
        return;
    const QImage full = m_loader->fullResolution(m_id);
    if (!full.isNull()) {
        m_canvas->showSharper(full);
        m_canvas->setNote({});
        return;
    }
    const QSize size = m_canvas->fullSize();
    m_canvas->setNote(
        tr("Loading the full resolution (%1 × %2)…").arg(size.width()).arg(size.height()));
    m_loader->loadFullResolution(m_id);
}

void ImageViewer::updateInfo()
{
    const Image *image = m_id.isEmpty() ? nullptr : m_store->find(m_id);
    const QString position = tr("%L1 of %L2").arg(m_row + 1).arg(m_model->rowCount());
    m_rating->setEnabled(image != nullptr);
    m_oCounter->setEnabled(image != nullptr);
    if (!image) {
        m_title->setText(position);
        m_info->clear();
        return;
    }
    m_rating->setRating(image->rating100);
    m_oCounter->setValue(image->oCounter);
    m_title->setText(QStringLiteral("%1   —   %2").arg(image->displayTitle(), position));
    QStringList info;
    const QString rating = m_ratingSystem.format(image->rating100);
    info.append(rating.isEmpty() ? tr("unrated") : rating);
    if (const VisualFile *file = image->primaryFile())
        info.append(QStringLiteral("%1×%2").arg(file->width).arg(file->height));
    m_info->setText(info.join(QStringLiteral("   ")));
    setWindowTitle(tr("%1 — Tessera").arg(image->displayTitle()));
}

void ImageViewer::onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Waiting for the row's page (never loaded, or released by the grid)?
    if (m_row >= topLeft.row() && m_row <= bottomRight.row() &&
        (m_id.isEmpty() || !m_store->contains(m_id)))
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
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int key = event->key();
    if (!ctrl && key >= Qt::Key_0 && key <= Qt::Key_5) {
        // 1–5 stars (decimal: 2.0 … 10.0), 0 clears: the same keys as in the grid.
        const int n = key - Qt::Key_0;
        rate(n == 0 ? std::nullopt
                    : m_ratingSystem.fromDisplay(
                          m_ratingSystem.type == RatingSystem::Type::Decimal ? n * 2.0 : n));
        event->accept();
        return;
    }
    if (ctrl && (key == Qt::Key_0 || key == Qt::Key_1)) {
        if (key == Qt::Key_0)
            m_canvas->fitToWindow();
        else
            m_canvas->actualSize();
        event->accept();
        return;
    }
    switch (key) {
    case Qt::Key_O:
        if (m_editor && !m_id.isEmpty())
            m_editor->changeO(m_id, shift ? OChange::Decrement : OChange::Increment);
        break;
    case Qt::Key_E:
        Q_EMIT editRequested(m_row);
        break;
    case Qt::Key_Delete:
        Q_EMIT deleteRequested(m_row);
        break;
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
        if (ctrl)
            break;
        toggleFullScreen();
        break;
    case Qt::Key_S:
        toggleSlideshow();
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
    m_store->setPinned(this, {});
    QWidget::closeEvent(event);
}

} // namespace Tessera
