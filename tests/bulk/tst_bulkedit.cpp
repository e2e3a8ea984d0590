// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulkedit.h"
#include "testdata.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Tessera;
using TestData::tag;

using namespace Stash;

namespace {

Image image(const QString &id, const QStringList &tagIds = {},
            std::optional<int> rating = std::nullopt)
{
    Image i;
    i.id = id;
    for (const QString &t : tagIds) {
        Tag tag;
        tag.id = t;
        tag.name = QStringLiteral("name%1").arg(t);
        i.tags.append(tag);
    }
    i.rating100 = rating;
    return i;
}

BulkEdit listEdit(BulkMode mode, const QStringList &values)
{
    BulkEdit edit;
    edit.text = QStringLiteral("edit");
    edit.change.tagIds = BulkList{mode, values};
    return edit;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

/// Applies a list of server updates to images, as the server would (each update is a BulkEdit's
/// change).
QList<Image> applyAll(QList<Image> images, const QList<BulkImageUpdate> &updates)
{
    for (const BulkImageUpdate &update : updates) {
        BulkEdit edit;
        edit.change = update;
        edit.change.ids.clear();
        for (Image &i : images) {
            if (update.ids.contains(i.id))
                i = edit.applied(i);
        }
    }
    return images;
}

QStringList allIds(const QList<BulkImageUpdate> &updates)
{
    QStringList ids;
    for (const BulkImageUpdate &u : updates)
        ids += u.ids;
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Stash::BulkMode)

/// The pure part of bulk editing: what a change does to an image, what the
/// preview counts, and the minimal inverse that the undo sends.
class tst_BulkEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAndNames();
    void appliedLists_data();
    void appliedLists();
    void appliedScalars();
    void previewAdd();
    void previewRemove();
    void previewSet();
    void previewScalarOnly();
    void inverseOfAddRemovesOnlyWhereItWasLacking();
    void inverseOfRemoveAddsOnlyWhereItWasPresent();
    void inverseOfSetRatingGroupsByPrevious();
    void inverseOfSetTagsGroupsByPrevious();
    void inverseRoundTrip_data();
    void inverseRoundTrip();
    void chunkedSplits();
};

void tst_BulkEdit::fieldsAndNames()
{
    BulkEdit edit = listEdit(BulkMode::Add, {QStringLiteral("1")});
    edit.change.rating100 = Tristate<int>::null();
    edit.change.studioId = QStringLiteral("3");
    QCOMPARE(edit.fields(),
             ImageFields(ImageField::Tags | ImageField::Rating | ImageField::Studio));
    QCOMPARE(sorted(edit.fieldNames()),
             sorted({QStringLiteral("tags"), QStringLiteral("rating"), QStringLiteral("studio")}));
    BulkEdit none;
    QCOMPARE(none.fields(), ImageFields());
    QVERIFY(none.fieldNames().isEmpty());
}

void tst_BulkEdit::appliedLists_data()
{
    QTest::addColumn<BulkMode>("mode");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    const auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *s : items)
            out.append(QString::fromLatin1(s));
        return out;
    };
    QTest::newRow("add new") << BulkMode::Add << l({"9"}) << l({"1", "2"}) << l({"1", "2", "9"});
    QTest::newRow("add present") << BulkMode::Add << l({"2"}) << l({"1", "2"}) << l({"1", "2"});
    QTest::newRow("add to empty") << BulkMode::Add << l({"9", "8"}) << QStringList()
                                  << l({"9", "8"});
    QTest::newRow("add mixed") << BulkMode::Add << l({"2", "9"}) << l({"1", "2"})
                               << l({"1", "2", "9"});
    QTest::newRow("remove present") << BulkMode::Remove << l({"1"}) << l({"1", "2"}) << l({"2"});
    QTest::newRow("remove absent")
        << BulkMode::Remove << l({"9"}) << l({"1", "2"}) << l({"1", "2"});
    QTest::newRow("remove all") << BulkMode::Remove << l({"1", "2"}) << l({"1", "2"})
                                << QStringList();
    QTest::newRow("set") << BulkMode::Set << l({"5", "6"}) << l({"1", "2"}) << l({"5", "6"});
    QTest::newRow("set empty") << BulkMode::Set << QStringList() << l({"1", "2"}) << QStringList();
}

