// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// tst_cli: runs the real tessera-cli binary against tests/fake-stash for every
// subcommand and checks its JSON output, its exit code and, through
// GET /__stats, what reached the server.

#include "fakestash.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int ImageCount = 200;
const QString ApiKey = u"tst-cli-secret-4f9a1c"_s;

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonValue json;     // stdout parsed as one JSON value
    bool jsonOk = false; // stdout held exactly one JSON value

    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out.left(2000) +
               "\nstderr: " + err.left(2000);
    }
    QJsonObject object() const { return json.toObject(); }
    QJsonArray array() const { return json.toArray(); }
};

struct CliOptions
{
    QString url;    // STASH_URL; empty: not set at all
    QString apiKey; // STASH_API_KEY; empty: not set
    QByteArray standardInput;
};

QSet<QString> idsOf(const QJsonArray &items)
{
    QSet<QString> ids;
    for (const QJsonValue &item : items)
        ids.insert(item.toObject().value("id"_L1).toString());
    return ids;
}

QStringList idListOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value("id"_L1).toString());
    return ids;
}

QStringList tagIdsOf(const QJsonObject &image)
{
    QStringList ids = idListOf(image.value("tags"_L1).toArray());
    ids.sort();
    return ids;
}

QString md5Of(const QJsonObject &image)
{
    const QJsonArray files = image.value("visual_files"_L1).toArray();
    for (const QJsonValue &file : files) {
        for (const QJsonValue &fp : file.toObject().value("fingerprints"_L1).toArray()) {
            if (fp.toObject().value("type"_L1).toString() == "md5"_L1)
                return fp.toObject().value("value"_L1).toString();
        }
    }
    return {};
}

const QStringList &mutationRootFields()
{
    static const QStringList fields = {
        u"imageCreate"_s,  u"imageUpdate"_s,   u"bulkImageUpdate"_s, u"imagesUpdate"_s,
        u"imageDestroy"_s, u"imagesDestroy"_s, u"imageIncrementO"_s, u"imageDecrementO"_s,
        u"imageResetO"_s,  u"tagCreate"_s,     u"configureUI"_s,     u"configureUISetting"_s};
    return fields;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void versionAndHelp();
    void serverInfo_data();
    void serverInfo();
    void findImage();
    void findImages();
    void findImagesImageFilter();
    void imageStats();
    void findImageIds();
    void createImageUnsupported();
    void createImageSupported();
    void updateImage();
    void updateImages();
    void bulkUpdate();
    void destroyImages();
    void oCounter();
    void lookups_data();
    void lookups();
    void createTag();
    void fetchMedia();
    void inputFromFileAndStdin();
    void serverOption();
    void usageErrors_data();
    void usageErrors();
    void unauthorized();
    void transportError();
    void injectedFaults_data();
    void injectedFaults();
    void timeout();
    void invalidInput_data();
    void invalidInput();

private:
    CliResult cli(const QStringList &arguments, const QByteArray &standardInput = {});
    CliResult cliWith(const CliOptions &options, const QStringList &arguments);
    QString url() const { return m_server->url().toString(); }
    QJsonObject findImageJson(const QString &id);
    QJsonObject stats() { return m_server->stats(); }

    std::unique_ptr<FakeStash> m_server;
    QTemporaryDir m_dir;
    QStringList m_leaks; // outputs that contained an API key
};

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(TESSERA_CLI)), TESSERA_CLI);
    QVERIFY(m_dir.isValid());
    m_server = std::make_unique<FakeStash>(QStringList{u"--images"_s, QString::number(ImageCount)});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
}

void TestCli::init()
{
    // Every test starts from the seeded store with zeroed counters.
    QVERIFY(m_server->reset());
    m_leaks.clear();
}

void TestCli::cleanup()
{
    QVERIFY2(m_leaks.isEmpty(), qPrintable(m_leaks.join(u"\n---\n"_s)));
}

void TestCli::cleanupTestCase()
{
    m_server.reset();
}

CliResult TestCli::cli(const QStringList &arguments, const QByteArray &standardInput)
{
    return cliWith({url(), {}, standardInput}, arguments);
}

CliResult TestCli::cliWith(const CliOptions &options, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"STASH_URL"_s);
    env.remove(u"STASH_API_KEY"_s);
    if (!options.url.isEmpty())
        env.insert(u"STASH_URL"_s, options.url);
    if (!options.apiKey.isEmpty())
        env.insert(u"STASH_API_KEY"_s, options.apiKey);

    QProcess process;
    process.setProcessEnvironment(env);
    process.setProgram(QStringLiteral(TESSERA_CLI));
    process.setArguments(arguments);
    process.setWorkingDirectory(m_dir.path());
    process.start();
    CliResult result;
    if (!process.waitForStarted(10000)) {
        result.err = "could not start tessera-cli: " + process.errorString().toUtf8();
        return result;
    }
    if (!options.standardInput.isEmpty())
        process.write(options.standardInput);
    process.closeWriteChannel();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished(3000);
        result.err = "tessera-cli did not finish: " + process.readAllStandardError();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;

    // Wrapped in an array so that scalars (true, null) parse as well.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + result.out + "]", &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1) {
        result.jsonOk = true;
        result.json = doc.array().first();
    }

    // The key must never be echoed, neither the right one nor a wrong one.
    for (const QString &key : {ApiKey, options.apiKey}) {
        if (!key.isEmpty() &&
            (result.out.contains(key.toUtf8()) || result.err.contains(key.toUtf8())))
            m_leaks.append(u"API key in the output of %1:\n%2"_s.arg(
                arguments.join(u' '), QString::fromUtf8(result.describe())));
    }
    return result;
}

QJsonObject TestCli::findImageJson(const QString &id)
{
    const CliResult r = cli({u"find-image"_s, id});
    if (r.exitCode != 0 || !r.jsonOk)
        qWarning("find-image %s failed: %s", qPrintable(id), r.describe().constData());
    return r.object();
}

#define CHECK_OK(r) QVERIFY2((r).exitCode == 0 && (r).jsonOk, (r).describe().constData())
#define CHECK_FAIL(r, code, text)                                                                  \
    do {                                                                                           \
        QVERIFY2((r).exitCode == (code), (r).describe().constData());                              \
        QVERIFY2((r).err.contains(text), (r).describe().constData());                              \
        QVERIFY2((r).out.isEmpty(), (r).describe().constData());                                   \
    } while (false)

