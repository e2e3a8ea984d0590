// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "fullimageloader.h"

#include "futurewatch.h"
#include "stashclient.h"

#include <QBuffer>
#include <QImageReader>
#include <QtConcurrent>

namespace Tessera {

using namespace Stash;

namespace {
struct Decoded
{
    QImage image;
    QString error;
};

Decoded decode(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // honour EXIF orientation as Stash's UI does
    Decoded result;
    result.image = reader.read();
    if (result.image.isNull())
        result.error = reader.errorString();
    return result;
}
} // namespace

FullImageLoader::FullImageLoader(StashClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_cache.setMaxCost(5);
}

FullImageLoader::~FullImageLoader()
{
    for (QFuture<void> &future : m_loading)
        future.cancel();
}

QImage FullImageLoader::cached(const QString &id) const
{
    const QImage *image = m_cache.object(id);
    return image ? *image : QImage();
}

void FullImageLoader::load(const QString &id, const QUrl &url)
{
    if (m_cache.contains(id) || m_loading.contains(id))
        return;
    QFuture<Result<QByteArray>> fetch = m_client->fetchMedia(url);
    m_loading.insert(id, QFuture<void>(fetch));
    FutureWatch::onResult(fetch, this, [this, id](const Result<QByteArray> &bytes) {
        if (!m_loading.contains(id))
            return; // canceled meanwhile
        if (!bytes) {
            m_loading.remove(id);
            Q_EMIT imageFailed(id, bytes.error());
            return;
        }
        QFuture<Decoded> decoding = QtConcurrent::run(decode, bytes.value());
        m_loading.insert(id, QFuture<void>(decoding));
        FutureWatch::onResult(decoding, this, [this, id](const Decoded &decoded) {
            if (!m_loading.remove(id))
                return;
            if (decoded.image.isNull()) {
                Q_EMIT imageFailed(
                    id, Error::decode(tr("The image could not be decoded: %1").arg(decoded.error)));
                return;
            }
            m_cache.insert(id, new QImage(decoded.image), 1);
            Q_EMIT imageReady(id);
        });
    });
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
}

} // namespace Tessera
