// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

// StashClient's read operations end to end against tests/fake-stash.
#include "awaitfuture.h"
#include "testdata.h"
#include "fakestash.h"
#include "stashclient.h"
#include "verifyresult.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Stash;
using TestData::idsOf;

namespace {

constexpr int kImages = 60;

} // namespace

class TestClientQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void connectModern();
    void connectLegacy();
    void findImageFullDetail();
    void findImageUnknownId();
    void findImageByChecksum();
    void findImagesPaging();
    void findImagesAllAndCountOnly();
    void findImagesSort();
    void findImagesRandomSeedIsStable();
    void findImagesText();
    void findImagesByTag();
    void findImagesByRating();
    void findImagesAndOr();
    void findImagesByIds();
    void findImageStats();
    void findImageIds();
    void findTags();
    void findPerformers();
    void findStudios();
    void findGalleries();
    void fetchThumbnail();

private:
    Image image(const QString &id);

    FakeStash m_server{{QStringLiteral("--images"), QString::number(kImages)}};
    StashClient m_client;
};

void TestClientQueries::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorText()));
    m_client.setEndpoint(ServerEndpoint(m_server.url()));
    const auto info = awaitFuture(m_client.connectToServer());
    QVERIFY_RESULT(info);
}

void TestClientQueries::init()
{
    QVERIFY(m_server.reset());
}

Image TestClientQueries::image(const QString &id)
{
    const auto r = awaitFuture(m_client.findImage(id));
    if (!r.ok() || !r.value())
        qWarning("image %s could not be read", qPrintable(id));
    return r.ok() && r.value() ? *r.value() : Image();
}

void TestClientQueries::connectModern()
{
    const auto r = awaitFuture(m_client.connectToServer());
    QVERIFY_RESULT(r);
    const ServerInfo &info = r.value();
    QVERIFY2(info.version.contains(QStringLiteral("0.30.1")), qPrintable(info.version));
    QCOMPARE(info.appSchema, 75);
    QVERIFY(info.supportsPartialDates());
    QVERIFY(info.capabilities.hasModernFileFields());
    QVERIFY(!info.capabilities.supportsImageCreate());
    QVERIFY(info.capabilities.hasQuery(QStringLiteral("findImages")));
    QVERIFY(info.capabilities.hasMutation(QStringLiteral("bulkImageUpdate")));
    QVERIFY(info.capabilities.typeHasField(QStringLiteral("ImageFile"), QStringLiteral("format")));
    QVERIFY(m_client.serverInfo().has_value());
    QCOMPARE(m_client.serverInfo()->appSchema, 75);
}

void TestClientQueries::connectLegacy()
{
    FakeStash legacy({QStringLiteral("--images"), QStringLiteral("5"),
                      QStringLiteral("--stash-version"), QStringLiteral("0.26.2")});
    QVERIFY2(legacy.start(), qPrintable(legacy.errorText()));
    StashClient client;
    client.setEndpoint(ServerEndpoint(legacy.url()));
    const auto r = awaitFuture(client.connectToServer());
    QVERIFY_RESULT(r);
    QVERIFY2(r.value().version.contains(QStringLiteral("0.26.2")), qPrintable(r.value().version));
    QCOMPARE(r.value().appSchema, 58);
    QVERIFY(!r.value().supportsPartialDates());
    QVERIFY(!r.value().capabilities.hasModernFileFields());
    QVERIFY(!r.value().capabilities.supportsImageCreate());

    // The legacy fragments are used: the full image reads, without format.
    const auto found = awaitFuture(client.findImage(QStringLiteral("1")));
    QVERIFY_RESULT(found);
    QVERIFY(found.value().has_value());
    QVERIFY(!found.value()->visualFiles.isEmpty());
    QVERIFY(found.value()->visualFiles.first().width > 0);
    QVERIFY(found.value()->visualFiles.first().format.isEmpty());
    QVERIFY(found.value()->visualFiles.first().parentFolderPath.isEmpty());

    // A partial date is refused before sending on a server that cannot store it.
    ImageUpdate update;
    update.id = QStringLiteral("1");
    update.date = QStringLiteral("2024-05");
    const auto refused = awaitFuture(client.updateImage(update));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), Error::Kind::InvalidInput);
}