void TestCli::versionAndHelp()
{
    const CliResult version = cliWith({}, {u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith("tessera-cli "), version.describe().constData());
    QVERIFY2(version.out.trimmed().size() > int(qstrlen("tessera-cli ")),
             version.describe().constData());

    const CliResult help = cliWith({}, {u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("Usage: tessera-cli"));
    for (const char *command :
         {"server-info",     "find-image",   "find-images",    "image-stats", "find-image-ids",
          "create-image",    "update-image", "update-images",  "bulk-update", "destroy-image",
          "destroy-images",  "o-increment",  "o-decrement",    "o-reset",     "find-tags",
          "find-performers", "find-studios", "find-galleries", "create-tag",  "fetch-media"})
        QVERIFY2(help.out.contains(command), command);
    // Neither reached any server.
    QCOMPARE(stats().value("graphqlRequests"_L1).toInt(), 0);
}

void TestCli::serverInfo_data()
{
    QTest::addColumn<QStringList>("serverArguments");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("appSchema");
    QTest::addColumn<bool>("modern");
    QTest::addColumn<bool>("imageCreate");

    QTest::newRow("0.30.1") << QStringList{} << u"v0.30.1"_s << 75 << true << false;
    QTest::newRow("0.26.2") << QStringList{u"--stash-version"_s, u"0.26.2"_s} << u"v0.26.2"_s << 58
                            << false << false;
    QTest::newRow("0.30.1 with imageCreate")
        << QStringList{u"--with-image-create"_s} << u"v0.30.1"_s << 75 << true << true;
}

void TestCli::serverInfo()
{
    QFETCH(QStringList, serverArguments);
    QFETCH(QString, version);
    QFETCH(int, appSchema);
    QFETCH(bool, modern);
    QFETCH(bool, imageCreate);

    FakeStash server(QStringList{u"--images"_s, u"20"_s} + serverArguments);
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    const CliResult r = cliWith({server.url().toString(), {}, {}}, {u"server-info"_s});
    CHECK_OK(r);
    const QJsonObject info = r.object();
    QCOMPARE(info.value("version"_L1).toString(), version);
    QCOMPARE(info.value("appSchema"_L1).toInt(), appSchema);
    QVERIFY(!info.value("status"_L1).toString().isEmpty());
    QCOMPARE(info.value("ratingSystem"_L1).toString().isEmpty(), false);
    const QJsonObject caps = info.value("capabilities"_L1).toObject();
    QCOMPARE(caps.value("imageCreate"_L1).toBool(), imageCreate);
    QCOMPARE(caps.value("modernFileFields"_L1).toBool(), modern);
    QCOMPARE(caps.value("partialDates"_L1).toBool(), modern); // v0.30 has partial dates
    const QJsonArray queries = caps.value("queries"_L1).toArray();
    const QJsonArray mutations = caps.value("mutations"_L1).toArray();
    for (const char *query : {"findImage", "findImages", "findTags", "version", "systemStatus"})
        QVERIFY2(queries.contains(QLatin1String(query)), query);
    for (const char *mutation : {"imageUpdate", "bulkImageUpdate", "imagesDestroy", "tagCreate"})
        QVERIFY2(mutations.contains(QLatin1String(mutation)), mutation);
    QCOMPARE(mutations.contains("imageCreate"_L1), imageCreate);

    // Only the connect went out, and it used the server's own version field.
    const QJsonObject s = server.stats();
    QCOMPARE(s.value("graphqlRequests"_L1).toInt(), 1);
    QCOMPARE(FakeStash::rootFieldCount(s, u"version"_s), 1);
    for (const QString &m : mutationRootFields())
        QCOMPARE(FakeStash::rootFieldCount(s, m), 0);

    // The operations work on that version too (its fragments are valid there).
    const CliResult image = cliWith({server.url().toString(), {}, {}}, {u"find-image"_s, u"3"_s});
    CHECK_OK(image);
    QCOMPARE(image.object().value("id"_L1).toString(), u"3"_s);
    QVERIFY(!image.object().value("title"_L1).toString().isEmpty());
    QCOMPARE(image.object().value("visual_files"_L1).toArray().size(), 1);
}

void TestCli::findImage()
{
    // The md5 comes from find-images' own output.
    const CliResult page = cli({u"find-images"_s, u"--filter"_s, uR"({"per_page":3})"_s});
    CHECK_OK(page);
    const QJsonArray images = page.object().value("images"_L1).toArray();
    QCOMPARE(images.size(), 3);
    const QJsonObject second = images.at(1).toObject();
    const QString id = second.value("id"_L1).toString();
    const QString md5 = md5Of(second);
    QCOMPARE(md5.size(), 32);

    const CliResult byId = cli({u"find-image"_s, id});
    CHECK_OK(byId);
    QCOMPARE(byId.object().value("id"_L1).toString(), id);
    QCOMPARE(byId.object().value("title"_L1), second.value("title"_L1));
    QCOMPARE(md5Of(byId.object()), md5);
    for (const char *key : {"rating100", "o_counter", "organized", "paths", "tags", "performers",
                            "galleries", "studio", "created_at", "urls"})
        QVERIFY2(byId.object().contains(QLatin1String(key)), key);
    QVERIFY(byId.object()
                .value("paths"_L1)
                .toObject()
                .value("image"_L1)
                .toString()
                .contains(u"/image/"_s));

    const CliResult byChecksum = cli({u"find-image"_s, u"--checksum"_s, md5});
    CHECK_OK(byChecksum);
    QCOMPARE(byChecksum.object().value("id"_L1).toString(), id);
    QCOMPARE(md5Of(byChecksum.object()), md5);
    QCOMPARE(m_server->lastVariables(u"FindImage"_s), QJsonObject({{u"checksum"_s, md5}}));

    const CliResult unknown = cli({u"find-image"_s, u"999999"_s});
    QVERIFY2(unknown.exitCode == 0 && unknown.jsonOk, unknown.describe().constData());
    QVERIFY(unknown.json.isNull());
    QCOMPARE(unknown.out.trimmed(), QByteArray("null"));

    const CliResult unknownChecksum =
        cli({u"find-image"_s, u"--checksum"_s, u"00000000000000000000000000000000"_s});
    QVERIFY2(unknownChecksum.exitCode == 0 && unknownChecksum.json.isNull(),
             unknownChecksum.describe().constData());
}

void TestCli::findImages()
{
    // No options: the first page of 25 of all images.
    const CliResult all = cli({u"find-images"_s});
    CHECK_OK(all);
    QCOMPARE(all.object().value("count"_L1).toInt(), ImageCount);
    const QJsonObject defaultFilter =
        m_server->lastVariables(u"FindImages"_s).value("filter"_L1).toObject();
    const int defaultPage = defaultFilter.value("per_page"_L1).toInt();
    QVERIFY2(defaultPage > 0 && defaultPage < ImageCount,
             QJsonDocument(defaultFilter).toJson().constData());
    QCOMPARE(all.object().value("images"_L1).toArray().size(), defaultPage);
    QCOMPARE(defaultFilter.value("sort"_L1).toString(), u"path"_s);

    // --q narrows by text; the word comes from a real title.
    const QString title = findImageJson(u"1"_s).value("title"_L1).toString();
    QVERIFY(!title.isEmpty());
    const QString word = title.split(u' ').first();
    const CliResult q =
        cli({u"find-images"_s, u"--q"_s, word, u"--filter"_s, uR"({"per_page":-1})"_s});
    CHECK_OK(q);
    const int qCount = q.object().value("count"_L1).toInt();
    QVERIFY(qCount >= 1);
    QVERIFY(qCount < ImageCount);
    QCOMPARE(q.object().value("images"_L1).toArray().size(), qCount);
    QVERIFY(idsOf(q.object().value("images"_L1).toArray()).contains(u"1"_s));
    QCOMPARE(m_server->lastVariables(u"FindImages"_s)
                 .value("filter"_L1)
                 .toObject()
                 .value("q"_L1)
                 .toString(),
             word);

    // --filter: per_page, sort and direction.
    for (const QString &direction : {u"DESC"_s, u"ASC"_s}) {
        const CliResult sorted = cli(
            {u"find-images"_s, u"--filter"_s,
             uR"({"per_page":7,"page":2,"sort":"o_counter","direction":"%1"})"_s.arg(direction)});
        CHECK_OK(sorted);
        QCOMPARE(sorted.object().value("count"_L1).toInt(), ImageCount);
        const QJsonArray page = sorted.object().value("images"_L1).toArray();
        QCOMPARE(page.size(), 7);
        for (qsizetype i = 1; i < page.size(); ++i) {
            const int before = page.at(i - 1).toObject().value("o_counter"_L1).toInt();
            const int after = page.at(i).toObject().value("o_counter"_L1).toInt();
            QVERIFY2(direction == "DESC"_L1 ? before >= after : before <= after,
                     sorted.describe().constData());
        }
        const QJsonObject sent =
            m_server->lastVariables(u"FindImages"_s).value("filter"_L1).toObject();
        QCOMPARE(sent.value("per_page"_L1).toInt(), 7);
        QCOMPARE(sent.value("page"_L1).toInt(), 2);
        QCOMPARE(sent.value("sort"_L1).toString(), u"o_counter"_s);
        QCOMPARE(sent.value("direction"_L1).toString(), direction);
    }

    // --ids returns exactly those images, in the order given.
    const CliResult ids = cli({u"find-images"_s, u"--ids"_s, u"17,3,120,9"_s});
    CHECK_OK(ids);
    QCOMPARE(idListOf(ids.object().value("images"_L1).toArray()),
             (QStringList{u"17"_s, u"3"_s, u"120"_s, u"9"_s}));
    QCOMPARE(ids.object().value("count"_L1).toInt(), 4);
}

void TestCli::findImagesImageFilter()
{
    const auto run = [this](const QString &imageFilter) {
        return cli({u"find-images"_s, u"--filter"_s, uR"({"per_page":-1})"_s, u"--image-filter"_s,
                    imageFilter});
    };
    const QString tagCriterion = uR"("tags":{"value":["1"],"modifier":"INCLUDES"})"_s;

    const CliResult tagged = run(u"{%1}"_s.arg(tagCriterion));
    CHECK_OK(tagged);
    const QJsonArray taggedImages = tagged.object().value("images"_L1).toArray();
    const int taggedCount = tagged.object().value("count"_L1).toInt();
    QVERIFY(taggedCount > 0 && taggedCount < ImageCount);
    QCOMPARE(taggedImages.size(), taggedCount);
    for (const QJsonValue &image : taggedImages)
        QVERIFY(tagIdsOf(image.toObject()).contains(u"1"_s));
    // The same number as the tag's own image_count.
    const CliResult tag = cli({u"find-tags"_s, u"--ids"_s, u"1"_s});
    CHECK_OK(tag);
    QCOMPARE(
        tag.object().value("tags"_L1).toArray().first().toObject().value("image_count"_L1).toInt(),
        taggedCount);

    const CliResult organized = run(uR"({"organized":true})"_s);
    CHECK_OK(organized);
    const int organizedCount = organized.object().value("count"_L1).toInt();
    QVERIFY(organizedCount > 0);

    const CliResult both = run(uR"({%1,"AND":{"organized":true}})"_s.arg(tagCriterion));
    CHECK_OK(both);
    const QJsonArray bothImages = both.object().value("images"_L1).toArray();
    for (const QJsonValue &image : bothImages) {
        QVERIFY(tagIdsOf(image.toObject()).contains(u"1"_s));
        QVERIFY(image.toObject().value("organized"_L1).toBool());
    }

    const CliResult either = run(uR"({%1,"OR":{"organized":true}})"_s.arg(tagCriterion));
    CHECK_OK(either);
    const QJsonArray eitherImages = either.object().value("images"_L1).toArray();
    for (const QJsonValue &image : eitherImages) {
        QVERIFY(tagIdsOf(image.toObject()).contains(u"1"_s) ||
                image.toObject().value("organized"_L1).toBool());
    }
    QCOMPARE(either.object().value("count"_L1).toInt(),
             taggedCount + organizedCount - both.object().value("count"_L1).toInt());
    QVERIFY(either.object().value("count"_L1).toInt() > taggedCount);

    // What was sent is the server's own filter shape.
    const QJsonObject sent =
        m_server->lastVariables(u"FindImages"_s).value("image_filter"_L1).toObject();
    QVERIFY2(sent.contains("OR"_L1) && sent.contains("tags"_L1),
             QJsonDocument(sent).toJson().constData());

    // EXCLUDES is the complement.
    const CliResult excluded = run(uR"({"tags":{"value":["1"],"modifier":"EXCLUDES"}})"_s);
    CHECK_OK(excluded);
    QCOMPARE(excluded.object().value("count"_L1).toInt(), ImageCount - taggedCount);
}

void TestCli::imageStats()
{
    const CliResult all = cli({u"image-stats"_s});
    CHECK_OK(all);
    QCOMPARE(all.object().value("count"_L1).toInt(), ImageCount);
    QVERIFY(all.object().value("megapixels"_L1).toDouble() > 0);
    QVERIFY(all.object().value("filesize"_L1).toDouble() > 0);

    const CliResult tagged = cli({u"image-stats"_s, u"--image-filter"_s,
                                  uR"({"tags":{"value":["1"],"modifier":"INCLUDES"}})"_s});
    CHECK_OK(tagged);
    const CliResult taggedPage = cli({u"find-images"_s, u"--image-filter"_s,
                                      uR"({"tags":{"value":["1"],"modifier":"INCLUDES"}})"_s});
    CHECK_OK(taggedPage);
    QCOMPARE(tagged.object().value("count"_L1).toInt(),
             taggedPage.object().value("count"_L1).toInt());
    QVERIFY(tagged.object().value("count"_L1).toInt() < ImageCount);
    QVERIFY(tagged.object().value("megapixels"_L1).toDouble() <
            all.object().value("megapixels"_L1).toDouble());
    QVERIFY(tagged.object().value("filesize"_L1).toDouble() <
            all.object().value("filesize"_L1).toDouble());
}

void TestCli::findImageIds()
{
    const CliResult all = cli({u"find-image-ids"_s, u"--filter"_s, uR"({"per_page":-1})"_s});
    CHECK_OK(all);
    QCOMPARE(all.object().value("count"_L1).toInt(), ImageCount);
    const QJsonArray ids = all.object().value("ids"_L1).toArray();
    QCOMPARE(ids.size(), ImageCount);
    QSet<QString> unique;
    for (const QJsonValue &id : ids) {
        QVERIFY(id.isString());
        unique.insert(id.toString());
    }
    QCOMPARE(unique.size(), ImageCount);

    // The same ids, in the same order, as find-images with that filter.
    const QString filter = uR"({"per_page":10,"sort":"title","direction":"DESC"})"_s;
    const CliResult some = cli({u"find-image-ids"_s, u"--filter"_s, filter});
    CHECK_OK(some);
    const CliResult images = cli({u"find-images"_s, u"--filter"_s, filter});
    CHECK_OK(images);
    QCOMPARE(some.object().value("ids"_L1).toArray().toVariantList(),
             QJsonArray::fromStringList(idListOf(images.object().value("images"_L1).toArray()))
                 .toVariantList());
}

void TestCli::createImageUnsupported()
{
    const CliResult r = cli({u"create-image"_s, u"--input"_s, uR"({"title":"x"})"_s});
    CHECK_FAIL(r, 1, "unsupported");
    // Only the connect reached the server: no mutation at all.
    const QJsonObject s = stats();
    QCOMPARE(s.value("graphqlRequests"_L1).toInt(), 1);
    for (const QString &m : mutationRootFields())
        QCOMPARE(FakeStash::rootFieldCount(s, m), 0);
    QVERIFY(!s.value("operations"_L1).toObject().contains("CreateImage"_L1));

    // A missing title is a usage error, found before anything is sent.
    const CliResult noTitle = cli({u"create-image"_s, u"--input"_s, u"{}"_s});
    CHECK_FAIL(noTitle, 2, "title");
    const CliResult noInput = cli({u"create-image"_s});
    CHECK_FAIL(noInput, 2, "--input");
    QCOMPARE(stats().value("graphqlRequests"_L1).toInt(), 1);
}

void TestCli::createImageSupported()
{
    FakeStash server({u"--images"_s, u"20"_s, u"--with-image-create"_s});
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    const CliOptions options{server.url().toString(), {}, {}};

    const CliResult r =
        cliWith(options, {u"create-image"_s, u"--input"_s,
                          uR"({"title":"Created by tst_cli","rating100":60,"tag_ids":["2"]})"_s});
    CHECK_OK(r);
    const QJsonObject created = r.object();
    const QString id = created.value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value("title"_L1).toString(), u"Created by tst_cli"_s);
    QCOMPARE(created.value("rating100"_L1).toInt(), 60);
    QCOMPARE(tagIdsOf(created), QStringList{u"2"_s});
    QCOMPARE(server.rootFieldCount(u"imageCreate"_s), 1);

    const CliResult found = cliWith(options, {u"find-image"_s, id});
    CHECK_OK(found);
    QCOMPARE(found.object().value("title"_L1).toString(), u"Created by tst_cli"_s);

    const CliResult noTitle =
        cliWith(options, {u"create-image"_s, u"--input"_s, uR"({"rating100":60})"_s});
    CHECK_FAIL(noTitle, 2, "title");
    QCOMPARE(server.rootFieldCount(u"imageCreate"_s), 1);
}

void TestCli::updateImage()
{
    const CliResult set = cli(
        {u"update-image"_s, u"--input"_s,
         uR"({"id":"4","title":"Set by tst_cli","rating100":80,"studio_id":"5","organized":true})"_s});
    CHECK_OK(set);
    QCOMPARE(set.object().value("id"_L1).toString(), u"4"_s);
    QCOMPARE(set.object().value("rating100"_L1).toInt(), 80);
    QCOMPARE(set.object().value("studio"_L1).toObject().value("id"_L1).toString(), u"5"_s);

    QJsonObject image = findImageJson(u"4"_s);
    QCOMPARE(image.value("title"_L1).toString(), u"Set by tst_cli"_s);
    QCOMPARE(image.value("rating100"_L1).toInt(), 80);
    QCOMPARE(image.value("studio"_L1).toObject().value("id"_L1).toString(), u"5"_s);
    QCOMPARE(image.value("organized"_L1).toBool(), true);

    // null clears; fields not named stay as they are.
    const CliResult clear = cli(
        {u"update-image"_s, u"--input"_s, uR"({"id":"4","rating100":null,"studio_id":null})"_s});
    CHECK_OK(clear);
    const QJsonObject sent = m_server->lastInput(u"UpdateImage"_s);
    QCOMPARE(sent, QJsonObject({{u"id"_s, u"4"_s},
                                {u"rating100"_s, QJsonValue::Null},
                                {u"studio_id"_s, QJsonValue::Null}}));
    image = findImageJson(u"4"_s);
    QVERIFY2(image.value("rating100"_L1).isNull(), QJsonDocument(image).toJson().constData());
    QVERIFY(image.value("studio"_L1).isNull());
    QCOMPARE(image.value("title"_L1).toString(), u"Set by tst_cli"_s);
    QCOMPARE(image.value("organized"_L1).toBool(), true);
}

void TestCli::updateImages()
{
    const CliResult r =
        cli({u"update-images"_s, u"--input"_s,
             uR"([{"id":"1","title":"a"},{"id":"2","title":"b","rating100":20}])"_s});
    CHECK_OK(r);
    const QJsonArray images = r.array();
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.at(0).toObject().value("title"_L1).toString(), u"a"_s);
    QCOMPARE(images.at(1).toObject().value("title"_L1).toString(), u"b"_s);
    QCOMPARE(m_server->rootFieldCount(u"imagesUpdate"_s), 1);

    const CliResult found = cli({u"find-images"_s, u"--ids"_s, u"1,2"_s});
    CHECK_OK(found);
    const QJsonArray after = found.object().value("images"_L1).toArray();
    QCOMPARE(after.at(0).toObject().value("title"_L1).toString(), u"a"_s);
    QCOMPARE(after.at(1).toObject().value("title"_L1).toString(), u"b"_s);
    QCOMPARE(after.at(1).toObject().value("rating100"_L1).toInt(), 20);
}

