// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "clirunner.h"

#include "futurewatch.h"
#include "inputvalidation.h"
#include "jsonencoder.h"
#include "stashclient.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <cmath>

#include <cstdio>

namespace Tessera {

using namespace Stash;

namespace {

/// Turns a typed future into one that yields JSON, for printing.
template<typename T, typename F>
QFuture<Result<QJsonValue>> asJson(QFuture<Result<T>> future, F toJson)
{
    return future.then([toJson](Result<T> result) -> Result<QJsonValue> {
        if (!result)
            return result.error();
        return QJsonValue(toJson(result.value()));
    });
}

QJsonArray imagesJson(const QList<Image> &images)
{
    QJsonArray array;
    for (const Image &image : images)
        array.append(JsonEncoder::image(image));
    return array;
}

template<typename T, typename F>
QJsonObject pageJson(const LookupPage<T> &page, const char *key, F encode)
{
    QJsonArray items;
    for (const T &item : page.items)
        items.append(encode(item));
    return {{QStringLiteral("count"), page.count}, {QLatin1String(key), items}};
}

/// --input takes JSON text, @file, or - for standard input.
Result<QJsonDocument> readJsonArgument(const QString &value, const QString &option)
{
    QByteArray text;
    if (value == QStringLiteral("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error::invalidInput(QStringLiteral("cannot read standard input"));
        text = in.readAll();
    } else if (value.startsWith(QLatin1Char('@'))) {
        QFile file(value.mid(1));
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalidInput(
                QStringLiteral("cannot read %1: %2").arg(value.mid(1), file.errorString()));
        text = file.readAll();
    } else {
        text = value.toUtf8();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (doc.isNull())
        return Error::invalidInput(
            QStringLiteral("--%1 is not valid JSON: %2").arg(option, error.errorString()));
    return doc;
}

} // namespace

CliRunner::CliRunner(QObject *parent)
    : QObject(parent)
    , m_client(new StashClient(nullptr, this))
{}

QString CliRunner::usage()
{
    return QStringLiteral(
        "Usage: tessera-cli [--server URL] [--timeout SECONDS] COMMAND [ARGS]\n"
        "The server defaults to $STASH_URL; the API key comes from $STASH_API_KEY.\n"
        "\n"
        "Commands (JSON inputs use the server's own field names):\n"
        "  server-info\n"
        "  find-image ID | find-image --checksum MD5\n"
        "  find-images [--q TEXT] [--filter JSON] [--image-filter JSON] [--ids ID,ID...]\n"
        "  image-stats [--q TEXT] [--filter JSON] [--image-filter JSON]\n"
        "  find-image-ids [--filter JSON] [--image-filter JSON]\n"
        "  create-image --input JSON\n"
        "  update-image --input JSON\n"
        "  update-images --input JSON-ARRAY\n"
        "  bulk-update --input JSON [--return-fields id]\n"
        "  destroy-image --input JSON        "
        "{\"id\":..,\"delete_file\":..,\"delete_generated\":..}\n"
        "  destroy-images --input JSON       "
        "{\"ids\":[..],\"delete_file\":..,\"delete_generated\":..}\n"
        "  o-increment ID | o-decrement ID | o-reset ID\n"
        "  find-tags|find-performers|find-studios|find-galleries [--q TEXT] [--page N] "
        "[--per-page N] [--ids ID,ID...]\n"
        "  create-tag NAME\n"
        "  fetch-media URL --output FILE\n"
        "\n"
        "JSON arguments may be given inline, as @file, or as - for standard input.\n"
        "Exit codes: 0 success, 1 the operation failed (kind and message on stderr), 2 usage "
        "error.\n");
}

namespace {

/// Text for the terminal: control characters (a server's or anyone's) are shown
/// as \xNN instead of being obeyed (clear screen, set the title, overwrite a line).
/// Line breaks and tabs stay.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool control = (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f);
        if (control)
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace

void CliRunner::usageError(const QString &message)
{
    QTextStream(stderr) << "tessera-cli: " << printable(message) << "\n\n" << usage();
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(UsageError); });
}

void CliRunner::fail(const Error &error)
{
    QTextStream err(stderr);
    err << "tessera-cli: " << error.kindName() << ": " << printable(error.message()) << '\n';
    if (!error.detail().isEmpty() && error.detail() != error.message())
        err << "  detail: " << printable(error.detail()) << '\n';
    Q_EMIT finished(Failed);
}

void CliRunner::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QStringList valueOptions = {
        QStringLiteral("server"), QStringLiteral("timeout"),       QStringLiteral("q"),
        QStringLiteral("filter"), QStringLiteral("image-filter"),  QStringLiteral("ids"),
        QStringLiteral("input"),  QStringLiteral("return-fields"), QStringLiteral("checksum"),
        QStringLiteral("page"),   QStringLiteral("per-page"),      QStringLiteral("output")};
    for (const QString &name : valueOptions)
        parser.addOption(QCommandLineOption(name, name, QStringLiteral("value")));
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    parser.addOption(QCommandLineOption(QStringLiteral("version")));
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << usage();
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(Success); });
        return;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "tessera-cli " << TESSERA_VERSION << '\n';
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(Success); });
        return;
    }
    for (const QString &name : valueOptions) {
        if (parser.isSet(name))
            m_options.insert(name, parser.value(name));
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given"));

    const QString server =
        m_options.value(QStringLiteral("server"), qEnvironmentVariable("STASH_URL"));
    const QUrl url = ServerEndpoint::normalizeUrl(server);
    if (!url.isValid())
        return usageError(server.isEmpty()
                              ? QStringLiteral("no server: pass --server URL or set STASH_URL")
                              : QStringLiteral("not a server address: %1").arg(server));
    m_client->setEndpoint(ServerEndpoint(url, qEnvironmentVariable("STASH_API_KEY")));
    if (m_options.contains(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = m_options.value(QStringLiteral("timeout")).toDouble(&ok);
        // nan, inf and 1e300 parse as numbers, but no timer can hold them.
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 86400)
            return usageError(
                QStringLiteral("--timeout takes a number of seconds (more than 0, at most 86400)"));
        m_client->setTimeout(std::chrono::milliseconds(qint64(seconds * 1000)));
    }

    Operation operation;
    if (!prepare(positional.first(), positional.mid(1), operation))
        return; // prepare() reported the usage error
    run(operation);
}