void TestClientQueries::findImageFullDetail()
{
    const auto r = awaitFuture(m_client.findImage(QStringLiteral("1")));
    QVERIFY_RESULT(r);
    QVERIFY(r.value().has_value());
    const Image &i = *r.value();
    QCOMPARE(i.id, QStringLiteral("1"));
    QVERIFY(i.createdAt.isValid());
    QVERIFY(i.updatedAt.isValid());
    QVERIFY(!i.displayTitle().isEmpty());
    QVERIFY(i.paths.thumbnail.isValid());
    QVERIFY(i.paths.image.isValid());
    QCOMPARE(i.paths.thumbnail.host(), m_server.url().host());
    QVERIFY(i.paths.thumbnail.path().endsWith(QStringLiteral("/image/1/thumbnail")));
    QVERIFY(!i.visualFiles.isEmpty());
    const VisualFile &f = *i.primaryFile();
    QVERIFY(!f.id.isEmpty());
    QVERIFY(!f.path.isEmpty());
    QCOMPARE(f.basename, f.path.section(QLatin1Char('/'), -1));
    QVERIFY(f.width > 0 && f.height > 0);
    QVERIFY(f.size > 0);
    QVERIFY(f.modTime.isValid());
    QVERIFY(!f.fingerprint(QStringLiteral("md5")).isEmpty());
    // Modern fragments on a v0.30.1 server: format and the parent folder come back.
    if (f.type == VisualFile::Type::Image)
        QVERIFY2(!f.format.isEmpty(), "ImageFile.format is asked for on v0.29+");
    QVERIFY(!f.parentFolderPath.isEmpty());
    QVERIFY(i.pixelKey() == f.fingerprint(QStringLiteral("md5")));
}

void TestClientQueries::findImageUnknownId()
{
    const auto r = awaitFuture(m_client.findImage(QStringLiteral("999999")));
    QVERIFY_RESULT(r);
    QVERIFY(!r.value().has_value());
}

void TestClientQueries::findImageByChecksum()
{
    const Image seven = image(QStringLiteral("7"));
    const QString md5 =
        seven.primaryFile() ? seven.primaryFile()->fingerprint(QStringLiteral("md5")) : QString();
    QVERIFY(!md5.isEmpty());
    const auto r = awaitFuture(m_client.findImageByChecksum(md5));
    QVERIFY_RESULT(r);
    QVERIFY(r.value().has_value());
    QCOMPARE(r.value()->id, QStringLiteral("7"));

    const auto none = awaitFuture(
        m_client.findImageByChecksum(QStringLiteral("00000000000000000000000000000000")));
    QVERIFY_RESULT(none);
    QVERIFY(!none.value().has_value());
}

void TestClientQueries::findImagesPaging()
{
    FindFilter filter;
    filter.perPage = 25;
    filter.sort = QStringLiteral("id");
    QStringList seen;
    for (int page = 1; page <= 3; ++page) {
        filter.page = page;
        const auto r = awaitFuture(m_client.findImages(filter));
        QVERIFY_RESULT(r);
        QCOMPARE(r.value().count, kImages);
        QCOMPARE(r.value().images.size(), page < 3 ? 25 : kImages - 50);
        seen += idsOf(r.value().images);
    }
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(),
             kImages); // no overlap, nothing missing
    filter.page = 4;
    const auto past = awaitFuture(m_client.findImages(filter));
    QVERIFY_RESULT(past);
    QVERIFY(past.value().images.isEmpty());
    QCOMPARE(past.value().count, kImages);
}

