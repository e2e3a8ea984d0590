// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// StashClient's write operations end to end against tests/fake-stash; every
// change is verified by reading it back with findImage.
#include "awaitfuture.h"
#include "fakestash.h"
#include "stashclient.h"
#include "verifyresult.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Stash;

namespace {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList plus(const QStringList &a, const QStringList &b)
{
    QStringList out = a;
    for (const QString &x : b) {
        if (!out.contains(x))
            out.append(x);
    }
    return sorted(out);
}

// Manual galleries (31..60 in the seed): zip and folder galleries refuse new images.
const QStringList kGalleries{QStringLiteral("31"), QStringLiteral("32")};
const QStringList kPerformers{QStringLiteral("5"), QStringLiteral("6")};

} // namespace

class TestClientMutations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void connectSeesImageCreate();
    void createImage();
    void createImageEmptyTitleIsNotSent();
    void updateImageSetAndClear_data();
    void updateImageSetAndClear();
    void updateImageOnlySendsWhatIsSet();
    void updateImages();
    void bulkScalars();
    void bulkLists_data();
    void bulkLists();
    void bulkIdsOnly();
    void destroyImage();
    void destroyImages();
    void oCounter();
    void createTag();

private:
    Image read(const QString &id);
    QStringList unusedTags(const QStringList &imageIds, int count);
    QStringList withoutFileGalleries(int count);
    int graphqlRequests();

    FakeStash m_server{
        {QStringLiteral("--images"), QStringLiteral("30"), QStringLiteral("--with-image-create")}};
    StashClient m_client;
};

void TestClientMutations::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorText()));
    m_client.setEndpoint(ServerEndpoint(m_server.url()));
    QVERIFY_RESULT(awaitFuture(m_client.connectToServer()));
}

void TestClientMutations::init()
{
    QVERIFY(m_server.reset());
}

Image TestClientMutations::read(const QString &id)
{
    const auto r = awaitFuture(m_client.findImage(id));
    if (!r.ok())
        qWarning("reading image %s: %s", qPrintable(id), qPrintable(r.error().message()));
    return r.ok() && r.value() ? *r.value() : Image();
}

int TestClientMutations::graphqlRequests()
{
    return m_server.stats().value(QStringLiteral("graphqlRequests")).toInt(-1);
}

QStringList TestClientMutations::unusedTags(const QStringList &imageIds, int count)
{
    QSet<QString> used;
    for (const QString &id : imageIds) {
        const QStringList tags = read(id).tagIds();
        used.unite(QSet<QString>(tags.begin(), tags.end()));
    }
    QStringList out;
    for (int t = 250; t < 300 && out.size() < count; ++t) {
        if (!used.contains(QString::number(t)))
            out.append(QString::number(t));
    }
    return out;
}

/// Fresh images with no gallery at all. The seeded ones all sit in a folder
/// gallery, and the server refuses to change a zip or folder gallery's contents,
/// so replacing or clearing their galleries is refused by design.
QStringList TestClientMutations::withoutFileGalleries(int count)
{
    QStringList out;
    for (int n = 0; n < count; ++n) {
        ImageCreate input;
        input.title = QStringLiteral("gallery test %1").arg(n);
        const auto created = awaitFuture(m_client.createImage(input));
        if (!created.ok()) {
            qWarning("createImage: %s", qPrintable(created.error().message()));
            break;
        }
        out.append(created.value().id);
    }
    return out;
}

void TestClientMutations::connectSeesImageCreate()
{
    QVERIFY(m_client.serverInfo().has_value());
    QVERIFY(m_client.serverInfo()->capabilities.supportsImageCreate());
    QVERIFY(m_client.serverInfo()->capabilities.hasModernFileFields());
}

