// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "stashclient.h"

#include "futurewatch.h"
#include "graphqltransport.h"
#include "inputvalidation.h"
#include "jsondecoder.h"
#include "origincookiejar.h"
#include "sessionlogin.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

namespace Stash {

namespace {

template<typename T>
QFuture<Result<T>> failed(const Error &error)
{
    return QtFuture::makeReadyFuture(Result<T>(error));
}

/// Aborts the reply when the caller cancels the future; the watcher dies with the reply.
template<typename T>
void abortOnCancel(const QFuture<T> &future, QNetworkReply *reply)
{
    auto *watcher = new QFutureWatcher<T>(reply);
    QObject::connect(watcher, &QFutureWatcherBase::canceled, reply, &QNetworkReply::abort);
    watcher->setFuture(future);
}

template<typename T>
Result<LookupPage<T>> decodePage(const QJsonObject &data, const char *field, const char *listKey,
                                 Result<T> (JsonDecoder::*decodeOne)(const QJsonValue &))
{
    JsonDecoder decoder;
    const QJsonObject result = decoder.object(data, field);
    LookupPage<T> page;
    page.count = decoder.integer(result, "count");
    const QJsonArray items = decoder.array(result, listKey);
    for (const QJsonValue &item : items) {
        Result<T> one = (decoder.*decodeOne)(item);
        if (!one)
            return one.error();
        page.items.append(one.takeValue());
    }
    if (!decoder.ok())
        return decoder.error();
    return page;
}

QJsonObject lookupVariables(const LookupQuery &query)
{
    QJsonObject variables;
    if (!query.ids.isEmpty()) {
        variables.insert(QStringLiteral("ids"), QJsonArray::fromStringList(query.ids));
        return variables;
    }
    FindFilter filter;
    filter.q = query.q;
    filter.page = query.page;
    filter.perPage = query.perPage;
    filter.sort = query.sort;
    variables.insert(QStringLiteral("filter"), filter.toJson());
    return variables;
}

QJsonObject findVariables(const FindFilter &filter, const ImageFilter &imageFilter)
{
    QJsonObject variables{{QStringLiteral("filter"), filter.toJson()}};
    const QJsonObject criteria = imageFilter.toJson();
    if (!criteria.isEmpty())
        variables.insert(QStringLiteral("image_filter"), criteria);
    return variables;
}

} // namespace

StashClient::StashClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_transport(new GraphQLTransport(m_network, this))
    , m_cookies(new OriginCookieJar)
{
    m_network->setCookieJar(m_cookies); // the network owns it from here
}

StashClient::~StashClient() = default;

void StashClient::setEndpoint(const ServerEndpoint &endpoint)
{
    m_transport->setEndpoint(endpoint);
    m_cookies->setEndpoint(endpoint);
    m_serverInfo.reset();
    m_documents.setUseModernFragments(false);
}

void StashClient::clearCookies()
{
    m_cookies->clear();
}

const ServerEndpoint &StashClient::endpoint() const
{
    return m_transport->endpoint();
}

void StashClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_transport->setTimeout(timeout);
}

bool StashClient::allowsPartialDates() const
{
    // Unknown server: let the server decide rather than refuse a valid v0.30 date.
    return !m_serverInfo || m_serverInfo->supportsPartialDates();
}

template<typename T>
QFuture<Result<T>> StashClient::run(const QString &operation, const QJsonObject &variables,
                                    Decoder<T> decode)
{
    if (!m_transport->endpoint().isValid())
        return failed<T>(Error::invalidInput(QCoreApplication::translate(
            "Stash", "No server address is set (use an http:// or https:// URL).")));
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    // A step of a counter counts again when sent again: never let Qt resend it unseen.
    const bool counts = operation == QLatin1String("IncrementImageO") ||
                        operation == QLatin1String("DecrementImageO");
    QNetworkReply *reply = m_transport->post(
        m_documents.operation(operation), variables, operation,
        [promise, decode = std::move(decode)](Result<QJsonObject> data) {
            promise->addResult(data ? decode(data.value()) : Result<T>(data.error()));
            promise->finish();
        },
        counts ? GraphQLTransport::Resend::Never : GraphQLTransport::Resend::Allowed);
    abortOnCancel(future, reply);
    return future;
}