void TestCli::bulkUpdate()
{
    // Tag 7 on neither image to begin with.
    const auto tagsOf = [this](const QString &id) { return tagIdsOf(findImageJson(id)); };
    const QString tag = u"7"_s;
    CliResult r = cli({u"bulk-update"_s, u"--input"_s,
                       uR"({"ids":["1","2"],"tag_ids":{"ids":["7"],"mode":"REMOVE"}})"_s});
    CHECK_OK(r);
    const QStringList before1 = tagsOf(u"1"_s), before2 = tagsOf(u"2"_s);
    QVERIFY(!before1.contains(tag) && !before2.contains(tag));

    r = cli({u"bulk-update"_s, u"--input"_s,
             uR"({"ids":["1","2"],"tag_ids":{"ids":["7"],"mode":"ADD"}})"_s});
    CHECK_OK(r);
    QCOMPARE(r.array().size(), 2);
    QCOMPARE(idsOf(r.array()), (QSet<QString>{u"1"_s, u"2"_s}));
    for (const QJsonValue &image : r.array())
        QVERIFY(tagIdsOf(image.toObject()).contains(tag));
    QStringList expected1 = before1 + QStringList{tag}, expected2 = before2 + QStringList{tag};
    expected1.sort();
    expected2.sort();
    QCOMPARE(tagsOf(u"1"_s), expected1);
    QCOMPARE(tagsOf(u"2"_s), expected2);
    QCOMPARE(m_server->lastInput(u"BulkUpdateImages"_s).value("tag_ids"_L1).toObject(),
             QJsonObject({{u"ids"_s, QJsonArray{tag}}, {u"mode"_s, u"ADD"_s}}));

    r = cli({u"bulk-update"_s, u"--input"_s,
             uR"({"ids":["1","2"],"tag_ids":{"ids":["7"],"mode":"REMOVE"}})"_s});
    CHECK_OK(r);
    QCOMPARE(tagsOf(u"1"_s), before1);
    QCOMPARE(tagsOf(u"2"_s), before2);

    r = cli({u"bulk-update"_s, u"--input"_s,
             uR"({"ids":["1","2"],"tag_ids":{"ids":["8","9"],"mode":"SET"},"rating100":40})"_s});
    CHECK_OK(r);
    QCOMPARE(tagsOf(u"1"_s), (QStringList{u"8"_s, u"9"_s}));
    QCOMPARE(tagsOf(u"2"_s), (QStringList{u"8"_s, u"9"_s}));
    QCOMPARE(findImageJson(u"2"_s).value("rating100"_L1).toInt(), 40);

    // --return-fields id: only the ids come back.
    r = cli({u"bulk-update"_s, u"--input"_s, uR"({"ids":["3","5"],"organized":true})"_s,
             u"--return-fields"_s, u"id"_s});
    CHECK_OK(r);
    QCOMPARE(r.array().size(), 2);
    for (const QJsonValue &item : r.array())
        QCOMPARE(item.toObject().keys(), QStringList{u"id"_s});
    QCOMPARE(idsOf(r.array()), (QSet<QString>{u"3"_s, u"5"_s}));
    QVERIFY(findImageJson(u"5"_s).value("organized"_L1).toBool());

    const int requests = stats().value("graphqlRequests"_L1).toInt();
    r = cli({u"bulk-update"_s, u"--input"_s, uR"({"ids":["3"],"organized":true})"_s,
             u"--return-fields"_s, u"title"_s});
    CHECK_FAIL(r, 2, "return-fields");
    r = cli({u"bulk-update"_s, u"--input"_s,
             uR"({"ids":["3"],"tag_ids":{"ids":["7"],"mode":"MERGE"}})"_s});
    CHECK_FAIL(r, 2, "mode");
    QCOMPARE(stats().value("graphqlRequests"_L1).toInt(), requests);
}

