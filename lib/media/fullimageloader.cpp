// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "fullimageloader.h"

#include "futurewatch.h"
#include "photodecoder.h"
#include "stashclient.h"

#include <QtConcurrent>

namespace Tessera {

using namespace Stash;

namespace {

/// Encoded bytes kept for full-resolution decodes: a few large photos.
constexpr int SourcesKiB = 256 * 1024;

Error notDecoded(const PhotoDecoder::Decoded &decoded)
{
    return Error::decode(
        QCoreApplication::translate("FullImageLoader", "The image could not be decoded: %1")
            .arg(decoded.error));
}

} // namespace

FullImageLoader::FullImageLoader(StashClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_shown.setMaxCost(5);
    m_sources.setMaxCost(SourcesKiB);
}

FullImageLoader::~FullImageLoader()
{
    for (QFuture<void> &future : m_loading)
        future.cancel();
    m_fullLoading.cancel();
}

QImage FullImageLoader::cached(const QString &id) const
{
    const Shown *shown = m_shown.object(id);
    return shown ? shown->image : QImage();
}

QSize FullImageLoader::fullSize(const QString &id) const
{
    const Shown *shown = m_shown.object(id);
    return shown ? shown->fullSize : QSize();
}

void FullImageLoader::load(const QString &id, const QUrl &url)
{
    if (m_shown.contains(id) || m_loading.contains(id))
        return;
    QFuture<Result<QByteArray>> fetch = m_client->fetchMedia(url);
    m_loading.insert(id, QFuture<void>(fetch));
    FutureWatch::onResult(fetch, this, [this, id, url](const Result<QByteArray> &bytes) {
        if (!m_loading.contains(id))
            return; // canceled meanwhile
        if (!bytes) {
            m_loading.remove(id);
            Q_EMIT imageFailed(id, bytes.error());
            return;
        }
        const QByteArray encoded = bytes.value();
        QFuture<PhotoDecoder::Decoded> decoding = QtConcurrent::run(
            [encoded] { return PhotoDecoder::decode(encoded, PhotoDecoder::MaxShownPixels); });
        m_loading.insert(id, QFuture<void>(decoding));
        FutureWatch::onResult(
            decoding, this, [this, id, url, encoded](const PhotoDecoder::Decoded &decoded) {
                if (!m_loading.remove(id))
                    return;
                if (decoded.image.isNull()) {
                    Q_EMIT imageFailed(id, notDecoded(decoded));
                    return;
                }
                if (decoded.image.size() != decoded.fullSize)
                    m_sources.insert(id, new QByteArray(encoded),
                                     std::max<qsizetype>(1, encoded.size() / 1024));
                m_shown.insert(id, new Shown{decoded.image, decoded.fullSize, url}, 1);
                Q_EMIT imageReady(id);
            });
    });
}

QImage FullImageLoader::fullResolution(const QString &id) const
{
    if (id == m_fullId && !m_full.isNull())
        return m_full;
    const Shown *shown = m_shown.object(id);
    return shown && shown->image.size() == shown->fullSize ? shown->image : QImage();
}

void FullImageLoader::loadFullResolution(const QString &id)
{
    const Shown *shown = m_shown.object(id);
    if (!shown || shown->image.size() == shown->fullSize)
        return; // not shown yet, or already at its own size
    if (id == m_fullId && (!m_full.isNull() || m_fullLoading.isRunning()))
        return;
    dropFullResolution();
    m_fullId = id;
    if (const QByteArray *bytes = m_sources.object(id)) {
        decodeFullResolution(id, *bytes);
        return;
    }
    // Its bytes made room for others: fetch them again.
    QFuture<Result<QByteArray>> fetch = m_client->fetchMedia(shown->url);
    m_fullLoading = QFuture<void>(fetch);
    FutureWatch::onResult(fetch, this, [this, id](const Result<QByteArray> &bytes) {
        if (id != m_fullId)
            return;
        if (!bytes) {
            m_fullId.clear();
            Q_EMIT fullResolutionFailed(id, bytes.error());
            return;
        }
        decodeFullResolution(id, bytes.value());
    });
}

void FullImageLoader::decodeFullResolution(const QString &id, const QByteArray &bytes)
{
    QFuture<PhotoDecoder::Decoded> decoding = QtConcurrent::run(
        [bytes] { return PhotoDecoder::decode(bytes, PhotoDecoder::MaxFullPixels); });
    m_fullLoading = QFuture<void>(decoding);
    FutureWatch::onResult(decoding, this, [this, id](const PhotoDecoder::Decoded &decoded) {
        if (id != m_fullId)
            return; // dropped meanwhile
        if (decoded.image.isNull()) {
            m_fullId.clear();
            Q_EMIT fullResolutionFailed(id, notDecoded(decoded));
            return;
        }
        m_full = decoded.image;
        Q_EMIT fullResolutionReady(id);
    });
}

void FullImageLoader::dropFullResolution()
{
    m_fullLoading.cancel();
    m_fullLoading = {};
    m_fullId.clear();
    m_full = QImage();
}

void FullImageLoader::cancelExcept(const QList<QString> &ids)
{
    for (auto it = m_loading.begin(); it != m_loading.end();) {
        if (ids.contains(it.key())) {
            ++it;
            continue;
        }
        it.value().cancel();
        it = m_loading.erase(it);
    }
    if (!m_fullId.isEmpty() && !ids.contains(m_fullId))
        dropFullResolution();
}

void FullImageLoader::clear()
{
    cancelExcept({});
    m_shown.clear();
    m_sources.clear();
}

} // namespace Tessera