void tst_BulkEdit::appliedLists()
{
    QFETCH(BulkMode, mode);
    QFETCH(QStringList, values);
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    BulkEdit edit = listEdit(mode, values);
    edit.tags = {tag(QStringLiteral("9"), QStringLiteral("beach"))};
    const Image in = image(QStringLiteral("1"), before, 40);
    const Image out = edit.applied(in);
    QCOMPARE(out.tagIds(), after);
    QCOMPARE(out.rating100, std::optional<int>(40)); // untouched
    // Names: the image's own, else the edit's.
    for (const Tag &t : out.tags) {
        if (t.id == QLatin1String("9"))
            QCOMPARE(t.name, QStringLiteral("beach"));
        else if (before.contains(t.id))
            QCOMPARE(t.name, QStringLiteral("name%1").arg(t.id));
    }

    // The same on performers and galleries.
    BulkEdit perf;
    perf.change.performerIds = BulkList{mode, values};
    Image withPerformers;
    for (const QString &id : before) {
        Performer p;
        p.id = id;
        withPerformers.performers.append(p);
    }
    QCOMPARE(perf.applied(withPerformers).performerIds(), after);
    BulkEdit gal;
    gal.change.galleryIds = BulkList{mode, values};
    Image withGalleries;
    for (const QString &id : before) {
        Gallery g;
        g.id = id;
        withGalleries.galleries.append(g);
    }
    QCOMPARE(gal.applied(withGalleries).galleryIds(), after);
}

void tst_BulkEdit::appliedScalars()
{
    Image before = image(QStringLiteral("1"), {QStringLiteral("3")}, 40);
    Studio s;
    s.id = QStringLiteral("7");
    s.name = QStringLiteral("Old");
    before.studio = s;
    before.title = QStringLiteral("keep");

    BulkEdit clear;
    clear.change.rating100 = Tristate<int>::null();
    clear.change.studioId = Tristate<QString>::null();
    clear.change.organized = true;
    Image after = clear.applied(before);
    QCOMPARE(after.rating100, std::nullopt);
    QVERIFY(!after.studio);
    QVERIFY(after.organized);
    QCOMPARE(after.title, QStringLiteral("keep"));
    QCOMPARE(after.tagIds(), QStringList{QStringLiteral("3")});

    BulkEdit set;
    set.change.rating100 = 80;
    set.change.studioId = QStringLiteral("9");
    Studio named;
    named.id = QStringLiteral("9");
    named.name = QStringLiteral("New");
    set.studio = named;
    set.change.title = QStringLiteral("  padded  ");
    after = set.applied(before);
    QCOMPARE(after.rating100, std::optional<int>(80));
    QVERIFY(after.studio);
    QCOMPARE(after.studio->id, QStringLiteral("9"));
    QCOMPARE(after.studio->name, QStringLiteral("New"));
    QCOMPARE(after.title, QStringLiteral("padded")); // Stash trims
    QVERIFY(!after.organized);
}

void tst_BulkEdit::previewAdd()
{
    BulkEdit edit = listEdit(BulkMode::Add, {QStringLiteral("9")});
    edit.tags = {tag(QStringLiteral("9"), QStringLiteral("beach"))};
    const QList<Image> before{
        image(QStringLiteral("1"), {QStringLiteral("9")}), image(QStringLiteral("2"), {}),
        image(QStringLiteral("3"), {QStringLiteral("1"), QStringLiteral("9")}),
        image(QStringLiteral("4"), {QStringLiteral("1")}),
        image(QStringLiteral("5"), {QStringLiteral("9")})};
    const BulkPreview preview = BulkPreview::compute(edit, before);
    QCOMPARE(preview.total, 5);
    QCOMPARE(preview.changing, 2);
    QCOMPARE(preview.values.size(), 1);
    QCOMPARE(preview.values[0].gain, 2);
    QCOMPARE(preview.values[0].already, 3);
    QCOMPARE(preview.values[0].lose, 0);
    QVERIFY2(preview.values[0].name.contains(QStringLiteral("beach")),
             qPrintable(preview.values[0].name));
    const QString text = preview.describe();
    QVERIFY2(text.contains(QStringLiteral("2 images gain it")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("3 already have it")), qPrintable(text));
}