void TestClientQueries::findImagesAllAndCountOnly()
{
    FindFilter all;
    all.perPage = -1;
    const auto r = awaitFuture(m_client.findImages(all));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().images.size(), kImages);
    FindFilter countOnly;
    countOnly.perPage = 0;
    const auto c = awaitFuture(m_client.findImages(countOnly));
    QVERIFY_RESULT(c);
    QVERIFY(c.value().images.isEmpty());
    QCOMPARE(c.value().count, kImages);
}

void TestClientQueries::findImagesSort()
{
    FindFilter filter;
    filter.perPage = -1;
    filter.sort = QStringLiteral("id");
    filter.direction = SortDirection::Desc;
    const auto desc = awaitFuture(m_client.findImages(filter));
    QVERIFY_RESULT(desc);
    QList<int> ids;
    for (const Image &i : desc.value().images)
        ids.append(i.id.toInt());
    QCOMPARE(ids.size(), kImages);
    QVERIFY(std::is_sorted(ids.rbegin(), ids.rend()));
    QCOMPARE(ids.first(), kImages);

    filter.sort = QStringLiteral("rating");
    filter.direction = SortDirection::Asc;
    const auto byRating = awaitFuture(m_client.findImages(filter));
    QVERIFY_RESULT(byRating);
    QList<int> ratings;
    for (const Image &i : byRating.value().images) {
        if (i.rating100)
            ratings.append(*i.rating100);
    }
    QVERIFY2(ratings.size() > 5, "the seeded images should carry ratings");
    QVERIFY(std::is_sorted(ratings.begin(), ratings.end()));
}

void TestClientQueries::findImagesRandomSeedIsStable()
{
    FindFilter filter;
    filter.perPage = 20;
    filter.sort = FindFilter::randomSort(12345678);
    const auto a = awaitFuture(m_client.findImages(filter));
    const auto b = awaitFuture(m_client.findImages(filter));
    filter.sort = FindFilter::randomSort(87654321);
    const auto c = awaitFuture(m_client.findImages(filter));
    QVERIFY_RESULT(a);
    QVERIFY_RESULT(b);
    QVERIFY_RESULT(c);
    QCOMPARE(idsOf(a.value().images), idsOf(b.value().images));
    QVERIFY(idsOf(a.value().images) != idsOf(c.value().images));
}

void TestClientQueries::findImagesText()
{
    // Every image's file path holds its basename: search for one.
    const Image target = image(QStringLiteral("11"));
    QVERIFY(target.primaryFile());
    const QString basename = target.primaryFile()->basename;
    const auto r = awaitFuture(m_client.findImages(QStringLiteral("\"%1\"").arg(basename)));
    QVERIFY_RESULT(r);
    QVERIFY(r.value().count >= 1);
    QVERIFY(r.value().count < kImages);
    QVERIFY(idsOf(r.value().images).contains(QStringLiteral("11")));

    const auto nothing = awaitFuture(m_client.findImages(QStringLiteral("zzqqxx-no-such-word")));
    QVERIFY_RESULT(nothing);
    QCOMPARE(nothing.value().count, 0);
    QVERIFY(nothing.value().images.isEmpty());
}

void TestClientQueries::findImagesByTag()
{
    // Find an image with a tag, then filter on that tag.
    FindFilter all;
    all.perPage = -1;
    const auto every = awaitFuture(m_client.findImages(all));
    QVERIFY_RESULT(every);
    QString tagId;
    for (const Image &i : every.value().images) {
        if (!i.tags.isEmpty()) {
            tagId = i.tags.first().id;
            break;
        }
    }
    QVERIFY2(!tagId.isEmpty(), "no seeded image has a tag");
    int expected = 0;
    for (const Image &i : every.value().images)
        expected += i.tagIds().contains(tagId) ? 1 : 0;

    ImageFilter byTag;
    byTag.tags = HierarchicalCriterion{{tagId}, CriterionModifier::Includes, 0, {}};
    const auto r = awaitFuture(m_client.findImages(all, byTag));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().count, expected);
    for (const Image &i : r.value().images)
        QVERIFY(i.tagIds().contains(tagId));

    ImageFilter without;
    without.tags = HierarchicalCriterion{{tagId}, CriterionModifier::Excludes, 0, {}};
    const auto rest = awaitFuture(m_client.findImages(all, without));
    QVERIFY_RESULT(rest);
    QCOMPARE(rest.value().count, kImages - expected);
}