void TestCli::destroyImages()
{
    CliResult r = cli({u"destroy-image"_s, u"--input"_s,
                       uR"({"id":"42","delete_file":false,"delete_generated":true})"_s});
    CHECK_OK(r);
    QCOMPARE(r.json, QJsonValue(true));
    r = cli({u"destroy-images"_s, u"--input"_s,
             uR"({"ids":["43","44"],"delete_file":true,"delete_generated":false})"_s});
    CHECK_OK(r);
    QCOMPARE(r.json, QJsonValue(true));

    const QJsonArray destroyed = stats().value("destroyed"_L1).toArray();
    QCOMPARE(destroyed.size(), 2);
    QCOMPARE(destroyed.at(0).toObject(), QJsonObject({{u"op"_s, u"imageDestroy"_s},
                                                      {u"ids"_s, QJsonArray{u"42"_s}},
                                                      {u"delete_file"_s, false},
                                                      {u"delete_generated"_s, true}}));
    QCOMPARE(destroyed.at(1).toObject(), QJsonObject({{u"op"_s, u"imagesDestroy"_s},
                                                      {u"ids"_s, QJsonArray{u"43"_s, u"44"_s}},
                                                      {u"delete_file"_s, true},
                                                      {u"delete_generated"_s, false}}));

    for (const QString &id : {u"42"_s, u"43"_s, u"44"_s}) {
        const CliResult gone = cli({u"find-image"_s, id});
        QVERIFY2(gone.exitCode == 0 && gone.json.isNull(), gone.describe().constData());
    }
    const CliResult count = cli({u"image-stats"_s});
    CHECK_OK(count);
    QCOMPARE(count.object().value("count"_L1).toInt(), ImageCount - 3);

    // Nothing to delete / wrong shape: usage errors, nothing sent.
    const int requests = stats().value("graphqlRequests"_L1).toInt();
    r = cli({u"destroy-images"_s, u"--input"_s, uR"({"id":"45"})"_s});
    CHECK_FAIL(r, 2, "tessera-cli");
    QCOMPARE(stats().value("graphqlRequests"_L1).toInt(), requests);
}