QFuture<Result<QJsonObject>> StashClient::send(const QString &operation,
                                               const QJsonObject &variables)
{
    if (!GraphQLDocuments::operationNames().contains(operation))
        return failed<QJsonObject>(Error::invalidInput(
            QCoreApplication::translate("Stash", "Tessera has no operation named “%1”.")
                .arg(operation)));
    return run<QJsonObject>(operation, variables,
                            [](const QJsonObject &data) -> Result<QJsonObject> { return data; });
}

QFuture<Result<Done>> StashClient::login(const QString &username, const QString &password)
{
    return SessionLogin::login(m_network, m_transport->endpoint(), username, password,
                               m_transport->timeout());
}

QFuture<Result<ServerInfo>> StashClient::connectToServer()
{
    // The introspection part of the document is version-independent, so it is
    // safe to send before we know anything about the server.
    QFuture<Result<ServerInfo>> future = run<ServerInfo>(
        QStringLiteral("ServerInfo"), {}, [](const QJsonObject &data) -> Result<ServerInfo> {
            JsonDecoder d;
            ServerInfo info;
            const QJsonObject version = d.object(data, "version");
            info.version = d.string(version, "version");
            info.hash = d.string(version, "hash");
            info.buildTime = d.string(version, "build_time");
            const QJsonObject status = d.object(data, "systemStatus");
            info.appSchema = d.integer(status, "appSchema");
            info.status = d.string(status, "status");
            info.ratingSystem =
                RatingSystem::fromUiConfiguration(d.object(d.object(data, "configuration"), "ui"));
            const QJsonObject schema = d.object(data, "__schema");
            if (!d.ok())
                return d.error();
            if (schema.isEmpty() || info.appSchema == 0)
                return Error::decode(QCoreApplication::translate(
                    "Stash", "The server did not describe itself as Stash does."));
            info.capabilities = Capabilities::fromIntrospection(schema);
            if (!info.capabilities.hasQuery(QStringLiteral("findImages")))
                return Error::unsupported(QCoreApplication::translate(
                    "Stash", "This server has no findImages query; it is not a Stash server "
                             "Tessera can use."));
            return info;
        });
    return FutureWatch::then(future, this, [this](Result<ServerInfo> result) {
        if (result) {
            m_serverInfo = result.value();
            m_documents.setUseModernFragments(result.value().capabilities.hasModernFileFields());
        }
        return result;
    });
}

QFuture<Result<std::optional<Image>>> StashClient::findOneImage(const QJsonObject &variables)
{
    return run<std::optional<Image>>(QStringLiteral("FindImage"), variables,
                                     [](const QJsonObject &data) -> Result<std::optional<Image>> {
                                         const QJsonValue image =
                                             data.value(QStringLiteral("findImage"));
                                         if (image.isNull() || image.isUndefined())
                                             return std::optional<Image>();
                                         Result<Image> decoded = JsonDecoder().image(image);
                                         if (!decoded)
                                             return decoded.error();
                                         return std::optional<Image>(decoded.takeValue());
                                     });
}

QFuture<Result<std::optional<Image>>> StashClient::findImage(const QString &id)
{
    if (auto error = InputValidation::checkId(id))
        return failed<std::optional<Image>>(*error);
    return findOneImage({{QStringLiteral("id"), id}});
}

QFuture<Result<std::optional<Image>>> StashClient::findImageByChecksum(const QString &md5)
{
    if (md5.trimmed().isEmpty())
        return failed<std::optional<Image>>(
            Error::invalidInput(QCoreApplication::translate("Stash", "The checksum is empty.")));
    return findOneImage({{QStringLiteral("checksum"), md5.trimmed()}});
}

QFuture<Result<FindImagesResult>> StashClient::findImages(const FindFilter &filter,
                                                          const ImageFilter &imageFilter,
                                                          const QStringList &ids)
{
    if (!FindFilter::isValidImageSort(filter.sort))
        return failed<FindImagesResult>(Error::invalidInput(
            QCoreApplication::translate("Stash", "\"%1\" is not a sort Stash knows.")
                .arg(filter.sort)));
    QJsonObject variables = findVariables(filter, imageFilter);
    if (!ids.isEmpty()) {
        if (auto error =
                InputValidation::checkIds(ids, QCoreApplication::translate("Stash", "image id")))
            return failed<FindImagesResult>(*error);
        variables.insert(QStringLiteral("ids"), QJsonArray::fromStringList(ids));
    }
    return run<FindImagesResult>(QStringLiteral("FindImages"), variables,
                                 [](const QJsonObject &data) -> Result<FindImagesResult> {
                                     JsonDecoder d;
                                     const QJsonObject found = d.object(data, "findImages");
                                     FindImagesResult result;
                                     result.count = d.integer(found, "count");
                                     if (!d.ok())
                                         return d.error();
                                     Result<QList<Image>> images =
                                         d.images(found.value(QStringLiteral("images")));
                                     if (!images)
                                         return images.error();
                                     result.images = images.takeValue();
                                     return result;
                                 });
}

