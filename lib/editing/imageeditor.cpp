// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imageeditor.h"

#include "changesender.h"
#include "futurewatch.h"
#include "imagefieldscommand.h"
#include "imagestore.h"
#include "ocountercommand.h"
#include "stashclient.h"
#include "valuegroups.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUndoStack>

#include <memory>

namespace Tessera {

using namespace Stash;

namespace {

/// One action of the person (a rating of 1,500 images, an undo) split into
/// outbox entries: what its refused parts need to be retried together, and
/// whether the undo step may be moved back (only when nothing of it was taken).
struct Action
{
    int entries = 0;
    int refused = 0;
    QList<qint64> refusedSequences;
};

} // namespace

ImageEditor::ImageEditor(StashClient *client, ImageStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_sender(new ChangeSender(client, store, this))
{
    connect(m_sender, &ChangeSender::busyChanged, this, &ImageEditor::busyChanged);
    connect(m_sender, &ChangeSender::imagesDeletedOnServer, this, [this](const QStringList &ids) {
        m_store->remove(ids);
        Q_EMIT imagesDeleted(ids);
    });
}

ImageEditor::~ImageEditor() = default;

bool ImageEditor::isBusy() const
{
    return m_sender->isBusy();
}

void ImageEditor::reportFailure(const QString &text, const Error &error,
                                std::function<void()> retry)
{
    m_retry = std::move(retry);
    Q_EMIT changeFailed(text, error);
}

void ImageEditor::reportNotQueued(const QString &text, const Error &error,
                                  std::function<void()> onFailure)
{
    // Called from an undo step's redo() or undo(), while QUndoStack is still
    // moving: the step can be taken back only once the stack has settled.
    QMetaObject::invokeMethod(
        this,
        [this, text, error, onFailure] {
            if (onFailure)
                onFailure();
            reportFailure(text, error, {});
        },
        Qt::QueuedConnection);
}

void ImageEditor::retryFailed()
{
    if (auto retry = std::exchange(m_retry, {}))
        retry();
}

void ImageEditor::showFields(const QList<Image> &images, ImageFields fields)
{
    for (const Image &image : images)
        m_store->patch(image.id,
                       [&](Image &stored) { ImageFieldValues::copy(image, stored, fields); });
}

void ImageEditor::showValues(const ValueGroups &values)
{
    for (const ValueGroups::Group &group : values.groups()) {
        for (const QString &id : group.ids)
            m_store->patch(id, [&](Image &stored) {
                ImageFieldValues::copy(group.values, stored, values.fields());
            });
    }
}

namespace {

/// One request's share of a change: images that all get the same values (a
/// bulk chunk), or images with values of their own (an update list).
struct Chunk
{
    QStringList ids;
    ValueGroups targets;
    bool same = true;
};

/// Groups of many images in bulk chunks of at most `size` ids; the images
/// whose values are their own (groups of one) together in update lists.
QList<Chunk> chunksOf(const ValueGroups &targets, qsizetype size)
{
    QList<Chunk> chunks;
    Chunk singles{{}, ValueGroups(targets.fields()), false};
    for (const ValueGroups::Group &group : targets.groups()) {
        if (group.ids.size() == 1) {
            singles.ids.append(group.ids.first());
            singles.targets.add(group.ids.first(), group.values);
            if (singles.ids.size() == size)
                chunks.append(std::exchange(singles, {{}, ValueGroups(targets.fields()), false}));
            continue;
        }
        for (qsizetype start = 0; start < group.ids.size(); start += size) {
            const QStringList ids = group.ids.mid(start, size);
            chunks.append({ids, ValueGroups::ofAll(ids, group.values, targets.fields()), true});
        }
    }
    if (!singles.ids.isEmpty())
        chunks.append(std::move(singles));
    return chunks;
}

} // namespace

void ImageEditor::applyFields(const ValueGroups &targets, const ValueGroups &fallbacks,
                              const QString &text, std::function<void()> onFailure)
{
    const ImageFields fields = targets.fields();
    // Shared by every chunk's refusal: each takes its own images' values from it.
    const auto fallbacksShared = std::make_shared<const ValueGroups>(fallbacks);
    auto action = std::make_shared<Action>();
    for (const Chunk &chunk : chunksOf(targets, ChunkSize)) {
        Result<MutationRequest> request;
        OutboxEntry::Kind kind = OutboxEntry::Kind::Update;
        const Image &first = chunk.targets.groups().first().values;
        if (targets.imageCount() == 1) {
            // One image: imageUpdate answers with the full fragment, so fields
            // the server normalises (trimmed text) come back as stored.
            Image target = first;
            target.id = chunk.ids.first();
            request = m_client->updateImageRequest(ImageFieldValues::updateFrom(target, fields));
        } else if (chunk.same) {
            kind = OutboxEntry::Kind::BulkUpdate;
            request = m_client->bulkUpdateImagesRequest(
                ImageFieldValues::bulkFrom(first, fields, chunk.ids), BulkReturn::IdsOnly);
        } else {
            QList<ImageUpdate> updates;
            for (const Image &target : chunk.targets.images())
                updates.append(ImageFieldValues::updateFrom(target, fields));
            request = m_client->updateImagesRequest(updates);
        }

        auto sequence = std::make_shared<qint64>(0);
        ChangeSender::Handlers handlers;
        handlers.confirmed = [this, ids = chunk.ids, kind,
                              operation = request ? request.value().operation
                                                  : QString()](const QJsonObject &data) {
            // Bulk answers carry ids only: the store holds what was sent already.
            const Result<QList<Image>> images = kind == OutboxEntry::Kind::BulkUpdate
                                                    ? Result<QList<Image>>(QList<Image>())
                                                    : StashClient::updatedImages(operation, data);
            if (images)
                m_store->insertOrUpdate(m_store->withoutPending(images.value()),
                                        operation == QLatin1String("UpdateImage")
                                            ? ImageStore::Detail::Full
                                            : ImageStore::Detail::Slim);
            Q_EMIT changeConfirmed(ids);
        };
        handlers.refused = [this, action, sequence, ids = chunk.ids, fallbacksShared, fields, text,
                            onFailure](const Error &error) {
            // An image a later change is on its way for shows that change (and
            // is read again from the server once it settles).
            const QSet<QString> refusedIds(ids.cbegin(), ids.cend());
            showFields(m_store->withoutPending(fallbacksShared->only(refusedIds).images()), fields);
            ++action->refused;
            action->refusedSequences.append(*sequence);
            // Only an action the server took none of leaves the undo stack.
            if (action->refused == action->entries)
                onFailure();
            reportFailure(text, error, [this, action] {
                for (const qint64 refused : std::exchange(action->refusedSequences, {}))
                    m_sender->retry(refused);
            });
        };
        handlers.retry = [this, targets = chunk.targets, text] { editValues(targets, text); };

        const Result<qint64> queued =
            m_sender->send(request, kind, chunk.ids, {{QStringLiteral("text"), text}}, handlers);
        if (!queued) {
            // Nothing of this chunk (or the rest) is on its way: it is not shown as made.
            if (action->entries == 0)
                reportNotQueued(text, queued.error(), onFailure);
            else
                reportNotQueued(text, queued.error(), {});
            break;
        }
        *sequence = queued.value();
        ++action->entries;
        showValues(chunk.targets); // optimistic: every view shows the change now
    }
}

void ImageEditor::edit(const QList<Image> &after, ImageFields fields, const QString &text)
{
    ValueGroups from(fields);
    ValueGroups to(fields);
    for (const Image &target : after) {
        const Image *current = m_store->find(target.id);
        if (!current || ImageFieldValues::sameValues(*current, target, fields))
            continue; // unknown, or nothing to do (and nothing to undo) for this one
        from.add(target.id, *current);
        to.add(target.id, target);
    }
    if (!to.isEmpty())
        m_undoStack->push(new ImageFieldsCommand(this, std::move(from), std::move(to), text));
}

void ImageEditor::editValues(const ValueGroups &after, const QString &text)
{
    withCurrentValues(
        after.ids(), after.fields(), text, [this, after, text](const ValueLookup &current) {
            const ImageFields fields = after.fields();
            ValueGroups from(fields);
            ValueGroups to(fields);
            for (const ValueGroups::Group &group : after.groups()) {
                for (const QString &id : group.ids) {
                    const Image *value = current(id);
                    if (!value || ImageFieldValues::sameValues(*value, group.values, fields))
                        continue; // gone from the server, or already so: nothing to undo
                    from.add(id, *value);
                    to.add(id, group.values);
                }
            }
            if (!to.isEmpty())
                m_undoStack->push(
                    new ImageFieldsCommand(this, std::move(from), std::move(to), text));
        });
}

void ImageEditor::withCurrentValues(const QStringList &ids, ImageFields fields, const QString &text,
                                    std::function<void(const ValueLookup &)> then)
{
    QStringList missing;
    for (const QString &id : ids) {
        if (!m_store->contains(id))
            missing.append(id);
    }
    // Values read for images the store does not hold; they are not added to it.
    struct Read
    {
        ValueGroups values;
        QHash<QString, qsizetype> groupOf;
    };
    auto read = std::make_shared<Read>(Read{ValueGroups(fields), {}});
    const auto collect = [this, read, then] {
        then([this, read](const QString &id) -> const Image * {
            if (const Image *image = m_store->find(id))
                return image;
            const auto it = read->groupOf.constFind(id);
            return it == read->groupOf.constEnd() ? nullptr
                                                  : &read->values.groups()[it.value()].values;
        });
    };
    if (missing.isEmpty())
        return collect();

    // The values before are needed for an exact undo: read them first, in
    // chunks, and only the fields that change (rating 100,000 results reads
    // 100,000 ratings, not 100,000 whole images).
    auto remaining = std::make_shared<int>(int((missing.size() + ChunkSize - 1) / ChunkSize));
    auto failed = std::make_shared<bool>(false);
    const auto arrived = [this, remaining, failed, collect, text](const Error *error) {
        if (*failed)
            return false;
        if (error) {
            *failed = true;
            reportFailure(text, *error, {});
            return false;
        }
        if (--*remaining == 0)
            collect();
        return true;
    };
    for (qsizetype start = 0; start < missing.size(); start += ChunkSize) {
        const QStringList chunk = missing.mid(start, ChunkSize);
        if (fields == ImageFields()) {
            FutureWatch::onResult(m_client->findImages(FindFilter(), ImageFilter(), chunk), this,
                                  [this, arrived](const Result<FindImagesResult> &page) {
                                      if (page)
                                          m_store->insertOrUpdate(page.value().images);
                                      arrived(page ? nullptr : &page.error());
                                  });
            continue;
        }
        FutureWatch::onResult(m_client->findImageFields(chunk, ImageFieldTable::readNames(fields)),
                              this, [read, arrived](const Result<QList<Image>> &images) {
                                  if (images) {
                                      for (const Image &image : images.value())
                                          read->groupOf.insert(image.id, read->values.add(image));
                                  }
                                  arrived(images ? nullptr : &images.error());
                              });
    }
}

void ImageEditor::setRating(const QStringList &ids, std::optional<int> rating100,
                            const QString &text)
{
    Image value;
    value.rating100 = rating100;
    editValues(ValueGroups::ofAll(ids, value, ImageField::Rating), text);
}

void ImageEditor::setOrganized(const QStringList &ids, bool organized, const QString &text)
{
    Image value;
    value.organized = organized;
    editValues(ValueGroups::ofAll(ids, value, ImageField::Organized), text);
}

void ImageEditor::changeO(const QString &id, OChange change)
{
    changeO(QStringList{id}, change);
}

void ImageEditor::changeO(const QStringList &ids, OChange change)
{
    withCurrentValues(ids, {}, tr("O-counter"), [this, ids, change](const ValueLookup &current) {
        QList<OCounterCommand::Target> targets;
        QString title;
        for (const QString &id : ids) {
            const Image *image = current(id);
            // Gone, or at 0 where a decrement or reset changes nothing: no step to undo.
            if (!image || (change != OChange::Increment && image->oCounter == 0))
                continue;
            targets.append({id, image->oCounter, 1});
            if (ids.size() == 1)
                title = image->displayTitle();
        }
        if (targets.isEmpty())
            return;
        m_undoStack->push(new OCounterCommand(this, targets, title, change));
    });
}

void ImageEditor::sendO(const QString &id, OChange change, int count, int localValue, int fallback,
                        const QString &text, std::function<void()> onFailure)
{
    const auto show = [this, id](int value) {
        m_store->patch(id, [value](Image &image) { image.oCounter = value; });
    };
    if (count <= 0 || !onFailure) {
        show(localValue);
        return;
    }
    const OStep step = change == OChange::Increment   ? OStep::Increment
                       : change == OChange::Decrement ? OStep::Decrement
                                                      : OStep::Reset;
    // Each step is one entry that knows the value it goes from and to: after
    // an unknown outcome the outbox compares the server's count with them.
    const int delta = change == OChange::Increment ? 1 : -1;
    int from = change == OChange::Reset ? fallback : localValue - delta * count;
    int shown = from;
    for (int i = 0; i < count; ++i) {
        const int to = change == OChange::Reset ? 0 : from + delta;
        const Result<MutationRequest> request = StashClient::oRequest(step, id);
        ChangeSender::Handlers handlers;
        handlers.confirmed = [this, id,
                              operation = request ? request.value().operation
                                                  : QString()](const QJsonObject &data) {
            // Empty when the step was found done on the server (nothing to read).
            const Result<int> value = StashClient::oCounterIn(operation, data);
            if (!data.isEmpty() && value && !m_store->isPending(id))
                m_store->patch(id, [&](Image &image) { image.oCounter = value.value(); });
            if (!m_store->isPending(id))
                Q_EMIT changeConfirmed({id});
        };
        auto sequence = std::make_shared<qint64>(0);
        handlers.refused = [this, id, from, to, text, onFailure, sequence](const Error &error) {
            // Takes this step off the screen; the steps the server took stay.
            if (const Image *image = m_store->find(id)) {
                const int back = image->oCounter - (to - from);
                m_store->patch(id, [back](Image &stored) { stored.oCounter = std::max(0, back); });
            }
            onFailure();
            reportFailure(text, error, [this, sequence] { m_sender->retry(*sequence); });
        };
        handlers.retry = [this, id, change] { changeO(id, change); };
        const QJsonObject restore{{QStringLiteral("oBefore"), from},
                                  {QStringLiteral("oAfter"), to},
                                  {QStringLiteral("text"), text}};
        const Result<qint64> queued =
            m_sender->send(request, OutboxEntry::Kind::OStep, {id}, restore, handlers);
        if (!queued) {
            const int unsent = count - i;
            show(shown);
            reportNotQueued(text, queued.error(), [onFailure, unsent] {
                for (int n = 0; n < unsent; ++n)
                    onFailure();
            });
            return;
        }
        *sequence = queued.value();
        shown = to;
        from = to;
    }
    show(localValue);
}

void ImageEditor::deleteImages(const QStringList &ids, bool deleteFile, bool deleteGenerated)
{
    for (qsizetype start = 0; start < ids.size(); start += ChunkSize) {
        ImageDestroy destroy;
        destroy.ids = ids.mid(start, ChunkSize);
        destroy.deleteFile = deleteFile;
        destroy.deleteGenerated = deleteGenerated;
        ChangeSender::Handlers handlers;
        handlers.confirmed = [this, ids = destroy.ids](const QJsonObject &) {
            m_store->remove(ids);
            Q_EMIT imagesDeleted(ids);
        };
        handlers.refused = [this, ids = destroy.ids](const Error &error) {
            Q_EMIT deleteFailed(ids, error);
        };
        handlers.retry = [this, destroy] {
            deleteImages(destroy.ids, destroy.deleteFile, destroy.deleteGenerated);
        };
        const Result<qint64> queued = m_sender->send(
            m_client->destroyImagesRequest(destroy), OutboxEntry::Kind::Destroy, destroy.ids,
            {{QStringLiteral("text"), tr("Delete %n image(s)", nullptr, int(destroy.ids.size()))}},
            handlers);
        if (!queued) {
            Q_EMIT deleteFailed(ids.mid(start), queued.error());
            return;
        }
    }
}

} // namespace Tessera