void TestCli::oCounter()
{
    const QString id = u"1"_s;
    const int start = findImageJson(id).value("o_counter"_L1).toInt();

    CliResult r = cli({u"o-increment"_s, id});
    CHECK_OK(r);
    QCOMPARE(r.object(), QJsonObject({{u"id"_s, id}, {u"o_counter"_s, start + 1}}));
    r = cli({u"o-increment"_s, id});
    CHECK_OK(r);
    QCOMPARE(r.object().value("o_counter"_L1).toInt(), start + 2);
    r = cli({u"o-decrement"_s, id});
    CHECK_OK(r);
    QCOMPARE(r.object(), QJsonObject({{u"id"_s, id}, {u"o_counter"_s, start + 1}}));
    QCOMPARE(findImageJson(id).value("o_counter"_L1).toInt(), start + 1);

    r = cli({u"o-reset"_s, id});
    CHECK_OK(r);
    QCOMPARE(r.object(), QJsonObject({{u"id"_s, id}, {u"o_counter"_s, 0}}));
    r = cli({u"o-decrement"_s, id});
    CHECK_OK(r);
    QCOMPARE(r.object().value("o_counter"_L1).toInt(), 0);
    QCOMPARE(findImageJson(id).value("o_counter"_L1).toInt(), 0);

    const QJsonObject s = stats();
    QCOMPARE(FakeStash::rootFieldCount(s, u"imageIncrementO"_s), 2);
    QCOMPARE(FakeStash::rootFieldCount(s, u"imageDecrementO"_s), 2);
    QCOMPARE(FakeStash::rootFieldCount(s, u"imageResetO"_s), 1);

    // An unknown image is the server's error.
    r = cli({u"o-increment"_s, u"999999"_s});
    CHECK_FAIL(r, 1, "graphql");
}