void tst_BulkEdit::previewRemove()
{
    BulkEdit edit = listEdit(BulkMode::Remove, {QStringLiteral("1"), QStringLiteral("2")});
    const QList<Image> before{
        image(QStringLiteral("1"), {QStringLiteral("1")}),
        image(QStringLiteral("2"), {QStringLiteral("1"), QStringLiteral("2")}),
        image(QStringLiteral("3"), {QStringLiteral("5")})};
    const BulkPreview preview = BulkPreview::compute(edit, before);
    QCOMPARE(preview.total, 3);
    QCOMPARE(preview.changing, 2);
    QCOMPARE(preview.values.size(), 2);
    QCOMPARE(preview.values[0].lose, 2); // tag 1
    QCOMPARE(preview.values[0].gain, 0);
    QCOMPARE(preview.values[1].lose, 1); // tag 2
    // Names come from the images when the edit does not know them.
    QVERIFY2(preview.values[0].name.contains(QStringLiteral("name1")),
             qPrintable(preview.values[0].name));
    QVERIFY(preview.describe().contains(QStringLiteral("2 images lose it")));
}

void tst_BulkEdit::previewSet()
{
    BulkEdit edit = listEdit(BulkMode::Set, {QStringLiteral("1")});
    const QList<Image> before{
        image(QStringLiteral("1"), {QStringLiteral("2")}),
        image(QStringLiteral("2"), {QStringLiteral("1"), QStringLiteral("2")}),
        image(QStringLiteral("3"), {}), image(QStringLiteral("4"), {QStringLiteral("1")})};
    const BulkPreview preview = BulkPreview::compute(edit, before);
    QCOMPARE(preview.changing, 3);
    QCOMPARE(preview.values.size(), 2);
    QCOMPARE(preview.values[0].gain, 2); // tag 1: images 1 and 3
    QCOMPARE(preview.values[0].already, 2);
    QCOMPARE(preview.values[1].lose, 2); // tag 2 lost by images 1 and 2
    QCOMPARE(preview.values[1].gain + preview.values[1].already, 0);
}

void tst_BulkEdit::previewScalarOnly()
{
    BulkEdit edit;
    edit.change.rating100 = 80;
    const QList<Image> before{image(QStringLiteral("1"), {}, 80),
                              image(QStringLiteral("2"), {}, 40),
                              image(QStringLiteral("3"), {}, std::nullopt)};
    const BulkPreview preview = BulkPreview::compute(edit, before);
    QCOMPARE(preview.total, 3);
    QCOMPARE(preview.changing, 2);
    QVERIFY(preview.values.isEmpty());
    QCOMPARE(preview.describe(), QStringLiteral("2 of 3 images change"));
}

void tst_BulkEdit::inverseOfAddRemovesOnlyWhereItWasLacking()
{
    const BulkEdit edit = listEdit(BulkMode::Add, {QStringLiteral("9"), QStringLiteral("8")});
    const QList<Image> before{
        image(QStringLiteral("1"), {QStringLiteral("9")}), image(QStringLiteral("2"), {}),
        image(QStringLiteral("3"), {QStringLiteral("9"), QStringLiteral("8")}),
        image(QStringLiteral("4"), {QStringLiteral("8")}), image(QStringLiteral("5"), {})};
    const QList<BulkImageUpdate> inverse = inverseOf(edit, before);
    // Image 3 had both: nothing to undo there.
    QVERIFY(!allIds(inverse).contains(QStringLiteral("3")));
    QCOMPARE(sorted(allIds(inverse)), sorted({QStringLiteral("1"), QStringLiteral("2"),
                                              QStringLiteral("4"), QStringLiteral("5")}));
    // One update per distinct delta: {8} for 1, {9,8} for 2 and 5, {9} for 4.
    QCOMPARE(inverse.size(), 3);
    for (const BulkImageUpdate &u : inverse) {
        QVERIFY(u.tagIds);
        QCOMPARE(u.tagIds->mode, BulkMode::Remove);
        QVERIFY(!u.rating100.isSet());
        QVERIFY(!u.performerIds && !u.galleryIds && !u.urls);
        if (u.ids.contains(QStringLiteral("1")))
            QCOMPARE(u.tagIds->values, QStringList{QStringLiteral("8")});
        else if (u.ids.contains(QStringLiteral("4")))
            QCOMPARE(u.tagIds->values, QStringList{QStringLiteral("9")});
        else {
            QCOMPARE(sorted(u.ids), sorted({QStringLiteral("2"), QStringLiteral("5")}));
            QCOMPARE(sorted(u.tagIds->values), sorted({QStringLiteral("9"), QStringLiteral("8")}));
        }
    }
    // Nothing to undo when every image had it already.
    QVERIFY(inverseOf(listEdit(BulkMode::Add, {QStringLiteral("9")}), {before[0], before[2]})
                .isEmpty());
}

