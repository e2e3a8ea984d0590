// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// store_memory_benchmark: heap bytes one image costs in memory, as the grid
// holds it, against tests/fake-stash. See README.md.
//
// The grid's pages (the slim fragment) are fetched, decoded by the client's
// own decoder, and kept in a plain QHash<QString, Image> (the store's layout
// before interning) and in ImageStore. The figure per image is what
// clearing the container gives back to malloc (glibc mallinfo2), after the
// JSON and the decoded lists are gone, so only the container's share counts.

#include "fakestash.h"
#include "graphqldocuments.h"
#include "graphqltransport.h"
#include "imagestore.h"
#include "jsondecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <malloc.h>

#include <cstdio>
#include <functional>

using namespace Tessera;

using namespace Stash;

namespace {

constexpr int kImages = 10000;
constexpr int kPerPage = 1000;

qint64 heapInUse()
{
    malloc_trim(0);
    return qint64(mallinfo2().uordblks);
}

/// One page of images through `document`, decoded; empty on failure.
QList<Image> fetchPage(GraphQLTransport &transport, const QString &document, int page)
{
    QJsonObject filter{{QStringLiteral("page"), page},
                       {QStringLiteral("per_page"), kPerPage},
                       {QStringLiteral("sort"), QStringLiteral("id")}};
    QList<Image> images;
    bool done = false;
    transport.post(document, QJsonObject{{QStringLiteral("filter"), filter}},
                   QStringLiteral("FindImages"), [&](Result<QJsonObject> result) {
                       done = true;
                       if (!result) {
                           std::printf("ERROR: %s\n", qPrintable(result.error().message()));
                           return;
                       }
                       JsonDecoder decoder;
                       const QJsonValue list = result.value()
                                                   .value(QStringLiteral("findImages"))
                                                   .toObject()
                                                   .value(QStringLiteral("images"));
                       if (auto decoded = decoder.images(list))
                           images = decoded.value();
                   });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return images;
}

/// Bytes per image that `keep` holds once every page went through it and the
/// pages themselves are gone; `clear` empties it.
double bytesPerImage(GraphQLTransport &transport, const QString &document,
                     const std::function<void(const QList<Image> &)> &keep,
                     const std::function<void()> &clear, int *fingerprints)
{
    int kept = 0;
    *fingerprints = 0;
    for (int page = 1; page <= kImages / kPerPage; ++page) {
        const QList<Image> images = fetchPage(transport, document, page);
        kept += int(images.size());
        for (const Image &image : images) {
            if (const VisualFile *file = image.primaryFile())
                *fingerprints += int(file->fingerprints.size());
        }
        keep(images);
    }
    const qint64 held = heapInUse();
    clear();
    const qint64 freed = held - heapInUse();
    *fingerprints = kept ? *fingerprints / kept : 0;
    return kept ? double(freed) / kept : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    FakeStash server({QStringLiteral("--images"), QString::number(kImages)});
    if (!server.start()) {
        std::printf("ERROR: fake-stash did not start: %s\n", qPrintable(server.errorText()));
        return 1;
    }
    QNetworkAccessManager network;
    GraphQLTransport transport(&network);
    transport.setEndpoint(ServerEndpoint(server.url()));

    GraphQLDocuments documents;
    const QString current = documents.operation(QStringLiteral("FindImages"));
    std::printf("store_memory_benchmark: %d images from fake-stash, %d per page\n", kImages,
                kPerPage);
    std::printf("sizeof(Image) %zu, sizeof(VisualFile) %zu, sizeof(Tag) %zu\n", sizeof(Image),
                sizeof(VisualFile), sizeof(Tag));

    QHash<QString, Image> plain;
    const auto keepPlain = [&](const QList<Image> &images) {
        for (const Image &image : images)
            plain.insert(image.id, image);
    };
    const auto clearPlain = [&] { plain = {}; };
    ImageStore store;
    const auto keepStore = [&](const QList<Image> &images) { store.insertOrUpdate(images); };
    const auto clearStore = [&] { store.clear(); };

    int prints = 0;
    const double plainBytes = bytesPerImage(transport, current, keepPlain, clearPlain, &prints);
    std::printf("QHash<QString, Image>: %7.0f bytes per image (%d fingerprints each)\n", plainBytes,
                prints);
    const double storeBytes = bytesPerImage(transport, current, keepStore, clearStore, &prints);
    std::printf("ImageStore:            %7.0f bytes per image (ratio %.2f)\n", storeBytes,
                plainBytes > 0 ? storeBytes / plainBytes : 0.0);
    return 0;
}
