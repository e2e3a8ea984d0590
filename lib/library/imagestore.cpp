// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagestore.h"

namespace Tessera {

using Stash::Image;
using Stash::VisualFile;

ImageStore::ImageStore(QObject *parent)
    : QObject(parent)
{}

Image ImageStore::mergedSlim(const Image &image, const Image &update)
{
    Image merged = image;
    merged.id = update.id;
    merged.title = update.title;
    merged.date = update.date;
    merged.rating100 = update.rating100;
    merged.organized = update.organized;
    merged.oCounter = update.oCounter;
    merged.updatedAt = update.updatedAt;
    merged.paths = update.paths;
    merged.tags = update.tags;

    // The slim file fragment lacks codec facts and (v0.29+) folder / zip paths:
    // keep those of the same file, take everything else from the update.
    QList<VisualFile> files;
    files.reserve(update.visualFiles.size());
    for (const VisualFile &fresh : update.visualFiles) {
        VisualFile file = fresh;
        for (const VisualFile &known : image.visualFiles) {
            if (known.id != fresh.id)
                continue;
            if (file.format.isEmpty())
                file.format = known.format;
            if (file.duration == 0)
                file.duration = known.duration;
            if (file.videoCodec.isEmpty())
                file.videoCodec = known.videoCodec;
            if (file.audioCodec.isEmpty())
                file.audioCodec = known.audioCodec;
            if (file.frameRate == 0)
                file.frameRate = known.frameRate;
            if (file.bitRate == 0)
                file.bitRate = known.bitRate;
            if (file.parentFolderPath.isEmpty())
                file.parentFolderPath = known.parentFolderPath;
            if (file.zipFilePath.isEmpty())
                file.zipFilePath = known.zipFilePath;
            break;
        }
        files.append(std::move(file));
    }
    merged.visualFiles = std::move(files);
    return merged;
}

void ImageStore::insertOrUpdate(const QList<Image> &images, Detail detail)
{
    QStringList added;
    QStringList changed;
    for (const Image &incoming : images) {
        if (incoming.id.isEmpty())
            continue;
        auto it = m_images.find(incoming.id);
        if (detail == Detail::Full)
            m_full.insert(incoming.id);
        if (it == m_images.end()) {
            Image image = incoming;
            share(image);
            m_images.insert(incoming.id, std::move(image));
            added.append(incoming.id);
            continue;
        }
        Image next = detail == Detail::Full ? incoming : mergedSlim(*it, incoming);
        if (next == *it)
            continue;
        share(next);
        *it = std::move(next);
        changed.append(incoming.id);
    }
    if (!added.isEmpty())
        Q_EMIT imagesAdded(added);
    if (!changed.isEmpty())
        Q_EMIT imagesChanged(changed);
}

void ImageStore::share(Image &image)
{
    const auto shared = [this](QString &text) {
        if (text.isEmpty())
            return;
        const auto known = m_shared.constFind(text);
        if (known != m_shared.cend())
            text = *known;
        else
            m_shared.insert(text);
    };
    for (Stash::Tag &tag : image.tags) {
        shared(tag.id);
        shared(tag.name);
    }
    for (VisualFile &file : image.visualFiles) {
        for (Stash::Fingerprint &print : file.fingerprints)
            shared(print.type);
        file.fingerprints.squeeze();
    }
}

void ImageStore::insertOrUpdate(const Image &image, Detail detail)
{
    insertOrUpdate(QList<Image>{image}, detail);
}

bool ImageStore::patch(const QString &id, const std::function<void(Image &)> &edit)
{
    auto it = m_images.find(id);
    if (it == m_images.end())
        return false;
    Image next = *it;
    edit(next);
    next.id = id; // the key never changes under a patch
    if (next == *it)
        return true;
    *it = std::move(next);
    Q_EMIT imagesChanged({id});
    return true;
}

std::optional<Image> ImageStore::image(const QString &id) const
{
    const auto it = m_images.constFind(id);
    if (it == m_images.cend())
        return std::nullopt;
    return *it;
}

const Image *ImageStore::find(const QString &id) const
{
    const auto it = m_images.constFind(id);
    return it == m_images.cend() ? nullptr : &*it;
}

bool ImageStore::contains(const QString &id) const
{
    return m_images.contains(id);
}

bool ImageStore::hasFullDetails(const QString &id) const
{
    return m_full.contains(id);
}

void ImageStore::remove(const QStringList &ids)
{
    QStringList removed;
    for (const QString &id : ids) {
        if (m_images.remove(id)) {
            m_full.remove(id);
            removed.append(id);
        }
    }
    if (!removed.isEmpty())
        Q_EMIT imagesRemoved(removed);
}

QStringList ImageStore::release(const QStringList &ids)
{
    QStringList released;
    for (const QString &id : ids) {
        if (m_pins.contains(id))
            continue;
        if (m_images.remove(id)) {
            m_full.remove(id);
            released.append(id);
        }
    }
    if (!released.isEmpty())
        Q_EMIT imagesReleased(released);
    return released;
}

void ImageStore::pin(const QStringList &ids)
{
    for (const QString &id : ids) {
        if (!id.isEmpty())
            ++m_pins[id];
    }
}

void ImageStore::unpin(const QStringList &ids)
{
    QStringList unpinned;
    for (const QString &id : ids) {
        const auto it = m_pins.find(id);
        if (it != m_pins.end() && --*it <= 0) {
            m_pins.erase(it);
            unpinned.append(id);
        }
    }
    if (!unpinned.isEmpty())
        Q_EMIT imagesUnpinned(unpinned);
}

void ImageStore::markPending(const QStringList &ids)
{
    QStringList marked;
    for (const QString &id : ids) {
        if (id.isEmpty())
            continue;
        if (m_pending[id]++ == 0 && m_images.contains(id))
            marked.append(id);
    }
    pin(ids);
    if (!marked.isEmpty())
        Q_EMIT imagesChanged(marked);
}

QList<Image> ImageStore::withoutPending(const QList<Image> &images) const
{
    QList<Image> settled;
    settled.reserve(images.size());
    for (const Image &image : images) {
        if (!image.id.isEmpty() && !m_pending.contains(image.id))
            settled.append(image);
    }
    return settled;
}

void ImageStore::settlePending(const QStringList &ids)
{
    QStringList settled;
    QStringList known;
    for (const QString &id : ids) {
        const auto it = m_pending.find(id);
        if (it == m_pending.end())
            continue; // not marked (by this run of the program)
        known.append(id);
        if (--*it <= 0) {
            m_pending.erase(it);
            if (m_images.contains(id))
                settled.append(id);
        }
    }
    unpin(known);
    if (!settled.isEmpty())
        Q_EMIT imagesChanged(settled);
}

void ImageStore::setPinned(const QObject *owner, const QStringList &ids)
{
    if (!owner)
        return;
    auto it = m_ownerPins.find(owner);
    if (it == m_ownerPins.end()) {
        if (ids.isEmpty())
            return;
        // The pins go with their owner (by then only a key, never dereferenced).
        connect(owner, &QObject::destroyed, this,
                [this, owner] { unpin(m_ownerPins.take(owner)); });
        it = m_ownerPins.insert(owner, {});
    }
    if (*it == ids)
        return;
    // Pin before unpinning: an id in both lists is never unpinned in between.
    pin(ids);
    unpin(*it);
    *it = ids;
}

void ImageStore::clear()
{
    if (m_images.isEmpty())
        return;
    const QStringList ids = m_images.keys();
    m_images.clear();
    m_full.clear();
    Q_EMIT imagesRemoved(ids);
}

} // namespace Tessera