void CliRunner::run(const Operation &operation)
{
    // Connect first: which fragments are valid and whether imageCreate exists
    // depend on the server's version and schema.
    FutureWatch::onResult(
        m_client->connectToServer(), this, [this, operation](const Result<ServerInfo> &info) {
            if (!info)
                return fail(info.error());
            FutureWatch::onResult(operation(), this, [this](const Result<QJsonValue> &result) {
                if (!result)
                    return fail(result.error());
                const QJsonValue &value = result.value();
                const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                                          : QJsonDocument(value.toObject());
                if (value.isObject() || value.isArray())
                    std::fputs(doc.toJson(QJsonDocument::Indented).constData(), stdout);
                else
                    std::fputs((QJsonDocument(QJsonArray{value})
                                    .toJson(QJsonDocument::Compact)
                                    .mid(1)
                                    .chopped(1) +
                                '\n')
                                   .constData(),
                               stdout);
                std::fflush(stdout);
                Q_EMIT finished(Success);
            });
        });
}

bool CliRunner::prepare(const QString &command, const QStringList &args, Operation &operation)
{
    const auto option = [this](const char *name) { return m_options.value(QLatin1String(name)); };
    const auto hasOption = [this](const char *name) {
        return m_options.contains(QLatin1String(name));
    };
    const auto needArgs = [&](int count, const char *what) {
        if (args.size() == count)
            return true;
        usageError(QStringLiteral("%1 takes %2").arg(command, QLatin1String(what)));
        return false;
    };
    // Reads --NAME as a JSON object (or array when wantArray).
    const auto jsonOption = [&](const char *name, bool required, bool wantArray,
                                QJsonDocument &out) {
        if (!hasOption(name)) {
            if (required)
                usageError(QStringLiteral("%1 needs --%2").arg(command, QLatin1String(name)));
            return !required;
        }
        Result<QJsonDocument> doc = readJsonArgument(option(name), QLatin1String(name));
        if (!doc) {
            usageError(doc.error().message());
            return false;
        }
        if (wantArray ? !doc.value().isArray() : !doc.value().isObject()) {
            usageError(QStringLiteral("--%1 must be a JSON %2")
                           .arg(QLatin1String(name),
                                wantArray ? QStringLiteral("array") : QStringLiteral("object")));
            return false;
        }
        out = doc.value();
        return true;
    };
    const auto filters = [&](FindFilter &filter, ImageFilter &imageFilter) {
        QJsonDocument filterJson, imageFilterJson;
        if (!jsonOption("filter", false, false, filterJson) ||
            !jsonOption("image-filter", false, false, imageFilterJson))
            return false;
        if (!filterJson.isNull()) {
            Result<FindFilter> parsed = FindFilter::fromJson(filterJson.object());
            if (!parsed) {
                usageError(parsed.error().message());
                return false;
            }
            filter = parsed.value();
        } else {
            filter.sort = QStringLiteral("path");
        }
        if (hasOption("q"))
            filter.q = option("q");
        if (!imageFilterJson.isNull()) {
            Result<ImageFilter> parsed = ImageFilter::fromJson(imageFilterJson.object());
            if (!parsed) {
                usageError(parsed.error().message());
                return false;
            }
            imageFilter = parsed.value();
        }
        return true;
    };
    // Absent, --ids restricts nothing; given, it must name ids: an empty list
    // would silently mean the whole library, and "1.5" is no id at all.
    const auto idList = [&](const char *name, QStringList &ids) {
        ids.clear();
        if (!hasOption(name))
            return true;
        for (const QString &id : option(name).split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids.append(id.trimmed());
        if (ids.isEmpty())
            return usageError(
                       QStringLiteral("--%1 needs at least one id").arg(QLatin1String(name))),
                   false;
        if (const std::optional<Error> problem =
                InputValidation::checkIds(ids, QStringLiteral("id")))
            return usageError(
                       QStringLiteral("--%1: %2").arg(QLatin1String(name), problem->message())),
                   false;
        return true;
    };
    StashClient *client = m_client;

    if (command == QStringLiteral("server-info")) {
        if (!needArgs(0, "no arguments"))
            return false;
        operation = [client] {
            return QtFuture::makeReadyFuture(
                Result<QJsonValue>(QJsonValue(client->serverInfo()->toJson())));
        };
    } else if (command == QStringLiteral("find-image")) {
        const bool byChecksum = hasOption("checksum");
        if (!needArgs(byChecksum ? 0 : 1, "an image id (or --checksum MD5)"))
            return false;
        const QString key = byChecksum ? option("checksum") : args.first();
        operation = [client, key, byChecksum] {
            auto future = byChecksum ? client->findImageByChecksum(key) : client->findImage(key);
            return asJson(future, [](const std::optional<Image> &image) {
                return image ? QJsonValue(JsonEncoder::image(*image))
                             : QJsonValue(QJsonValue::Null);
            });
        };
    } else if (command == QStringLiteral("find-images") ||
               command == QStringLiteral("image-stats") ||
               command == QStringLiteral("find-image-ids")) {
        FindFilter filter;
        ImageFilter imageFilter;
        if (!needArgs(0, "options only") || !filters(filter, imageFilter))
            return false;
        QStringList ids;
        if (!idList("ids", ids))
            return false;
        if (command == QStringLiteral("find-images")) {
            operation = [client, filter, imageFilter, ids] {
                return asJson(
                    client->findImages(filter, imageFilter, ids), [](const FindImagesResult &r) {
                        return QJsonObject{{QStringLiteral("count"), r.count},
                                           {QStringLiteral("images"), imagesJson(r.images)}};
                    });
            };
        } else if (command == QStringLiteral("image-stats")) {
            operation = [client, filter, imageFilter] {
                return asJson(client->findImageStats(filter, imageFilter), [](const ImageStats &s) {
                    return QJsonObject{{QStringLiteral("count"), s.count},
                                       {QStringLiteral("megapixels"), s.megapixels},
                                       {QStringLiteral("filesize"), s.filesize}};
                });
            };
        } else {
            operation = [client, filter, imageFilter] {
                return asJson(client->findImageIds(filter, imageFilter), [](const ImageIdPage &p) {
                    return QJsonObject{{QStringLiteral("count"), p.count},
                                       {QStringLiteral("ids"), QJsonArray::fromStringList(p.ids)}};
                });
            };
        }
    } else if (command == QStringLiteral("create-image") ||
               command == QStringLiteral("update-image") ||
               command == QStringLiteral("bulk-update") ||
               command == QStringLiteral("destroy-image") ||
               command == QStringLiteral("destroy-images")) {
        QJsonDocument input;
        if (!needArgs(0, "--input JSON") || !jsonOption("input", true, false, input))
            return false;
        const QJsonObject json = input.object();
        if (command == QStringLiteral("create-image")) {
            Result<ImageCreate> parsed = ImageCreate::fromJson(json);
            if (!parsed)
                return usageError(parsed.error().message()), false;
            // A missing required field is a usage error, as a missing "id" is for update-image.
            if (!json.contains(QStringLiteral("title")))
                return usageError(QStringLiteral("create-image needs a \"title\" in --input")),
                       false;
            operation = [client, create = parsed.value()] {
                return asJson(client->createImage(create), JsonEncoder::image);
            };
        } else if (command == QStringLiteral("update-image")) {
            Result<ImageUpdate> parsed = ImageUpdate::fromJson(json);
            if (!parsed)
                return usageError(parsed.error().message()), false;
            operation = [client, update = parsed.value()] {
                return asJson(client->updateImage(update), JsonEncoder::image);
            };
        } else if (command == QStringLiteral("bulk-update")) {
            Result<BulkImageUpdate> parsed = BulkImageUpdate::fromJson(json);
            if (!parsed)
                return usageError(parsed.error().message()), false;
            const QString returnFields = option("return-fields");
            if (!returnFields.isEmpty() && returnFields != QStringLiteral("id"))
                return usageError(QStringLiteral("--return-fields supports only \"id\"")), false;
            const BulkReturn returns =
                returnFields.isEmpty() ? BulkReturn::SlimImages : BulkReturn::IdsOnly;
            operation = [client, update = parsed.value(), returns] {
                return asJson(client->bulkUpdateImages(update, returns),
                              [returns](const QList<Image> &images) {
                                  if (returns == BulkReturn::SlimImages)
                                      return imagesJson(images);
                                  QJsonArray ids;
                                  for (const Image &image : images)
                                      ids.append(QJsonObject{{QStringLiteral("id"), image.id}});
                                  return ids;
                              });
            };
        } else {
            const bool many = command == QStringLiteral("destroy-images");
            Result<ImageDestroy> parsed = ImageDestroy::fromJson(json, many);
            if (!parsed)
                return usageError(parsed.error().message()), false;
            operation = [client, destroy = parsed.value(), many] {
                auto future = many ? client->destroyImages(destroy) : client->destroyImage(destroy);
                return asJson(future, [](const Done &) { return true; });
            };
        }
    } else if (command == QStringLiteral("update-images")) {
        QJsonDocument input;
        if (!needArgs(0, "--input JSON-ARRAY") || !jsonOption("input", true, true, input))
            return false;
        QList<ImageUpdate> updates;
        const QJsonArray items = input.array();
        for (const QJsonValue &item : items) {
            Result<ImageUpdate> parsed = ImageUpdate::fromJson(item.toObject());
            if (!item.isObject() || !parsed)
                return usageError(item.isObject() ? parsed.error().message()
                                                  : QStringLiteral("--input must hold objects")),
                       false;
            updates.append(parsed.value());
        }
        operation = [client, updates] { return asJson(client->updateImages(updates), imagesJson); };
    } else if (command == QStringLiteral("o-increment") ||
               command == QStringLiteral("o-decrement") || command == QStringLiteral("o-reset")) {
        if (!needArgs(1, "an image id"))
            return false;
        const QString id = args.first();
        operation = [client, id, command] {
            auto future = command == QStringLiteral("o-increment")   ? client->incrementO(id)
                          : command == QStringLiteral("o-decrement") ? client->decrementO(id)
                                                                     : client->resetO(id);
            return asJson(future, [id](int value) {
                return QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("o_counter"), value}};
            });
        };
    } else if (command.startsWith(QStringLiteral("find-")) &&
               QStringList{QStringLiteral("find-tags"), QStringLiteral("find-performers"),
                           QStringLiteral("find-studios"), QStringLiteral("find-galleries")}
                   .contains(command)) {
        if (!needArgs(0, "options only"))
            return false;
        LookupQuery query;
        query.q = option("q");
        if (!idList("ids", query.ids))
            return false;
        bool pageOk = true, perPageOk = true;
        if (hasOption("page"))
            query.page = option("page").toInt(&pageOk);
        if (hasOption("per-page"))
            query.perPage = option("per-page").toInt(&perPageOk);
        if (!pageOk || !perPageOk)
            return usageError(QStringLiteral("--page and --per-page take numbers")), false;
        operation = [client, query, command] {
            if (command == QStringLiteral("find-tags"))
                return asJson(client->findTags(query), [](const LookupPage<Tag> &p) {
                    return pageJson(p, "tags", JsonEncoder::tag);
                });
            if (command == QStringLiteral("find-performers"))
                return asJson(client->findPerformers(query), [](const LookupPage<Performer> &p) {
                    return pageJson(p, "performers", JsonEncoder::performer);
                });
            if (command == QStringLiteral("find-studios"))
                return asJson(client->findStudios(query), [](const LookupPage<Studio> &p) {
                    return pageJson(p, "studios", JsonEncoder::studio);
                });
            return asJson(client->findGalleries(query), [](const LookupPage<Gallery> &p) {
                return pageJson(p, "galleries", JsonEncoder::gallery);
            });
        };
    } else if (command == QStringLiteral("create-tag")) {
        if (!needArgs(1, "a tag name"))
            return false;
        operation = [client, name = args.first()] {
            return asJson(client->createTag(name), JsonEncoder::tag);
        };
    } else if (command == QStringLiteral("fetch-media")) {
        if (!needArgs(1, "a URL"))
            return false;
        if (!hasOption("output"))
            return usageError(QStringLiteral("fetch-media needs --output FILE")), false;
        const QUrl url(args.first());
        const QString output = option("output");
        operation = [client, url, output] {
            return client->fetchMedia(url).then(
                [output](Result<QByteArray> bytes) -> Result<QJsonValue> {
                    if (!bytes)
                        return bytes.error();
                    QFile file(output);
                    if (!file.open(QIODevice::WriteOnly) ||
                        file.write(bytes.value()) != bytes.value().size())
                        return Error(
                            Error::Kind::InvalidInput,
                            QStringLiteral("cannot write %1: %2").arg(output, file.errorString()));
                    return QJsonValue(QJsonObject{{QStringLiteral("bytes"), bytes.value().size()},
                                                  {QStringLiteral("output"), output}});
                });
        };
    } else {
        usageError(QStringLiteral("unknown command \"%1\"").arg(command));
        return false;
    }
    return true;
}

} // namespace Tessera