QFuture<Result<FindImagesResult>> StashClient::findImages(const QString &q)
{
    FindFilter filter;
    filter.q = q;
    filter.sort = QStringLiteral("path");
    return findImages(filter);
}

QFuture<Result<ImageStats>> StashClient::findImageStats(const FindFilter &filter,
                                                        const ImageFilter &imageFilter)
{
    FindFilter countOnly = filter;
    countOnly.perPage = 0; // LIMIT 0: no rows, but count and sums are still computed
    countOnly.page = 1;
    return run<ImageStats>(QStringLiteral("FindImagesStats"), findVariables(countOnly, imageFilter),
                           [](const QJsonObject &data) -> Result<ImageStats> {
                               JsonDecoder d;
                               const QJsonObject found = d.object(data, "findImages");
                               ImageStats stats{d.integer(found, "count"),
                                                d.number(found, "megapixels"),
                                                d.number(found, "filesize")};
                               if (!d.ok())
                                   return d.error();
                               return stats;
                           });
}

QFuture<Result<ImageIdPage>> StashClient::findImageIds(const FindFilter &filter,
                                                       const ImageFilter &imageFilter)
{
    return run<ImageIdPage>(QStringLiteral("FindImageIds"), findVariables(filter, imageFilter),
                            [](const QJsonObject &data) -> Result<ImageIdPage> {
                                JsonDecoder d;
                                const QJsonObject found = d.object(data, "findImages");
                                ImageIdPage page;
                                page.count = d.integer(found, "count");
                                const QJsonArray images = d.array(found, "images");
                                page.ids.reserve(images.size());
                                for (const QJsonValue &image : images)
                                    page.ids.append(d.string(image.toObject(), "id"));
                                if (!d.ok())
                                    return d.error();
                                return page;
                            });
}

QFuture<Result<QList<Image>>> StashClient::findImageFields(const QStringList &ids,
                                                           const QStringList &fields)
{
    static const QStringList known = {
        QStringLiteral("title"),      QStringLiteral("code"),         QStringLiteral("rating"),
        QStringLiteral("organized"),  QStringLiteral("urls"),         QStringLiteral("date"),
        QStringLiteral("details"),    QStringLiteral("photographer"), QStringLiteral("studio"),
        QStringLiteral("performers"), QStringLiteral("tags"),         QStringLiteral("galleries")};
    if (ids.isEmpty())
        return QtFuture::makeReadyFuture(Result<QList<Image>>(QList<Image>()));
    if (auto error =
            InputValidation::checkIds(ids, QCoreApplication::translate("Stash", "image id")))
        return failed<QList<Image>>(*error);
    QJsonObject variables{{QStringLiteral("ids"), QJsonArray::fromStringList(ids)}};
    for (const QString &field : known)
        variables.insert(field, fields.contains(field));
    for (const QString &field : fields) {
        if (!known.contains(field))
            return failed<QList<Image>>(
                Error::invalidInput(QCoreApplication::translate(
                                        "Stash", "\"%1\" is not a field Tessera can read in bulk.")
                                        .arg(field)));
    }
    return run<QList<Image>>(QStringLiteral("FindImageFields"), variables,
                             [](const QJsonObject &data) -> Result<QList<Image>> {
                                 JsonDecoder d;
                                 const QJsonObject found = d.object(data, "findImages");
                                 if (!d.ok())
                                     return d.error();
                                 return d.images(found.value(QStringLiteral("images")));
                             });
}