void TestClientMutations::createImage()
{
    ImageCreate input;
    input.title = QStringLiteral("Made by a test");
    input.rating100 = 60;
    input.tagIds = QStringList{QStringLiteral("3")};
    input.date = QStringLiteral("2022-02-02");
    const auto r = awaitFuture(m_client.createImage(input));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().title, input.title);
    QVERIFY(!r.value().id.isEmpty());
    const Image back = read(r.value().id);
    QCOMPARE(back.id, r.value().id);
    QCOMPARE(back.title, QStringLiteral("Made by a test"));
    QCOMPARE(back.rating100, std::optional(60));
    QCOMPARE(back.tagIds(), QStringList{QStringLiteral("3")});
    QCOMPARE(back.date, QStringLiteral("2022-02-02"));
    const auto count = awaitFuture(m_client.findImageStats(FindFilter()));
    QVERIFY_RESULT(count);
    QCOMPARE(count.value().count, 31);
}

void TestClientMutations::createImageEmptyTitleIsNotSent()
{
    const int before = graphqlRequests();
    QVERIFY(before >= 0);
    ImageCreate input;
    input.title = QStringLiteral("  ");
    const auto r = awaitFuture(m_client.createImage(input));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::InvalidInput);
    QCOMPARE(graphqlRequests(), before);
}

