// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkimageupdate.h"
#include "findfilter.h"
#include "graphqldocuments.h"
#include "image.h"
#include "imagefilter.h"
#include "imageupdate.h"
#include "mutationrequest.h"
#include "result.h"
#include "savedfilter.h"
#include "serverendpoint.h"
#include "serverinfo.h"

#include <QFuture>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace Stash {

class GraphQLTransport;
class OriginCookieJar;

struct FindImagesResult
{
    int count = 0;
    QList<Image> images;
};

struct ImageStats
{
    int count = 0;
    double megapixels = 0;
    double filesize = 0; ///< bytes (the server sends a float)
};

struct ImageIdPage
{
    int count = 0;
    QStringList ids;
};

/// A page of look-up results for the dialogs' pickers.
template<typename T>
struct LookupPage
{
    int count = 0;
    QList<T> items;
};

/// Text search and paging for the pickers, or the objects with these ids.
struct LookupQuery
{
    QString q;
    int page = 1;
    int perPage = 50;
    QString sort = QStringLiteral("name");
    QStringList ids;
};

/// How much of the changed images a bulk update returns.
enum class BulkReturn { SlimImages, IdsOnly };

/// The asynchronous, typed Stash client: every image operation of the API and
/// what the dialogs need. Each call returns at once; its QFuture yields the
/// value or the Error. Canceling a future aborts its request. Input that the
/// server would refuse or store wrongly is refused before anything is sent.
class StashClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StashClient)