QFuture<Result<Image>> StashClient::createImage(const ImageCreate &input)
{
    if (auto error = input.validate(allowsPartialDates()))
        return failed<Image>(*error);
    if (!m_serverInfo)
        return failed<Image>(Error::invalidInput(QCoreApplication::translate(
            "Stash", "Connect to the server first: creating an image depends on what it offers.")));
    if (!m_serverInfo->capabilities.supportsImageCreate())
        return failed<Image>(Error::unsupported(QCoreApplication::translate(
            "Stash", "This Stash server cannot create images: images enter Stash by scanning a "
                     "library folder. Put the file in a library folder and run a scan "
                     "(Settings → Tasks → Scan).")));
    return run<Image>(QStringLiteral("CreateImage"), {{QStringLiteral("input"), input.toJson()}},
                      [](const QJsonObject &data) {
                          return JsonDecoder().image(data.value(QStringLiteral("imageCreate")));
                      });
}

Result<MutationRequest> StashClient::updateImageRequest(const ImageUpdate &input) const
{
    if (auto error = input.validate(allowsPartialDates()))
        return *error;
    return MutationRequest{QStringLiteral("UpdateImage"),
                           {{QStringLiteral("input"), input.toJson()}}};
}

Result<MutationRequest> StashClient::updateImagesRequest(const QList<ImageUpdate> &inputs) const
{
    if (inputs.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "No image updates were given."));
    QJsonArray array;
    for (const ImageUpdate &input : inputs) {
        if (auto error = input.validate(allowsPartialDates()))
            return *error;
        array.append(input.toJson());
    }
    return MutationRequest{QStringLiteral("UpdateImages"), {{QStringLiteral("input"), array}}};
}

Result<MutationRequest> StashClient::bulkUpdateImagesRequest(const BulkImageUpdate &input,
                                                             BulkReturn returns) const
{
    if (auto error = input.validate(allowsPartialDates()))
        return *error;
    return MutationRequest{returns == BulkReturn::IdsOnly ? QStringLiteral("BulkUpdateImageIds")
                                                          : QStringLiteral("BulkUpdateImages"),
                           {{QStringLiteral("input"), input.toJson()}}};
}

Result<MutationRequest> StashClient::destroyImagesRequest(const ImageDestroy &input) const
{
    if (auto error = input.validate())
        return *error;
    const QJsonObject json{{QStringLiteral("ids"), QJsonArray::fromStringList(input.ids)},
                           {QStringLiteral("delete_file"), input.deleteFile},
                           {QStringLiteral("delete_generated"), input.deleteGenerated}};
    return MutationRequest{QStringLiteral("DestroyImages"), {{QStringLiteral("input"), json}}};
}

Result<MutationRequest> StashClient::oRequest(OStep step, const QString &id)
{
    if (auto error = InputValidation::checkId(id))
        return *error;
    const QString operation = step == OStep::Increment   ? QStringLiteral("IncrementImageO")
                              : step == OStep::Decrement ? QStringLiteral("DecrementImageO")
                                                         : QStringLiteral("ResetImageO");
    return MutationRequest{operation, {{QStringLiteral("id"), id}}};
}

Result<QList<Image>> StashClient::updatedImages(const QString &operation, const QJsonObject &data)
{
    if (operation == QLatin1String("UpdateImage")) {
        Result<Image> image = JsonDecoder().image(data.value(QStringLiteral("imageUpdate")));
        if (!image)
            return image.error();
        return QList<Image>{image.value()};
    }
    if (operation == QLatin1String("UpdateImages")) {
        // The server returns [Image] with nulls for images it could not re-read;
        // keep only the real ones.
        QJsonArray items;
        const QJsonArray raw = data.value(QStringLiteral("imagesUpdate")).toArray();
        for (const QJsonValue &v : raw) {
            if (!v.isNull())
                items.append(v);
        }
        return JsonDecoder().images(items);
    }
    const QJsonValue list = data.value(QStringLiteral("bulkImageUpdate"));
    if (list.isNull()) // what the server answers for no change
        return QList<Image>();
    return JsonDecoder().images(list);
}

Result<int> StashClient::oCounterIn(const QString &operation, const QJsonObject &data)
{
    const QString field =
        operation == QLatin1String("IncrementImageO")   ? QStringLiteral("imageIncrementO")
        : operation == QLatin1String("DecrementImageO") ? QStringLiteral("imageDecrementO")
                                                        : QStringLiteral("imageResetO");
    if (!data.value(field).isDouble())
        return Error::decode(
            QCoreApplication::translate("Stash", "The server sent no new O-count."));
    JsonDecoder decoder;
    const int value = decoder.integer(data, field.toUtf8().constData());
    if (!decoder.ok())
        return decoder.error();
    return value;
}