void TestClientQueries::findImagesByRating()
{
    FindFilter all;
    all.perPage = -1;
    ImageFilter high;
    high.rating100 = IntCriterion{60, std::nullopt, CriterionModifier::GreaterThan};
    const auto r = awaitFuture(m_client.findImages(all, high));
    QVERIFY_RESULT(r);
    QVERIFY(r.value().count > 0);
    QVERIFY(r.value().count < kImages);
    for (const Image &i : r.value().images) {
        QVERIFY(i.rating100.has_value());
        QVERIFY(*i.rating100 > 60);
    }
    ImageFilter unrated;
    unrated.rating100 = IntCriterion{0, std::nullopt, CriterionModifier::IsNull};
    const auto u = awaitFuture(m_client.findImages(all, unrated));
    QVERIFY_RESULT(u);
    for (const Image &i : u.value().images)
        QVERIFY(!i.rating100.has_value());
}

void TestClientQueries::findImagesAndOr()
{
    FindFilter all;
    all.perPage = -1;
    ImageFilter organized;
    organized.organized = true;
    ImageFilter high;
    high.rating100 = IntCriterion{80, std::nullopt, CriterionModifier::GreaterThan};

    ImageFilter both = organized;
    both.combine = ImageFilter::Combine::And;
    both.sub = std::make_shared<const ImageFilter>(high);
    ImageFilter either = organized;
    either.combine = ImageFilter::Combine::Or;
    either.sub = std::make_shared<const ImageFilter>(high);
    ImageFilter organizedNotHigh = organized;
    organizedNotHigh.combine = ImageFilter::Combine::Not;
    organizedNotHigh.sub = std::make_shared<const ImageFilter>(high);

    const auto o = awaitFuture(m_client.findImages(all, organized));
    const auto h = awaitFuture(m_client.findImages(all, high));
    const auto a = awaitFuture(m_client.findImages(all, both));
    const auto e = awaitFuture(m_client.findImages(all, either));
    const auto n = awaitFuture(m_client.findImages(all, organizedNotHigh));
    for (const auto *r : {&o, &h, &a, &e, &n})
        QVERIFY_RESULT(*r);
    const QStringList oIds = idsOf(o.value().images), hIds = idsOf(h.value().images);
    const QSet<QString> oSet(oIds.begin(), oIds.end()), hSet(hIds.begin(), hIds.end());
    QVERIFY2(!oSet.isEmpty() && !hSet.isEmpty(),
             "the seed should have organized and highly rated images");
    const QStringList aIds = idsOf(a.value().images), eIds = idsOf(e.value().images),
                      nIds = idsOf(n.value().images);
    QCOMPARE(QSet<QString>(aIds.begin(), aIds.end()), QSet<QString>(oSet).intersect(hSet));
    QCOMPARE(QSet<QString>(eIds.begin(), eIds.end()), QSet<QString>(oSet).unite(hSet));
    QCOMPARE(QSet<QString>(nIds.begin(), nIds.end()), QSet<QString>(oSet).subtract(hSet));
    QVERIFY(e.value().count > a.value().count);
}