void TestCli::lookups_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("nameField");

    QTest::newRow("tags") << u"find-tags"_s << u"tags"_s << u"name"_s;
    QTest::newRow("performers") << u"find-performers"_s << u"performers"_s << u"name"_s;
    QTest::newRow("studios") << u"find-studios"_s << u"studios"_s << u"name"_s;
    QTest::newRow("galleries") << u"find-galleries"_s << u"galleries"_s << u"title"_s;
}

void TestCli::lookups()
{
    QFETCH(QString, command);
    QFETCH(QString, key);
    QFETCH(QString, nameField);

    const CliResult all = cli({command, u"--per-page"_s, u"5"_s});
    CHECK_OK(all);
    const int total = all.object().value("count"_L1).toInt();
    const QJsonArray first = all.object().value(key).toArray();
    QCOMPARE(first.size(), 5);
    QVERIFY(total > 5);
    for (const QJsonValue &item : first)
        QVERIFY(!item.toObject().value("id"_L1).toString().isEmpty());

    const CliResult page2 = cli({command, u"--per-page"_s, u"5"_s, u"--page"_s, u"2"_s});
    CHECK_OK(page2);
    QCOMPARE(page2.object().value("count"_L1).toInt(), total);
    QVERIFY(!idsOf(page2.object().value(key).toArray()).intersects(idsOf(first)));

    // --ids
    const CliResult byIds = cli({command, u"--ids"_s, u"2,4"_s});
    CHECK_OK(byIds);
    QCOMPARE(idsOf(byIds.object().value(key).toArray()), (QSet<QString>{u"2"_s, u"4"_s}));

    // --q with a word from a real name (galleries may be untitled: use any named one).
    QString name;
    const CliResult many = cli({command, u"--per-page"_s, u"50"_s});
    CHECK_OK(many);
    for (const QJsonValue &item : many.object().value(key).toArray()) {
        name = item.toObject().value(nameField).toString();
        if (!name.isEmpty())
            break;
    }
    if (name.isEmpty()) {
        // Galleries without titles are found by their path instead.
        for (const QJsonValue &item : many.object().value(key).toArray()) {
            name = item.toObject().value("path"_L1).toString().section(u'/', -1);
            if (!name.isEmpty())
                break;
        }
    }
    QVERIFY2(!name.isEmpty(), many.describe().constData());
    const CliResult q = cli({command, u"--q"_s, name});
    CHECK_OK(q);
    const int found = q.object().value("count"_L1).toInt();
    QVERIFY2(found >= 1 && found < total, q.describe().constData());
    QCOMPARE(q.object().value(key).toArray().size(), qMin(found, 25));
}

void TestCli::createTag()
{
    const QString name = u"tst-cli blue hour"_s;
    const CliResult r = cli({u"create-tag"_s, name});
    CHECK_OK(r);
    const QString id = r.object().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(r.object().value("name"_L1).toString(), name);

    const CliResult found = cli({u"find-tags"_s, u"--ids"_s, id});
    CHECK_OK(found);
    QCOMPARE(
        found.object().value("tags"_L1).toArray().first().toObject().value("name"_L1).toString(),
        name);
    const CliResult byQ = cli({u"find-tags"_s, u"--q"_s, name});
    CHECK_OK(byQ);
    QVERIFY(idsOf(byQ.object().value("tags"_L1).toArray()).contains(id));

    const CliResult duplicate = cli({u"create-tag"_s, u"TST-CLI Blue Hour"_s});
    CHECK_FAIL(duplicate, 1, "graphql");
    QVERIFY2(duplicate.err.contains("already exists"), duplicate.describe().constData());
    QCOMPARE(m_server->rootFieldCount(u"tagCreate"_s), 2);

    const CliResult noName = cli({u"create-tag"_s});
    CHECK_FAIL(noName, 2, "create-tag");

    // The server repeats the name in its refusal: its control characters must
    // not reach the terminal (here: clear the screen, ring the bell).
    const QString hostile = u"tst-cli \x1b[2J\x07 hour"_s;
    const CliResult made = cli({u"create-tag"_s, hostile});
    CHECK_OK(made);
    const CliResult echoed = cli({u"create-tag"_s, hostile});
    CHECK_FAIL(echoed, 1, "graphql");
    QVERIFY2(!echoed.err.contains('\x1b') && !echoed.err.contains('\x07'),
             echoed.describe().constData());
    QVERIFY2(echoed.err.contains("\\x1b[2J\\x07"), echoed.describe().constData());
}

void TestCli::fetchMedia()
{
    const QJsonObject image = findImageJson(u"7"_s);
    const QString thumbnail = image.value("paths"_L1).toObject().value("thumbnail"_L1).toString();
    QVERIFY(thumbnail.startsWith(url()));

    const QString output = m_dir.filePath(u"thumb.jpg"_s);
    const CliResult r = cli({u"fetch-media"_s, thumbnail, u"--output"_s, output});
    CHECK_OK(r);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 100);
    QVERIFY(bytes.startsWith("\xFF\xD8\xFF"));
    QVERIFY(bytes.endsWith("\xFF\xD9"));
    QCOMPARE(r.object().value("bytes"_L1).toInteger(), bytes.size());
    QCOMPARE(r.object().value("output"_L1).toString(), output);
    QCOMPARE(stats().value("thumbnailRequests"_L1).toInt(), 1);

    // The full image too, into a relative path (the working directory).
    const QString full = image.value("paths"_L1).toObject().value("image"_L1).toString();
    const CliResult fullRun = cli({u"fetch-media"_s, full, u"--output"_s, u"full.jpg"_s});
    CHECK_OK(fullRun);
    QFile fullFile(m_dir.filePath(u"full.jpg"_s));
    QVERIFY(fullFile.open(QIODevice::ReadOnly));
    QVERIFY(fullFile.readAll().startsWith("\xFF\xD8\xFF"));

    const CliResult missing = cli({u"fetch-media"_s, url() + u"/image/999999/thumbnail"_s,
                                   u"--output"_s, m_dir.filePath(u"missing.jpg"_s)});
    QVERIFY2(missing.exitCode == 1 && !missing.err.isEmpty(), missing.describe().constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing.jpg"_s)));

    const CliResult noOutput = cli({u"fetch-media"_s, thumbnail});
    CHECK_FAIL(noOutput, 2, "--output");
}