void tst_BulkEdit::inverseOfRemoveAddsOnlyWhereItWasPresent()
{
    const BulkEdit edit = listEdit(BulkMode::Remove, {QStringLiteral("9")});
    const QList<Image> before{
        image(QStringLiteral("1"), {QStringLiteral("9")}),
        image(QStringLiteral("2"), {QStringLiteral("3")}),
        image(QStringLiteral("3"), {QStringLiteral("3"), QStringLiteral("9")})};
    const QList<BulkImageUpdate> inverse = inverseOf(edit, before);
    QCOMPARE(inverse.size(), 1);
    QCOMPARE(inverse[0].tagIds->mode, BulkMode::Add);
    QCOMPARE(inverse[0].tagIds->values, QStringList{QStringLiteral("9")});
    QCOMPARE(sorted(inverse[0].ids), sorted({QStringLiteral("1"), QStringLiteral("3")}));
}

void tst_BulkEdit::inverseOfSetRatingGroupsByPrevious()
{
    BulkEdit edit;
    edit.change.rating100 = 60;
    const QList<Image> before{
        image(QStringLiteral("1"), {}, std::nullopt), image(QStringLiteral("2"), {}, 40),
        image(QStringLiteral("3"), {}, 80), image(QStringLiteral("4"), {}, 40),
        image(QStringLiteral("5"), {}, std::nullopt)};
    const QList<BulkImageUpdate> inverse = inverseOf(edit, before);
    QCOMPARE(inverse.size(), 3);
    QCOMPARE(allIds(inverse).size(), 5);
    bool sawNull = false;
    for (const BulkImageUpdate &u : inverse) {
        QVERIFY(!u.tagIds && !u.studioId.isSet() && !u.title.isSet() && !u.organized.isSet());
        QVERIFY(u.rating100.isSet());
        if (u.rating100.isNull()) {
            sawNull = true; // null is sent as null, never 0
            QCOMPARE(sorted(u.ids), sorted({QStringLiteral("1"), QStringLiteral("5")}));
        } else if (u.rating100.value() == 40) {
            QCOMPARE(sorted(u.ids), sorted({QStringLiteral("2"), QStringLiteral("4")}));
        } else {
            QCOMPARE(u.rating100.value(), 80);
            QCOMPARE(u.ids, QStringList{QStringLiteral("3")});
        }
    }
    QVERIFY(sawNull);
}

void tst_BulkEdit::inverseOfSetTagsGroupsByPrevious()
{
    const BulkEdit edit = listEdit(BulkMode::Set, {QStringLiteral("1")});
    const QList<Image> before{
        image(QStringLiteral("1"), {QStringLiteral("2")}), image(QStringLiteral("2"), {}),
        image(QStringLiteral("3"), {QStringLiteral("2")}),
        image(QStringLiteral("4"), {QStringLiteral("2"), QStringLiteral("3")})};
    const QList<BulkImageUpdate> inverse = inverseOf(edit, before);
    QCOMPARE(inverse.size(), 3);
    for (const BulkImageUpdate &u : inverse) {
        QVERIFY(u.tagIds);
        QCOMPARE(u.tagIds->mode, BulkMode::Set);
        if (u.ids.contains(QStringLiteral("2")))
            QVERIFY(u.tagIds->values.isEmpty());
        else if (u.ids.contains(QStringLiteral("4")))
            QCOMPARE(sorted(u.tagIds->values), sorted({QStringLiteral("2"), QStringLiteral("3")}));
        else {
            QCOMPARE(sorted(u.ids), sorted({QStringLiteral("1"), QStringLiteral("3")}));
            QCOMPARE(u.tagIds->values, QStringList{QStringLiteral("2")});
        }
    }
}

void tst_BulkEdit::inverseRoundTrip_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("add two tags") << 0;
    QTest::newRow("remove a tag") << 1;
    QTest::newRow("set tags") << 2;
    QTest::newRow("rating and add tag") << 3;
    QTest::newRow("clear rating, studio, organized") << 4;
    QTest::newRow("add performer, remove gallery") << 5;
}