void TestClientQueries::findImagesByIds()
{
    FindFilter filter; // ignored with ids, as the server does
    filter.perPage = 1;
    filter.sort = QStringLiteral("title");
    ImageFilter none;
    none.organized = true;
    const QStringList ids{QStringLiteral("9"), QStringLiteral("2"), QStringLiteral("5")};
    const auto r = awaitFuture(m_client.findImages(filter, none, ids));
    QVERIFY_RESULT(r);
    QCOMPARE(idsOf(r.value().images), ids); // in the order given
    QCOMPARE(r.value().count, 3);

    const auto bad = awaitFuture(m_client.findImages(filter, {}, {QStringLiteral("x")}));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind(), Error::Kind::InvalidInput);
}

void TestClientQueries::findImageStats()
{
    const auto r = awaitFuture(m_client.findImageStats(FindFilter()));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().count, kImages);
    QVERIFY(r.value().megapixels > 0);
    QVERIFY(r.value().filesize > 0);

    ImageFilter high;
    high.rating100 = IntCriterion{60, std::nullopt, CriterionModifier::GreaterThan};
    FindFilter all;
    all.perPage = -1;
    const auto some = awaitFuture(m_client.findImageStats(all, high));
    const auto listed = awaitFuture(m_client.findImages(all, high));
    QVERIFY_RESULT(some);
    QVERIFY_RESULT(listed);
    QCOMPARE(some.value().count, listed.value().count);
    QVERIFY(some.value().filesize < r.value().filesize);
    double megapixels = 0;
    for (const Image &i : listed.value().images)
        megapixels +=
            i.primaryFile() ? i.primaryFile()->width * double(i.primaryFile()->height) / 1e6 : 0;
    QVERIFY2(qAbs(some.value().megapixels - megapixels) < 0.01,
             qPrintable(QStringLiteral("%1 vs %2").arg(some.value().megapixels).arg(megapixels)));
}

void TestClientQueries::findImageIds()
{
    FindFilter filter;
    filter.perPage = -1;
    filter.sort = QStringLiteral("id");
    const auto r = awaitFuture(m_client.findImageIds(filter));
    QVERIFY_RESULT(r);
    QCOMPARE(r.value().count, kImages);
    QCOMPARE(r.value().ids.size(), kImages);
    QCOMPARE(r.value().ids.first(), QStringLiteral("1"));
    QCOMPARE(QSet<QString>(r.value().ids.begin(), r.value().ids.end()).size(), kImages);

    filter.perPage = 7;
    filter.page = 2;
    const auto page = awaitFuture(m_client.findImageIds(filter));
    QVERIFY_RESULT(page);
    QCOMPARE(page.value().ids, r.value().ids.mid(7, 7));
}

void TestClientQueries::findTags()
{
    LookupQuery first;
    first.perPage = 5;
    const auto page = awaitFuture(m_client.findTags(first));
    QVERIFY_RESULT(page);
    QCOMPARE(page.value().items.size(), 5);
    QVERIFY(page.value().count > 5);
    const Tag tag = page.value().items.at(2);
    QVERIFY(!tag.name.isEmpty());

    LookupQuery byText;
    byText.q = tag.name;
    const auto found = awaitFuture(m_client.findTags(byText));
    QVERIFY_RESULT(found);
    QVERIFY(found.value().count < page.value().count);
    bool hit = false;
    for (const Tag &t : found.value().items)
        hit = hit || t.id == tag.id;
    QVERIFY(hit);

    LookupQuery byIds;
    byIds.ids = {page.value().items.at(4).id, page.value().items.at(0).id};
    const auto resolved = awaitFuture(m_client.findTags(byIds));
    QVERIFY_RESULT(resolved);
    QCOMPARE(resolved.value().items.size(), 2);
    QStringList got{resolved.value().items.at(0).id, resolved.value().items.at(1).id};
    got.sort();
    QStringList want = byIds.ids;
    want.sort();
    QCOMPARE(got, want);
}