void TestCli::inputFromFileAndStdin()
{
    const QString path = m_dir.filePath(u"update.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id":"6","title":"From a file","rating100":33})");
    }
    CliResult r = cli({u"update-image"_s, u"--input"_s, u'@' + path});
    CHECK_OK(r);
    QCOMPARE(findImageJson(u"6"_s).value("title"_L1).toString(), u"From a file"_s);
    QCOMPARE(findImageJson(u"6"_s).value("rating100"_L1).toInt(), 33);

    r = cli({u"update-image"_s, u"--input"_s, u"-"_s},
            R"({"id":"6","title":"From stdin","details":"piped"})");
    CHECK_OK(r);
    QCOMPARE(r.object().value("title"_L1).toString(), u"From stdin"_s);
    const QJsonObject image = findImageJson(u"6"_s);
    QCOMPARE(image.value("title"_L1).toString(), u"From stdin"_s);
    QCOMPARE(image.value("details"_L1).toString(), u"piped"_s);
    QCOMPARE(image.value("rating100"_L1).toInt(), 33);

    // Arrays and filters come through stdin as well.
    r = cli({u"update-images"_s, u"--input"_s, u"-"_s}, R"([{"id":"8","title":"x8"}])");
    CHECK_OK(r);
    QCOMPARE(r.array().size(), 1);
    r = cli({u"find-images"_s, u"--filter"_s, u"-"_s}, R"({"per_page":2})");
    CHECK_OK(r);
    QCOMPARE(r.object().value("images"_L1).toArray().size(), 2);

    const int requests = stats().value("graphqlRequests"_L1).toInt();
    r = cli({u"update-image"_s, u"--input"_s, u'@' + m_dir.filePath(u"missing.json"_s)});
    CHECK_FAIL(r, 2, "missing.json");
    r = cli({u"update-image"_s, u"--input"_s, u"-"_s}, "not json");
    CHECK_FAIL(r, 2, "not valid JSON");
    QCOMPARE(stats().value("graphqlRequests"_L1).toInt(), requests);
}

void TestCli::serverOption()
{
    // --server wins over $STASH_URL; a trailing slash or /graphql is fine.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString dead = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();

    for (const QString &server : {url(), url() + u'/', url() + u"/graphql"_s}) {
        const CliResult r =
            cliWith({dead, {}, {}}, {u"--server"_s, server, u"find-image"_s, u"2"_s});
        CHECK_OK(r);
        QCOMPARE(r.object().value("id"_L1).toString(), u"2"_s);
    }
    // Options may also follow the command.
    const CliResult after = cliWith({}, {u"server-info"_s, u"--server"_s, url()});
    CHECK_OK(after);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withUrl");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("no command") << QStringList{} << true << QByteArray("no command");
    QTest::newRow("unknown command")
        << QStringList{u"frobnicate"_s} << true << QByteArray("unknown command");
    QTest::newRow("unknown option")
        << QStringList{u"find-images"_s, u"--bogus"_s} << true << QByteArray("bogus");
    QTest::newRow("bad JSON") << QStringList{u"update-image"_s, u"--input"_s, u"{\"id\":"_s} << true
                              << QByteArray("not valid JSON");
    QTest::newRow("input not an object")
        << QStringList{u"update-image"_s, u"--input"_s, u"[1]"_s} << true << QByteArray("object");
    QTest::newRow("update-images not an array")
        << QStringList{u"update-images"_s, u"--input"_s, uR"({"id":"1"})"_s} << true
        << QByteArray("array");
    QTest::newRow("unknown field in --input")
        << QStringList{u"update-image"_s, u"--input"_s, uR"({"id":"1","colour":"red"})"_s} << true
        << QByteArray("colour");
    QTest::newRow("update without id")
        << QStringList{u"update-image"_s, u"--input"_s, uR"({"title":"t"})"_s} << true
        << QByteArray("id");
    QTest::newRow("missing --input")
        << QStringList{u"update-image"_s} << true << QByteArray("--input");
    QTest::newRow("unknown filter field")
        << QStringList{u"find-images"_s, u"--filter"_s, uR"({"perpage":3})"_s} << true
        << QByteArray("perpage");
    QTest::newRow("bad sort") << QStringList{u"find-images"_s, u"--filter"_s,
                                             uR"({"sort":"colour"})"_s}
                              << true << QByteArray("sort");
    QTest::newRow("unknown image filter field")
        << QStringList{u"find-images"_s, u"--image-filter"_s, uR"({"colour":1})"_s} << true
        << QByteArray("colour");
    QTest::newRow("find-image without id")
        << QStringList{u"find-image"_s} << true << QByteArray("find-image");
    QTest::newRow("o-increment two ids")
        << QStringList{u"o-increment"_s, u"1"_s, u"2"_s} << true << QByteArray("o-increment");
    QTest::newRow("bad --page") << QStringList{u"find-tags"_s, u"--page"_s, u"two"_s} << true
                                << QByteArray("--page");
    QTest::newRow("bad --timeout") << QStringList{u"--timeout"_s, u"soon"_s, u"server-info"_s}
                                   << true << QByteArray("--timeout");
    for (const QString &timeout : {u"nan"_s, u"inf"_s, u"1e300"_s, u"-5"_s, u"0"_s}) {
        QTest::newRow(qPrintable(u"--timeout "_s + timeout))
            << QStringList{u"--timeout"_s, timeout, u"server-info"_s} << true
            << QByteArray("--timeout");
    }
    QTest::newRow("--ids empty (not the whole library)")
        << QStringList{u"find-images"_s, u"--ids"_s, u""_s} << true << QByteArray("--ids");
    QTest::newRow("--ids only commas")
        << QStringList{u"find-images"_s, u"--ids"_s, u",,"_s} << true << QByteArray("--ids");
    QTest::newRow("--ids 1.5") << QStringList{u"find-images"_s, u"--ids"_s, u"1,1.5"_s} << true
                               << QByteArray("1.5");
    QTest::newRow("--ids 1e30 on find-tags")
        << QStringList{u"find-tags"_s, u"--ids"_s, u"1e30"_s} << true << QByteArray("1e30");
    QTest::newRow("no server") << QStringList{u"server-info"_s} << false << QByteArray("STASH_URL");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withUrl);
    QFETCH(QByteArray, message);

    const CliResult r = cliWith({withUrl ? url() : QString(), {}, {}}, arguments);
    CHECK_FAIL(r, 2, message);
    QVERIFY2(r.err.contains("Usage: tessera-cli"), r.describe().constData());
    QCOMPARE(stats().value("graphqlRequests"_L1).toInt(), 0);
}