/// Whatever the change: applying it, then its inverse, gives every image back
/// its previous values of the touched fields (lists compared as sets).
void tst_BulkEdit::inverseRoundTrip()
{
    QFETCH(int, variant);
    BulkEdit edit;
    switch (variant) {
    case 0:
        edit.change.tagIds = BulkList{BulkMode::Add, {QStringLiteral("1"), QStringLiteral("2")}};
        break;
    case 1:
        edit.change.tagIds = BulkList{BulkMode::Remove, {QStringLiteral("2")}};
        break;
    case 2:
        edit.change.tagIds = BulkList{BulkMode::Set, {QStringLiteral("3")}};
        break;
    case 3:
        edit.change.rating100 = 20;
        edit.change.tagIds = BulkList{BulkMode::Add, {QStringLiteral("3")}};
        break;
    case 4:
        edit.change.rating100 = Tristate<int>::null();
        edit.change.studioId = Tristate<QString>::null();
        edit.change.organized = true;
        break;
    case 5:
        edit.change.performerIds = BulkList{BulkMode::Add, {QStringLiteral("4")}};
        edit.change.galleryIds = BulkList{BulkMode::Remove, {QStringLiteral("31")}};
        break;
    }
    QList<Image> before;
    for (int n = 0; n < 24; ++n) {
        QStringList tags;
        for (int t = 1; t <= 3; ++t) {
            if (n & (1 << (t - 1)))
                tags.append(QString::number(t));
        }
        const std::optional<int> ratings[] = {std::nullopt, 40, 80};
        Image i = image(QString::number(n + 1), tags, ratings[n % 3]);
        i.organized = n % 2;
        if (n % 4) {
            Studio s;
            s.id = QString::number(n % 4);
            i.studio = s;
        }
        if (n % 3 == 1) {
            Performer p;
            p.id = QStringLiteral("4");
            i.performers.append(p);
        }
        if (n % 5 < 2) {
            Gallery g;
            g.id = QStringLiteral("31");
            i.galleries.append(g);
        }
        before.append(i);
    }
    QList<Image> after;
    for (const Image &i : before)
        after.append(edit.applied(i));
    const QList<BulkImageUpdate> inverse = inverseOf(edit, before);
    const QList<Image> undone = applyAll(after, inverse);
    const ImageFields fields = edit.fields();
    QSet<QString> changed;
    for (int n = 0; n < before.size(); ++n) {
        const Image &was = before[n];
        const Image &now = undone[n];
        QCOMPARE(sorted(now.tagIds()), sorted(was.tagIds()));
        QCOMPARE(sorted(now.performerIds()), sorted(was.performerIds()));
        QCOMPARE(sorted(now.galleryIds()), sorted(was.galleryIds()));
        QCOMPARE(now.rating100, was.rating100);
        QCOMPARE(now.organized, was.organized);
        QCOMPARE(bool(now.studio), bool(was.studio));
        if (was.studio)
            QCOMPARE(now.studio->id, was.studio->id);
        if (!ImageFieldValues::sameValues(was, after[n], fields))
            changed.insert(was.id);
    }
    // Only list deltas: the inverse touches no image the edit left alone.
    if (!edit.change.rating100.isSet() && !edit.change.organized.isSet() &&
        !(edit.change.tagIds && edit.change.tagIds->mode == BulkMode::Set)) {
        const QStringList touched = allIds(inverse);
        QCOMPARE(QSet<QString>(touched.cbegin(), touched.cend()), changed);
    }
}

void tst_BulkEdit::chunkedSplits()
{
    BulkImageUpdate a;
    for (int n = 1; n <= 250; ++n)
        a.ids.append(QString::number(n));
    a.rating100 = 20;
    BulkImageUpdate b;
    b.ids = {QStringLiteral("7")};
    b.tagIds = BulkList{BulkMode::Add, {QStringLiteral("1")}};
    const QList<BulkImageUpdate> chunks = chunked({a, b}, 100);
    QCOMPARE(chunks.size(), 4);
    QCOMPARE(chunks[0].ids.size(), 100);
    QCOMPARE(chunks[1].ids.size(), 100);
    QCOMPARE(chunks[2].ids.size(), 50);
    QCOMPARE(chunks[0].ids.first(), QStringLiteral("1"));
    QCOMPARE(chunks[2].ids.last(), QStringLiteral("250"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(chunks[i].rating100, Tristate<int>(20));
    QCOMPARE(chunks[3], b);
    QVERIFY(chunked({}, 100).isEmpty());
}

QTEST_GUILESS_MAIN(tst_BulkEdit)
#include "tst_bulkedit.moc"