void TestClientQueries::findPerformers()
{
    const auto page = awaitFuture(m_client.findPerformers(LookupQuery()));
    QVERIFY_RESULT(page);
    QVERIFY(page.value().count > 1);
    const Performer p = page.value().items.last();
    QVERIFY(!p.name.isEmpty());
    LookupQuery byText;
    byText.q = p.name;
    const auto found = awaitFuture(m_client.findPerformers(byText));
    QVERIFY_RESULT(found);
    QVERIFY(found.value().count >= 1);
    QVERIFY(found.value().count < page.value().count);
    QCOMPARE(found.value().items.first().name, p.name);
    LookupQuery byId;
    byId.ids = {p.id};
    const auto resolved = awaitFuture(m_client.findPerformers(byId));
    QVERIFY_RESULT(resolved);
    QCOMPARE(resolved.value().items.size(), 1);
    QVERIFY(resolved.value().items.first() == p);
}

void TestClientQueries::findStudios()
{
    const auto page = awaitFuture(m_client.findStudios(LookupQuery()));
    QVERIFY_RESULT(page);
    QVERIFY(page.value().count > 1);
    const Studio s = page.value().items.first();
    LookupQuery byText;
    byText.q = s.name;
    const auto found = awaitFuture(m_client.findStudios(byText));
    QVERIFY_RESULT(found);
    QVERIFY(found.value().count >= 1);
    bool hit = false;
    for (const Studio &x : found.value().items)
        hit = hit || x.id == s.id;
    QVERIFY(hit);
    LookupQuery byId;
    byId.ids = {s.id};
    const auto resolved = awaitFuture(m_client.findStudios(byId));
    QVERIFY_RESULT(resolved);
    QCOMPARE(resolved.value().items.size(), 1);
    QCOMPARE(resolved.value().items.first().name, s.name);
}

void TestClientQueries::findGalleries()
{
    // Galleries have no "name" sort: the client must ask for "title" instead.
    const auto page = awaitFuture(m_client.findGalleries(LookupQuery()));
    QVERIFY_RESULT(page);
    QVERIFY(page.value().count > 1);
    const Gallery g = page.value().items.first();
    QVERIFY(!g.displayTitle().isEmpty());
    LookupQuery byId;
    byId.ids = {g.id};
    const auto resolved = awaitFuture(m_client.findGalleries(byId));
    QVERIFY_RESULT(resolved);
    QCOMPARE(resolved.value().items.size(), 1);
    QCOMPARE(resolved.value().items.first().id, g.id);
    if (!g.title.isEmpty()) {
        LookupQuery byText;
        byText.q = g.title;
        const auto found = awaitFuture(m_client.findGalleries(byText));
        QVERIFY_RESULT(found);
        QVERIFY(found.value().count >= 1);
    }
}

void TestClientQueries::fetchThumbnail()
{
    const Image i = image(QStringLiteral("3"));
    QVERIFY(i.paths.thumbnail.isValid());
    const auto bytes = awaitFuture(m_client.fetchMedia(i.paths.thumbnail));
    QVERIFY_RESULT(bytes);
    QVERIFY(bytes.value().size() > 100);
    QVERIFY2(bytes.value().startsWith("\xFF\xD8\xFF"), "a thumbnail is a JPEG");
    QVERIFY(bytes.value().endsWith("\xFF\xD9"));

    // A relative URL resolves against the server.
    const auto relative =
        awaitFuture(m_client.fetchMedia(QUrl(QStringLiteral("/image/3/thumbnail"))));
    QVERIFY_RESULT(relative);
    QVERIFY(relative.value().startsWith("\xFF\xD8\xFF"));

    const auto missing =
        awaitFuture(m_client.fetchMedia(QUrl(QStringLiteral("/image/999999/thumbnail"))));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), Error::Kind::Http);
    QCOMPARE(missing.error().httpStatus(), 404);
}

QTEST_GUILESS_MAIN(TestClientQueries)
#include "tst_clientqueries.moc"