QFuture<Result<Image>> StashClient::updateImage(const ImageUpdate &input)
{
    const Result<MutationRequest> request = updateImageRequest(input);
    if (!request)
        return failed<Image>(request.error());
    return run<Image>(request.value().operation, request.value().variables,
                      [](const QJsonObject &data) -> Result<Image> {
                          Result<QList<Image>> images =
                              updatedImages(QStringLiteral("UpdateImage"), data);
                          if (!images)
                              return images.error();
                          return images.value().first();
                      });
}

QFuture<Result<QList<Image>>> StashClient::updateImages(const QList<ImageUpdate> &inputs)
{
    const Result<MutationRequest> request = updateImagesRequest(inputs);
    if (!request)
        return failed<QList<Image>>(request.error());
    return run<QList<Image>>(request.value().operation, request.value().variables,
                             [](const QJsonObject &data) {
                                 return updatedImages(QStringLiteral("UpdateImages"), data);
                             });
}

QFuture<Result<QList<Image>>> StashClient::bulkUpdateImages(const BulkImageUpdate &input,
                                                            BulkReturn returns)
{
    const Result<MutationRequest> request = bulkUpdateImagesRequest(input, returns);
    if (!request)
        return failed<QList<Image>>(request.error());
    const QString operation = request.value().operation;
    return run<QList<Image>>(
        operation, request.value().variables,
        [operation](const QJsonObject &data) { return updatedImages(operation, data); });
}

QFuture<Result<Done>> StashClient::destroyImage(const ImageDestroy &input)
{
    if (auto error = input.validate())
        return failed<Done>(*error);
    if (input.ids.size() != 1)
        return failed<Done>(Error::invalidInput(
            QCoreApplication::translate("Stash", "destroyImage takes exactly one id.")));
    const QJsonObject json{{QStringLiteral("id"), input.ids.first()},
                           {QStringLiteral("delete_file"), input.deleteFile},
                           {QStringLiteral("delete_generated"), input.deleteGenerated}};
    return run<Done>(QStringLiteral("DestroyImage"), {{QStringLiteral("input"), json}},
                     [](const QJsonObject &data) -> Result<Done> {
                         if (data.value(QStringLiteral("imageDestroy")).toBool())
                             return Done();
                         return Error::decode(QCoreApplication::translate(
                             "Stash", "The server did not confirm the delete."));
                     });
}

QFuture<Result<Done>> StashClient::destroyImages(const ImageDestroy &input)
{
    const Result<MutationRequest> request = destroyImagesRequest(input);
    if (!request)
        return failed<Done>(request.error());
    return run<Done>(request.value().operation, request.value().variables,
                     [](const QJsonObject &data) -> Result<Done> {
                         if (data.value(QStringLiteral("imagesDestroy")).toBool())
                             return Done();
                         return Error::decode(QCoreApplication::translate(
                             "Stash", "The server did not confirm the delete."));
                     });
}

QFuture<Result<int>> StashClient::oMutation(OStep step, const QString &id)
{
    const Result<MutationRequest> request = oRequest(step, id);
    if (!request)
        return failed<int>(request.error());
    const QString operation = request.value().operation;
    return run<int>(operation, request.value().variables,
                    [operation](const QJsonObject &data) { return oCounterIn(operation, data); });
}

QFuture<Result<int>> StashClient::incrementO(const QString &id)
{
    return oMutation(OStep::Increment, id);
}

QFuture<Result<int>> StashClient::decrementO(const QString &id)
{
    return oMutation(OStep::Decrement, id);
}

QFuture<Result<int>> StashClient::resetO(const QString &id)
{
    return oMutation(OStep::Reset, id);
}

QFuture<Result<LookupPage<Tag>>> StashClient::findTags(const LookupQuery &query)
{
    return run<LookupPage<Tag>>(
        QStringLiteral("FindTags"), lookupVariables(query), [](const QJsonObject &data) {
            return decodePage<Tag>(data, "findTags", "tags", &JsonDecoder::tag);
        });
}