void TestCli::unauthorized()
{
    FakeStash server({u"--images"_s, u"20"_s, u"--api-key"_s, ApiKey});
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    const QString address = server.url().toString();

    CliResult r = cliWith({address, {}, {}}, {u"find-image"_s, u"1"_s});
    CHECK_FAIL(r, 1, "unauthorized");
    r = cliWith({address, u"wrong-key-0123"_s, {}}, {u"find-image"_s, u"1"_s});
    CHECK_FAIL(r, 1, "unauthorized");
    QCOMPARE(server.stats().value("httpStatus"_L1).toObject().value("401"_L1).toInt(), 2);

    // With the right key every kind of request works and the key is never printed.
    const CliOptions good{address, ApiKey, {}};
    r = cliWith(good, {u"server-info"_s});
    CHECK_OK(r);
    r = cliWith(good, {u"find-images"_s, u"--filter"_s, uR"({"per_page":2})"_s});
    CHECK_OK(r);
    const QString thumbnail = r.object()
                                  .value("images"_L1)
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value("paths"_L1)
                                  .toObject()
                                  .value("thumbnail"_L1)
                                  .toString();
    r = cliWith(good, {u"fetch-media"_s, thumbnail, u"--output"_s, m_dir.filePath(u"auth.jpg"_s)});
    CHECK_OK(r);
    r = cliWith(good, {u"update-image"_s, u"--input"_s, uR"({"id":"1","rating100":150})"_s});
    CHECK_FAIL(r, 1, "invalid-input");
    r = cliWith(good, {u"create-tag"_s, u"Nature"_s});
    CHECK_FAIL(r, 1, "graphql");
    r = cliWith(good, {u"frobnicate"_s});
    CHECK_FAIL(r, 2, "unknown command");
    // The leak check itself runs in cleanup().
}

void TestCli::transportError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString dead = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();

    const CliResult r = cliWith({dead, {}, {}}, {u"server-info"_s});
    CHECK_FAIL(r, 1, "transport");
    const CliResult mutation = cliWith({dead, ApiKey, {}}, {u"o-increment"_s, u"1"_s});
    CHECK_FAIL(mutation, 1, "transport");
}

void TestCli::injectedFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("failingRuns");
    QTest::addColumn<QByteArray>("kind");

    // Qt's HTTP layer resends a request once when the connection closes
    // without an answer, so one run uses up two drops.
    QTest::newRow("http 500") << u"failNext"_s << 2 << QByteArray("http");
    QTest::newRow("dropped") << u"dropNext"_s << 1 << QByteArray("transport");
    QTest::newRow("malformed") << u"malformedNext"_s << 2 << QByteArray("decode");
    QTest::newRow("graphql error") << u"graphqlErrorNext"_s << 2 << QByteArray("graphql");
}

void TestCli::injectedFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, failingRuns);
    QFETCH(QByteArray, kind);

    // Each run sends the connect first, and the CLI does not retry: with N
    // faults armed, the next N runs fail at the connect and the one after works.
    QVERIFY(m_server->control({{fault, 2}}));
    for (int i = 0; i < failingRuns; ++i) {
        const CliResult r = cli({u"find-image"_s, u"1"_s});
        CHECK_FAIL(r, 1, kind);
    }
    const CliResult ok = cli({u"find-image"_s, u"1"_s});
    CHECK_OK(ok);
    const QJsonObject s = stats();
    QCOMPARE(s.value("graphqlRequests"_L1).toInt(), 4); // 2 failed requests + connect + find
    QCOMPARE(s.value("operations"_L1).toObject().value("ServerInfo"_L1).toInt(), 3);
    QCOMPARE(s.value("operations"_L1).toObject().value("FindImage"_L1).toInt(), 1);
    if (fault == "failNext"_L1)
        QCOMPARE(s.value("httpStatus"_L1).toObject().value("500"_L1).toInt(), 2);

    // The operation itself failing (the connect passed): a resolver error.
    QVERIFY(
        m_server->control({{u"failOperation"_s, u"imageUpdate"_s}, {u"failOperationAfter"_s, 0}}));
    const CliResult update = cli({u"update-image"_s, u"--input"_s, uR"({"id":"1","title":"t"})"_s});
    CHECK_FAIL(update, 1, "graphql");
    QVERIFY2(update.err.contains("injected failure"), update.describe().constData());
    QVERIFY(m_server->control({{u"failOperation"_s, QJsonValue::Null}}));
    QVERIFY(findImageJson(u"1"_s).value("title"_L1).toString() != u"t"_s);
}

void TestCli::timeout()
{
    QVERIFY(m_server->control({{u"latencyMs"_s, 3000}}));
    const CliResult r = cli({u"--timeout"_s, u"0.4"_s, u"server-info"_s});
    QVERIFY(m_server->control({{u"latencyMs"_s, 0}}));
    CHECK_FAIL(r, 1, "timeout");
}

void TestCli::invalidInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("refused");

    QTest::newRow("rating100 150")
        << QStringList{u"update-image"_s, u"--input"_s, uR"({"id":"1","rating100":150})"_s}
        << u"imageUpdate"_s;
    QTest::newRow("rating100 0 in bulk")
        << QStringList{u"bulk-update"_s, u"--input"_s, uR"({"ids":["1"],"rating100":0})"_s}
        << u"bulkImageUpdate"_s;
    QTest::newRow("rating100 in update-images")
        << QStringList{u"update-images"_s, u"--input"_s, uR"([{"id":"1","rating100":101}])"_s}
        << u"imagesUpdate"_s;
    QTest::newRow("non-numeric id") << QStringList{u"find-image"_s, u"abc"_s} << u"findImage"_s;
    QTest::newRow("non-numeric o id") << QStringList{u"o-reset"_s, u"x1"_s} << u"imageResetO"_s;
    QTest::newRow("bad date") << QStringList{u"update-image"_s, u"--input"_s,
                                             uR"({"id":"1","date":"2024-13-45"})"_s}
                              << u"imageUpdate"_s;
}

void TestCli::invalidInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, refused);

    // The CLI connects, then the library refuses the input before sending it.
    const CliResult r = cli(arguments);
    CHECK_FAIL(r, 1, "invalid-input");
    const QJsonObject s = stats();
    QCOMPARE(s.value("graphqlRequests"_L1).toInt(), 1);
    QCOMPARE(FakeStash::rootFieldCount(s, refused), 0);
    QCOMPARE(s.value("operations"_L1).toObject().keys(), QStringList{u"ServerInfo"_s});
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