void TestClientMutations::updateImageSetAndClear_data()
{
    QTest::addColumn<QString>("field");
    for (const char *f :
         {"title", "code", "details", "photographer", "rating100", "organized", "urls", "date",
          "partial date", "studio_id", "performer_ids", "tag_ids", "gallery_ids"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestClientMutations::updateImageSetAndClear()
{
    QFETCH(QString, field);
    const QString id = field == QLatin1String("gallery_ids") ? withoutFileGalleries(1).value(0)
                                                             : QStringLiteral("4");
    QVERIFY(!id.isEmpty());
    const Image before = read(id);
    QCOMPARE(before.id, id);

    ImageUpdate set;
    set.id = id;
    ImageUpdate clear;
    clear.id = id;
    const QString text = QStringLiteral("set by test: ") + field;
    const QStringList urls{QStringLiteral("https://example.org/a"),
                           QStringLiteral("https://example.org/b")};
    if (field == QLatin1String("title")) {
        set.title = text;
        clear.title = Tristate<QString>::null();
    } else if (field == QLatin1String("code")) {
        set.code = text;
        clear.code = Tristate<QString>::null();
    } else if (field == QLatin1String("details")) {
        set.details = text;
        clear.details = Tristate<QString>::null();
    } else if (field == QLatin1String("photographer")) {
        set.photographer = text;
        clear.photographer = Tristate<QString>::null();
    } else if (field == QLatin1String("rating100")) {
        set.rating100 = before.rating100 == 42 ? 43 : 42;
        clear.rating100 = Tristate<int>::null();
    } else if (field == QLatin1String("organized")) {
        set.organized = !before.organized;
        clear.organized = before.organized; // cannot be null: set back
    } else if (field == QLatin1String("urls")) {
        set.urls = urls;
        clear.urls = Tristate<QStringList>::null();
    } else if (field == QLatin1String("date")) {
        set.date = QStringLiteral("2019-07-08");
        clear.date = Tristate<QString>::null();
    } else if (field == QLatin1String("partial date")) {
        set.date = QStringLiteral("2019-07"); // v0.30 stores partial dates
        clear.date = Tristate<QString>::null();
    } else if (field == QLatin1String("studio_id")) {
        set.studioId = before.studio && before.studio->id == QLatin1String("7")
                           ? QStringLiteral("8")
                           : QStringLiteral("7");
        clear.studioId = Tristate<QString>::null();
    } else if (field == QLatin1String("performer_ids")) {
        set.performerIds = kPerformers;
        clear.performerIds = Tristate<QStringList>::null();
    } else if (field == QLatin1String("tag_ids")) {
        set.tagIds = QStringList{QStringLiteral("1"), QStringLiteral("299")};
        clear.tagIds = Tristate<QStringList>::null();
    } else if (field == QLatin1String("gallery_ids")) {
        set.galleryIds = kGalleries;
        clear.galleryIds = Tristate<QStringList>::null();
    }

    // Set: the returned image and a fresh read both show the value.
    const auto updated = awaitFuture(m_client.updateImage(set));
    QVERIFY_RESULT(updated);
    for (const Image &i : {updated.value(), read(id)}) {
        QCOMPARE(i.id, id);
        if (field == QLatin1String("title"))
            QCOMPARE(i.title, text);
        else if (field == QLatin1String("code"))
            QCOMPARE(i.code, text);
        else if (field == QLatin1String("details"))
            QCOMPARE(i.details, text);
        else if (field == QLatin1String("photographer"))
            QCOMPARE(i.photographer, text);
        else if (field == QLatin1String("rating100"))
            QCOMPARE(i.rating100, std::optional(set.rating100.value()));
        else if (field == QLatin1String("organized"))
            QCOMPARE(i.organized, !before.organized);
        else if (field == QLatin1String("urls"))
            QCOMPARE(i.urls, urls);
        else if (field == QLatin1String("date"))
            QCOMPARE(i.date, QStringLiteral("2019-07-08"));
        else if (field == QLatin1String("partial date"))
            QCOMPARE(i.date, QStringLiteral("2019-07"));
        else if (field == QLatin1String("studio_id")) {
            QVERIFY(i.studio.has_value());
            QCOMPARE(i.studio->id, set.studioId.value());
            QVERIFY(!i.studio->name.isEmpty());
        } else if (field == QLatin1String("performer_ids"))
            QCOMPARE(sorted(i.performerIds()), kPerformers);
        else if (field == QLatin1String("tag_ids"))
            QCOMPARE(sorted(i.tagIds()), sorted(set.tagIds.value()));
        else if (field == QLatin1String("gallery_ids"))
            QCOMPARE(sorted(i.galleryIds()), kGalleries);
    }
    // Nothing else changed.
    const Image afterSet = read(id);
    if (field != QLatin1String("title"))
        QCOMPARE(afterSet.title, before.title);
    if (field != QLatin1String("tag_ids"))
        QCOMPARE(afterSet.tagIds(), before.tagIds());
    if (field != QLatin1String("rating100"))
        QCOMPARE(afterSet.rating100, before.rating100);
    QCOMPARE(afterSet.oCounter, before.oCounter);
    QCOMPARE(afterSet.pixelKey(), before.pixelKey());

    // Clear: null empties the field.
    const auto cleared = awaitFuture(m_client.updateImage(clear));
    QVERIFY_RESULT(cleared);
    const Image i = read(id);
    if (field == QLatin1String("title"))
        QVERIFY(i.title.isEmpty());
    else if (field == QLatin1String("code"))
        QVERIFY(i.code.isEmpty());
    else if (field == QLatin1String("details"))
        QVERIFY(i.details.isEmpty());
    else if (field == QLatin1String("photographer"))
        QVERIFY(i.photographer.isEmpty());
    else if (field == QLatin1String("rating100"))
        QVERIFY(!i.rating100.has_value());
    else if (field == QLatin1String("organized"))
        QCOMPARE(i.organized, before.organized);
    else if (field == QLatin1String("urls"))
        QVERIFY(i.urls.isEmpty());
    else if (field.endsWith(QLatin1String("date")))
        QVERIFY(i.date.isEmpty());
    else if (field == QLatin1String("studio_id"))
        QVERIFY(!i.studio.has_value());
    else if (field == QLatin1String("performer_ids"))
        QVERIFY(i.performers.isEmpty());
    else if (field == QLatin1String("tag_ids"))
        QVERIFY(i.tags.isEmpty());
    else if (field == QLatin1String("gallery_ids"))
        QVERIFY(i.galleries.isEmpty());
}

void TestClientMutations::updateImageOnlySendsWhatIsSet()
{
    ImageUpdate update;
    update.id = QStringLiteral("6");
    update.rating100 = 20;
    update.studioId = Tristate<QString>::null();
    QVERIFY_RESULT(awaitFuture(m_client.updateImage(update)));
    const QJsonObject sent = m_server.lastInput(QStringLiteral("UpdateImage"));
    QCOMPARE(sent, (QJsonObject{{QStringLiteral("id"), QStringLiteral("6")},
                                {QStringLiteral("rating100"), 20},
                                {QStringLiteral("studio_id"), QJsonValue::Null}}));
}

void TestClientMutations::updateImages()
{
    ImageUpdate a;
    a.id = QStringLiteral("2");
    a.title = QStringLiteral("first of two");
    a.rating100 = 100;
    ImageUpdate b;
    b.id = QStringLiteral("3");
    b.title = QStringLiteral("second of two");
    b.organized = true;
    const auto r = awaitFuture(m_client.updateImages({a, b}));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().at(0).title, QStringLiteral("first of two"));
    QCOMPARE(r.value().at(1).title, QStringLiteral("second of two"));
    QCOMPARE(read(QStringLiteral("2")).rating100, std::optional(100));
    QCOMPARE(read(QStringLiteral("3")).organized, true);
    QCOMPARE(read(QStringLiteral("3")).title, QStringLiteral("second of two"));

    // One bad input refuses the whole batch before sending.
    ImageUpdate bad;
    bad.id = QStringLiteral("4");
    bad.rating100 = 0;
    const auto refused = awaitFuture(m_client.updateImages({a, bad}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), Error::Kind::InvalidInput);
    const auto none = awaitFuture(m_client.updateImages({}));
    QCOMPARE(none.error().kind(), Error::Kind::InvalidInput);
}

void TestClientMutations::bulkScalars()
{
    BulkImageUpdate bulk;
    bulk.ids = {QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")};
    bulk.rating100 = 80;
    bulk.photographer = QStringLiteral("Bulk Person");
    bulk.organized = true;
    const auto r = awaitFuture(m_client.bulkUpdateImages(bulk));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().size(), 3);
    for (const QString &id : bulk.ids) {
        const Image i = read(id);
        QCOMPARE(i.rating100, std::optional(80));
        QCOMPARE(i.photographer, QStringLiteral("Bulk Person"));
        QCOMPARE(i.organized, true);
    }
    bulk = {};
    bulk.ids = {QStringLiteral("7"), QStringLiteral("8")};
    bulk.rating100 = Tristate<int>::null();
    QVERIFY_RESULT(awaitFuture(m_client.bulkUpdateImages(bulk)));
    QVERIFY(!read(QStringLiteral("7")).rating100.has_value());
    QVERIFY(!read(QStringLiteral("8")).rating100.has_value());
    QCOMPARE(read(QStringLiteral("9")).rating100, std::optional(80));
}

void TestClientMutations::bulkLists_data()
{
    QTest::addColumn<QString>("list");
    for (const char *l : {"tags", "performers", "galleries", "urls"})
        QTest::newRow(l) << QString::fromLatin1(l);
}

void TestClientMutations::bulkLists()
{
    QFETCH(QString, list);
    const QStringList ids =
        list == QLatin1String("galleries")
            ? withoutFileGalleries(3)
            : QStringList{QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("12")};
    QCOMPARE(ids.size(), 3);
    auto current = [&](const QString &id) {
        const Image i = read(id);
        if (list == QLatin1String("tags"))
            return sorted(i.tagIds());
        if (list == QLatin1String("performers"))
            return sorted(i.performerIds());
        if (list == QLatin1String("galleries"))
            return sorted(i.galleryIds());
        return sorted(i.urls);
    };
    auto change = [&](BulkMode mode, const QStringList &values) {
        BulkImageUpdate bulk;
        bulk.ids = ids;
        const BulkList l{mode, values};
        if (list == QLatin1String("tags"))
            bulk.tagIds = l;
        else if (list == QLatin1String("performers"))
            bulk.performerIds = l;
        else if (list == QLatin1String("galleries"))
            bulk.galleryIds = l;
        else
            bulk.urls = l;
        return awaitFuture(m_client.bulkUpdateImages(bulk));
    };

    QStringList values;
    if (list == QLatin1String("tags"))
        values = unusedTags(ids, 2);
    else if (list == QLatin1String("performers"))
        values = {QStringLiteral("101"), QStringLiteral("102")};
    else if (list == QLatin1String("galleries"))
        values = {QStringLiteral("58"), QStringLiteral("59")};
    else
        values = {QStringLiteral("https://bulk.example/1"),
                  QStringLiteral("https://bulk.example/2")};
    QCOMPARE(values.size(), 2);

    QHash<QString, QStringList> before;
    for (const QString &id : ids)
        before.insert(id, current(id));

    // ADD unions with what each image had.
    QVERIFY_RESULT(change(BulkMode::Add, values));
    for (const QString &id : ids)
        QCOMPARE(current(id), plus(before.value(id), values));

    // REMOVE one: only that one goes.
    QVERIFY_RESULT(change(BulkMode::Remove, {values.first()}));
    for (const QString &id : ids)
        QCOMPARE(current(id), plus(before.value(id), {values.last()}));

    // SET replaces every image's list with the same one.
    QVERIFY_RESULT(change(BulkMode::Set, {values.first()}));
    for (const QString &id : ids)
        QCOMPARE(current(id), QStringList{values.first()});

    // SET with nothing clears.
    QVERIFY_RESULT(change(BulkMode::Set, {}));
    for (const QString &id : ids)
        QVERIFY(current(id).isEmpty());
}

void TestClientMutations::bulkIdsOnly()
{
    BulkImageUpdate bulk;
    bulk.ids = {QStringLiteral("13"), QStringLiteral("14")};
    bulk.title = QStringLiteral("ids only");
    bulk.tagIds = BulkList{BulkMode::Add, {QStringLiteral("2")}};
    const auto r = awaitFuture(m_client.bulkUpdateImages(bulk, BulkReturn::IdsOnly));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().at(0).id, QStringLiteral("13"));
    QCOMPARE(r.value().at(1).id, QStringLiteral("14"));
    for (const Image &i : r.value()) {
        QVERIFY(i.title.isEmpty()); // not asked for
        QVERIFY(i.tags.isEmpty());
        QVERIFY(i.visualFiles.isEmpty());
    }
    const QJsonObject operations = m_server.stats().value(QStringLiteral("operations")).toObject();
    QCOMPARE(operations.value(QStringLiteral("BulkUpdateImageIds")).toInt(), 1);
    QVERIFY(!operations.contains(QStringLiteral("BulkUpdateImages")));
    // The change itself happened.
    QCOMPARE(read(QStringLiteral("13")).title, QStringLiteral("ids only"));
    QVERIFY(read(QStringLiteral("14")).tagIds().contains(QStringLiteral("2")));

    const auto slim = awaitFuture(m_client.bulkUpdateImages(bulk));
    QVERIFY_RESULT(slim);
    QCOMPARE(slim.value().first().title, QStringLiteral("ids only"));
    QVERIFY(!slim.value().first().visualFiles.isEmpty());
}

void TestClientMutations::destroyImage()
{
    ImageDestroy destroy;
    destroy.ids = {QStringLiteral("15")};
    destroy.deleteFile = true;
    destroy.deleteGenerated = false;
    QVERIFY_RESULT(awaitFuture(m_client.destroyImage(destroy)));
    const auto gone = awaitFuture(m_client.findImage(QStringLiteral("15")));
    QVERIFY_RESULT(gone);
    QVERIFY(!gone.value().has_value());
    const QJsonArray destroyed = m_server.stats().value(QStringLiteral("destroyed")).toArray();
    QCOMPARE(destroyed.size(), 1);
    const QJsonObject entry = destroyed.first().toObject();
    QCOMPARE(entry.value(QStringLiteral("ids")).toArray(), QJsonArray{QStringLiteral("15")});
    QCOMPARE(entry.value(QStringLiteral("delete_file")).toBool(), true);
    QCOMPARE(entry.value(QStringLiteral("delete_generated")).toBool(), false);

    // Exactly one id, numeric.
    destroy.ids = {QStringLiteral("1"), QStringLiteral("2")};
    QCOMPARE(awaitFuture(m_client.destroyImage(destroy)).error().kind(), Error::Kind::InvalidInput);
    destroy.ids = {QStringLiteral("one")};
    QCOMPARE(awaitFuture(m_client.destroyImage(destroy)).error().kind(), Error::Kind::InvalidInput);
    QCOMPARE(m_server.stats().value(QStringLiteral("destroyed")).toArray().size(), 1);
}

void TestClientMutations::destroyImages()
{
    ImageDestroy destroy;
    destroy.ids = {QStringLiteral("16"), QStringLiteral("17")};
    QVERIFY_RESULT(awaitFuture(m_client.destroyImages(destroy)));
    for (const QString &id : destroy.ids) {
        const auto gone = awaitFuture(m_client.findImage(id));
        QVERIFY_RESULT(gone);
        QVERIFY(!gone.value().has_value());
    }
    const auto count = awaitFuture(m_client.findImageStats(FindFilter()));
    QVERIFY_RESULT(count);
    QCOMPARE(count.value().count, 28);
    const QJsonObject entry =
        m_server.stats().value(QStringLiteral("destroyed")).toArray().first().toObject();
    QCOMPARE(entry.value(QStringLiteral("ids")).toArray(),
             (QJsonArray{QStringLiteral("16"), QStringLiteral("17")}));
    // The defaults: keep the file, drop the generated thumbnails.
    QCOMPARE(entry.value(QStringLiteral("delete_file")).toBool(), false);
    QCOMPARE(entry.value(QStringLiteral("delete_generated")).toBool(), true);
}

void TestClientMutations::oCounter()
{
    const QString id = QStringLiteral("18");
    const int start = read(id).oCounter;
    const auto up = awaitFuture(m_client.incrementO(id));
    QVERIFY_RESULT(up);
    QCOMPARE(up.value(), start + 1);
    const auto up2 = awaitFuture(m_client.incrementO(id));
    QVERIFY_RESULT(up2);
    QCOMPARE(up2.value(), start + 2);
    QCOMPARE(read(id).oCounter, start + 2);
    const auto down = awaitFuture(m_client.decrementO(id));
    QVERIFY_RESULT(down);
    QCOMPARE(down.value(), start + 1);
    const auto reset = awaitFuture(m_client.resetO(id));
    QVERIFY_RESULT(reset);
    QCOMPARE(reset.value(), 0);
    QCOMPARE(read(id).oCounter, 0);
    // Never below 0.
    const auto floor = awaitFuture(m_client.decrementO(id));
    QVERIFY_RESULT(floor);
    QCOMPARE(floor.value(), 0);
    QCOMPARE(read(id).oCounter, 0);

    const auto unknown = awaitFuture(m_client.incrementO(QStringLiteral("999999")));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind(), Error::Kind::GraphQL);
    QVERIFY2(unknown.error().message().contains(QStringLiteral("999999")),
             qPrintable(unknown.error().message()));
}

void TestClientMutations::createTag()
{
    const QString name = QStringLiteral("tessera test tag");
    const auto r =
        awaitFuture(m_client.createTag(QStringLiteral("  ") + name + QStringLiteral(" ")));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().name, name); // trimmed before sending
    QVERIFY(!r.value().id.isEmpty());
    LookupQuery byId;
    byId.ids = {r.value().id};
    const auto found = awaitFuture(m_client.findTags(byId));
    QVERIFY_RESULT(found);
    QCOMPARE(found.value().items.size(), 1);
    QCOMPARE(found.value().items.first().name, name);

    const auto duplicate = awaitFuture(m_client.createTag(name));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind(), Error::Kind::GraphQL);
    QVERIFY2(duplicate.error().message().contains(name), qPrintable(duplicate.error().message()));

    QCOMPARE(awaitFuture(m_client.createTag(QStringLiteral(" "))).error().kind(),
             Error::Kind::InvalidInput);
}

QTEST_GUILESS_MAIN(TestClientMutations)
#include "tst_clientmutations.moc"