QFuture<Result<LookupPage<Performer>>> StashClient::findPerformers(const LookupQuery &query)
{
    return run<LookupPage<Performer>>(
        QStringLiteral("FindPerformers"), lookupVariables(query), [](const QJsonObject &data) {
            return decodePage<Performer>(data, "findPerformers", "performers",
                                         &JsonDecoder::performer);
        });
}

QFuture<Result<LookupPage<Studio>>> StashClient::findStudios(const LookupQuery &query)
{
    return run<LookupPage<Studio>>(
        QStringLiteral("FindStudios"), lookupVariables(query), [](const QJsonObject &data) {
            return decodePage<Studio>(data, "findStudios", "studios", &JsonDecoder::studio);
        });
}

QFuture<Result<LookupPage<Gallery>>> StashClient::findGalleries(const LookupQuery &query)
{
    LookupQuery byTitle = query;
    if (byTitle.sort == QStringLiteral("name"))
        byTitle.sort = QStringLiteral("title"); // galleries have no name
    return run<LookupPage<Gallery>>(
        QStringLiteral("FindGalleries"), lookupVariables(byTitle), [](const QJsonObject &data) {
            return decodePage<Gallery>(data, "findGalleries", "galleries", &JsonDecoder::gallery);
        });
}

QFuture<Result<Tag>> StashClient::createTag(const QString &name)
{
    if (name.trimmed().isEmpty())
        return failed<Tag>(
            Error::invalidInput(QCoreApplication::translate("Stash", "A tag needs a name.")));
    return run<Tag>(
        QStringLiteral("CreateTag"),
        {{QStringLiteral("input"), QJsonObject{{QStringLiteral("name"), name.trimmed()}}}},
        [](const QJsonObject &data) {
            return JsonDecoder().tag(data.value(QStringLiteral("tagCreate")));
        });
}

QFuture<Result<QList<SavedFilter>>> StashClient::findSavedFilters()
{
    return run<QList<SavedFilter>>(
        QStringLiteral("FindSavedFilters"), {},
        [](const QJsonObject &data) -> Result<QList<SavedFilter>> {
            JsonDecoder d;
            QList<SavedFilter> filters;
            const QJsonArray items = d.array(data, "findSavedFilters");
            for (const QJsonValue &item : items) {
                const QJsonObject o = item.toObject();
                SavedFilter filter;
                filter.id = d.string(o, "id");
                filter.name = d.string(o, "name");
                const QJsonObject find = d.object(o, "find_filter");
                filter.findFilter.q = d.string(find, "q");
                const QString sort = d.string(find, "sort");
                filter.findFilter.sort = FindFilter::isValidImageSort(sort) ? sort : QString();
                filter.findFilter.direction = d.string(find, "direction") == QStringLiteral("DESC")
                                                  ? SortDirection::Desc
                                                  : SortDirection::Asc;
                Result<ImageFilter> criteria =
                    SavedFilter::imageFilterFromSaved(d.object(o, "object_filter"));
                if (!criteria)
                    continue; // a criterion we cannot express: better absent than wrong
                filter.imageFilter = criteria.value();
                filters.append(filter);
            }
            if (!d.ok())
                return d.error();
            return filters;
        });
}

QFuture<Result<QByteArray>> StashClient::fetchMedia(const QUrl &url, Media kind)
{
    if (!url.isValid() || url.isEmpty())
        return failed<QByteArray>(
            Error::invalidInput(QCoreApplication::translate("Stash", "The image has no URL.")));
    // The URL comes from the server: never let it open a local file (file:, data:, …).
    const QString scheme = url.isRelative() ? QStringLiteral("http") : url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return failed<QByteArray>(Error::invalidInput(
            QCoreApplication::translate("Stash",
                                        "The server gave an image address Tessera does not open "
                                        "(only http and https): %1")
                .arg(url.toDisplayString().left(200))));
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    QFuture<Result<QByteArray>> future = promise->future();
    promise->start();
    const qint64 limit = kind == Media::Thumbnail ? GraphQLTransport::MaxThumbnailBytes
                                                  : GraphQLTransport::MaxImageBytes;
    const QUrl own = m_transport->endpoint().onOwnOrigin(url);
    QNetworkReply *reply = m_transport->get(own, limit, [promise](Result<QByteArray> bytes) {
        promise->addResult(std::move(bytes));
        promise->finish();
    });
    abortOnCancel(future, reply);
    return future;
}

} // namespace Stash