public:
    /// Uses `network` if given (it must outlive the client), else its own.
    explicit StashClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~StashClient() override;

    void setEndpoint(const ServerEndpoint &endpoint);
    const ServerEndpoint &endpoint() const;
    /// Forgets the session cookie of a password login (a change of server).
    void clearCookies();
    void setTimeout(std::chrono::milliseconds timeout);

    /// Learns version, schema and capabilities; later calls depend on them
    /// (which fragments are valid, whether imageCreate exists). Call first.
    QFuture<Result<ServerInfo>> connectToServer();
    /// Signs in with a username and password (POST /login, see SessionLogin);
    /// the session cookie then goes with every later request. Call before
    /// connectToServer() on servers that use a password instead of an API key.
    QFuture<Result<Done>> login(const QString &username, const QString &password);
    /// The network access manager every request goes through (its cookie jar holds the session).
    QNetworkAccessManager *network() const { return m_network; }
    /// The last successful connectToServer() result, if any.
    const std::optional<ServerInfo> &serverInfo() const { return m_serverInfo; }

    // ---- images -------------------------------------------------------------
    /// An unknown id yields an empty optional, not an error.
    QFuture<Result<std::optional<Image>>> findImage(const QString &id);
    QFuture<Result<std::optional<Image>>> findImageByChecksum(const QString &md5);
    /// With ids set, the server ignores filter and imageFilter and keeps the ids' order.
    QFuture<Result<FindImagesResult>> findImages(const FindFilter &filter,
                                                 const ImageFilter &imageFilter = {},
                                                 const QStringList &ids = {});
    /// Text search with default paging: the Python client's `q` shortcut.
    QFuture<Result<FindImagesResult>> findImages(const QString &q);
    /// count, megapixels and filesize of a filter (slow on big servers: ask only when shown).
    QFuture<Result<ImageStats>> findImageStats(const FindFilter &filter,
                                               const ImageFilter &imageFilter = {});
    /// Only the named fields (server names: title code rating organized urls date
    /// details photographer studio performers tags galleries) of these images,
    /// in the ids' order; the rest of each Image is left empty.
    QFuture<Result<QList<Image>>> findImageFields(const QStringList &ids,
                                                  const QStringList &fields);
    /// One page of ids of a filter, for select-all.
    QFuture<Result<ImageIdPage>> findImageIds(const FindFilter &filter,
                                              const ImageFilter &imageFilter = {});

    /// Fails at once with Unsupported on servers without imageCreate (every Stash release).
    QFuture<Result<Image>> createImage(const ImageCreate &input);
    QFuture<Result<Image>> updateImage(const ImageUpdate &input);
    /// Each image with its own values, in one server transaction.
    QFuture<Result<QList<Image>>> updateImages(const QList<ImageUpdate> &inputs);
    /// The same change for every id, in one server transaction. With IdsOnly,
    /// the returned images carry only their id.
    QFuture<Result<QList<Image>>> bulkUpdateImages(const BulkImageUpdate &input,
                                                   BulkReturn returns = BulkReturn::SlimImages);
    QFuture<Result<Done>> destroyImage(const ImageDestroy &input);
    QFuture<Result<Done>> destroyImages(const ImageDestroy &input);

    /// Each yields the O-counter's new value as the server reports it.
    QFuture<Result<int>> incrementO(const QString &id);
    QFuture<Result<int>> decrementO(const QString &id);
    QFuture<Result<int>> resetO(const QString &id);

    // ---- look-ups for the dialogs ------------------------------------------
    QFuture<Result<LookupPage<Tag>>> findTags(const LookupQuery &query);
    QFuture<Result<LookupPage<Performer>>> findPerformers(const LookupQuery &query);
    QFuture<Result<LookupPage<Studio>>> findStudios(const LookupQuery &query);
    QFuture<Result<LookupPage<Gallery>>> findGalleries(const LookupQuery &query);
    QFuture<Result<Tag>> createTag(const QString &name);
    /// The server's saved image filters; ones whose criteria Tessera cannot read are left out.
    QFuture<Result<QList<SavedFilter>>> findSavedFilters();

    // ---- media ----------------------------------------------------------------
    /// What fetchMedia() fetches: it decides how large an answer may be.
    enum class Media { Thumbnail, FullImage };
    /// Image or thumbnail bytes; the API key is sent only to this server's origin.
    QFuture<Result<QByteArray>> fetchMedia(const QUrl &url, Media kind = Media::FullImage);

    // ---- the image mutations as requests, checked, for the outbox ------------
    Result<MutationRequest> updateImageRequest(const ImageUpdate &input) const;
    Result<MutationRequest> updateImagesRequest(const QList<ImageUpdate> &inputs) const;
    Result<MutationRequest> bulkUpdateImagesRequest(const BulkImageUpdate &input,
                                                    BulkReturn returns) const;
    Result<MutationRequest> destroyImagesRequest(const ImageDestroy &input) const;
    static Result<MutationRequest> oRequest(OStep step, const QString &id);
    /// The images in the answer to an update request (of updateImageRequest(),
    /// updateImagesRequest() or bulkUpdateImagesRequest(), by its operation).
    static Result<QList<Image>> updatedImages(const QString &operation, const QJsonObject &data);
    /// The new O-counter in the answer to an oRequest().
    static Result<int> oCounterIn(const QString &operation, const QJsonObject &data);

    /// Sends one of the client's own operations ("UpdateImage", "IncrementImageO", …) with
    /// `variables` exactly as given, and yields the answer's data object. For the outbox,
    /// which keeps requests on disk as they were made and sends them again after a restart.
    QFuture<Result<QJsonObject>> send(const QString &operation, const QJsonObject &variables);

private:
    template<typename T>
    using Decoder = std::function<Result<T>(const QJsonObject &data)>;

    template<typename T>
    QFuture<Result<T>> run(const QString &operation, const QJsonObject &variables,
                           Decoder<T> decode);
    QFuture<Result<int>> oMutation(OStep step, const QString &id);
    QFuture<Result<std::optional<Image>>> findOneImage(const QJsonObject &variables);
    bool allowsPartialDates() const;

    QNetworkAccessManager *m_network;
    GraphQLTransport *m_transport;
    OriginCookieJar *m_cookies; ///< owned by m_network
    GraphQLDocuments m_documents;
    std::optional<ServerInfo> m_serverInfo;
};

} // namespace Stash
