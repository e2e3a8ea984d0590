// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imageeditor.h"

#include "futurewatch.h"
#include "imagefieldscommand.h"
#include "imagestore.h"
#include "mutationqueue.h"
#include "ocountercommand.h"
#include "stashclient.h"

#include <QPromise>
#include <QUndoStack>

#include <memory>

namespace Tessera {

using namespace Stash;

namespace {

using FutureWatch::afterwards;

constexpr int kFetchChunk = 500;

} // namespace

ImageEditor::ImageEditor(StashClient *client, ImageStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_queue(new MutationQueue(this))
{
    connect(m_queue, &MutationQueue::busyChanged, this, &ImageEditor::busyChanged);
}

ImageEditor::~ImageEditor() = default;

bool ImageEditor::isBusy() const
{
    return m_queue->isBusy();
}

void ImageEditor::reportFailure(const QString &text, const Error &error,
                                std::function<void()> retry)
{
    m_retry = std::move(retry);
    Q_EMIT changeFailed(text, error);
}

void ImageEditor::retryFailed()
{
    if (auto retry = std::exchange(m_retry, {}))
        retry();
}

void ImageEditor::applyFields(const QList<Image> &targets, const QList<Image> &fallbacks,
                              ImageFields fields, const QString &text,
                              std::function<void()> onFailure)
{
    // Optimistic: every view shows the change now.
    for (const Image &target : targets)
        m_store->patch(target.id,
                       [&](Image &image) { ImageFieldValues::copy(target, image, fields); });
    if (!onFailure)
        return; // a local-only replay

    // One bulk mutation when every image gets the same values (a rating on a
    // selection), else one per-image update list (an undo of mixed values).
    bool same = true;
    for (const Image &target : targets)
        same = same && ImageFieldValues::sameValues(target, targets.first(), fields);
    QStringList ids;
    for (const Image &target : targets)
        ids.append(target.id);
    // Until the server answers, the store holds the only copy of the change
    // (and the fallbacks go back into it): the grid must not release these.
    m_store->pin(ids);

    auto handle = [this, fallbacks, fields, text, onFailure, targets,
                   ids](const Result<QList<Image>> &result) {
        if (result) {
            m_store->insertOrUpdate(result.value(), ImageStore::Detail::Slim);
            m_store->unpin(ids);
            Q_EMIT changeConfirmed(ids);
            return;
        }
        for (const Image &fallback : fallbacks)
            m_store->patch(fallback.id,
                           [&](Image &image) { ImageFieldValues::copy(fallback, image, fields); });
        m_store->unpin(ids);
        onFailure();
        reportFailure(text, result.error(),
                      [this, targets, fields, text] { edit(targets, fields, text); });
    };
    m_queue->enqueue([this, same, targets, ids, fields, handle]() -> QFuture<void> {
        if (targets.size() == 1) {
            // One image: imageUpdate answers with the full fragment, so fields
            // the server normalises (trimmed text) come back as stored.
            auto one = m_client->updateImage(ImageFieldValues::updateFrom(targets.first(), fields));
            return afterwards(one, this, [this, handle, ids](const Result<Image> &image) {
                if (!image)
                    return handle(image.error());
                m_store->insertOrUpdate(image.value(), ImageStore::Detail::Full);
                handle(QList<Image>{image.value()});
            });
        }
        if (same) {
            return afterwards(m_client->bulkUpdateImages(
                                  ImageFieldValues::bulkFrom(targets.first(), fields, ids)),
                              this, handle);
        }
        QList<ImageUpdate> updates;
        for (const Image &target : targets)
            updates.append(ImageFieldValues::updateFrom(target, fields));
        return afterwards(m_client->updateImages(updates), this, handle);
    });
}

void ImageEditor::edit(const QList<Image> &after, ImageFields fields, const QString &text)
{
    QList<Image> before;
    QList<Image> changed;
    for (const Image &target : after) {
        const Image *current = m_store->find(target.id);
        if (!current)
            continue;
        if (ImageFieldValues::sameValues(*current, target, fields))
            continue; // nothing to do (and nothing to undo) for this one
        before.append(*current);
        changed.append(target);
    }
    if (changed.isEmpty())
        return;
    m_undoStack->push(new ImageFieldsCommand(this, before, changed, fields, text));
}

void ImageEditor::withImages(const QStringList &ids, const QString &text,
                             std::function<void(const QList<Image> &)> then)
{
    QStringList missing;
    for (const QString &id : ids) {
        if (!m_store->contains(id))
            missing.append(id);
    }
    const auto collect = [this, ids, then] {
        QList<Image> images;
        images.reserve(ids.size());
        for (const QString &id : ids) {
            if (const Image *image = m_store->find(id))
                images.append(*image);
        }
        then(images);
    };
    if (missing.isEmpty())
        return collect();

    // Their previous values are needed for an exact undo: fetch them first, in chunks.
    auto remaining = std::make_shared<int>(int((missing.size() + kFetchChunk - 1) / kFetchChunk));
    auto failed = std::make_shared<bool>(false);
    for (qsizetype start = 0; start < missing.size(); start += kFetchChunk) {
        const QStringList chunk = missing.mid(start, kFetchChunk);
        FutureWatch::onResult(
            m_client->findImages(FindFilter(), ImageFilter(), chunk), this,
            [this, remaining, failed, collect, text](const Result<FindImagesResult> &page) {
                if (*failed)
                    return;
                if (!page) {
                    *failed = true;
                    reportFailure(text, page.error(), {});
                    return;
                }
                m_store->insertOrUpdate(page.value().images);
                if (--*remaining == 0)
                    collect();
            });
    }
}

void ImageEditor::setRating(const QStringList &ids, std::optional<int> rating100,
                            const QString &text)
{
    withImages(ids, text, [this, rating100, text](const QList<Image> &images) {
        QList<Image> after = images;
        for (Image &image : after)
            image.rating100 = rating100;
        edit(after, ImageField::Rating, text);
    });
}

void ImageEditor::setOrganized(const QStringList &ids, bool organized, const QString &text)
{
    withImages(ids, text, [this, organized, text](const QList<Image> &images) {
        QList<Image> after = images;
        for (Image &image : after)
            image.organized = organized;
        edit(after, ImageField::Organized, text);
    });
}

void ImageEditor::changeO(const QString &id, OChange change)
{
    withImages({id}, tr("O-counter"), [this, change](const QList<Image> &images) {
        if (images.isEmpty())
            return;
        const Image &image = images.first();
        // At 0 a decrement or reset changes nothing: no step to undo.
        if (change != OChange::Increment && image.oCounter == 0)
            return;
        m_undoStack->push(
            new OCounterCommand(this, image.id, image.displayTitle(), change, image.oCounter));
    });
}

void ImageEditor::sendO(const QString &id, OChange change, int count, int localValue, int fallback,
                        const QString &text, std::function<void()> onFailure)
{
    m_store->patch(id, [localValue](Image &image) { image.oCounter = localValue; });
    if (count <= 0 || !onFailure)
        return;
    // Pinned until the last step is answered or one fails (see applyFields()).
    m_store->pin({id});
    auto pinned = std::make_shared<bool>(true);
    const auto unpin = [this, id, pinned] {
        if (std::exchange(*pinned, false))
            m_store->unpin({id});
    };
    // The server's last answer: what to show if a later step fails.
    auto confirmed = std::make_shared<std::optional<int>>();
    auto failedOnce = std::make_shared<bool>(false);
    for (int step = 0; step < count; ++step) {
        const bool last = step == count - 1;
        m_queue->enqueue([=, this]() -> QFuture<void> {
            if (*failedOnce)
                return QtFuture::makeReadyFuture();
            QFuture<Result<int>> call = change == OChange::Increment   ? m_client->incrementO(id)
                                        : change == OChange::Decrement ? m_client->decrementO(id)
                                                                       : m_client->resetO(id);
            return afterwards(call, this, [=, this](const Result<int> &value) {
                if (value) {
                    *confirmed = value.value();
                    if (last) {
                        m_store->patch(id,
                                       [v = value.value()](Image &image) { image.oCounter = v; });
                        unpin();
                        Q_EMIT changeConfirmed({id});
                    }
                    return;
                }
                *failedOnce = true;
                const int shown = confirmed->value_or(fallback);
                m_store->patch(id, [shown](Image &image) { image.oCounter = shown; });
                unpin();
                onFailure();
                reportFailure(text, value.error(), [this, id, change] { changeO(id, change); });
            });
        });
    }
}

void ImageEditor::deleteImages(const QStringList &ids, bool deleteFile, bool deleteGenerated)
{
    if (ids.isEmpty())
        return;
    ImageDestroy destroy;
    destroy.ids = ids;
    destroy.deleteFile = deleteFile;
    destroy.deleteGenerated = deleteGenerated;
    m_queue->enqueue([this, destroy]() -> QFuture<void> {
        return afterwards(m_client->destroyImages(destroy), this,
                          [this, destroy](const Result<Done> &done) {
                              if (!done) {
                                  Q_EMIT deleteFailed(destroy.ids, done.error());
                                  return;
                              }
                              m_store->remove(destroy.ids);
                              Q_EMIT imagesDeleted(destroy.ids);
                          });
    });
}

} // namespace Tessera
