// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagestore.h"
#include "testdata.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Tessera;
using TestData::tag;

using Stash::Image;

namespace {

Image slimImage(const QString &id, const QString &title)
{
    Image image;
    image.id = id;
    image.title = title;
    image.rating100 = 60;
    image.oCounter = 1;
    image.paths.thumbnail = QUrl(QStringLiteral("http://h/image/%1/thumbnail?t=1").arg(id));
    Stash::VisualFile file;
    file.id = QStringLiteral("f") + id;
    file.basename = QStringLiteral("img%1.jpg").arg(id);
    file.width = 800;
    file.height = 600;
    file.fingerprints = {{QStringLiteral("md5"), QStringLiteral("md5-") + id}};
    image.visualFiles = {file};
    image.tags = {tag(QStringLiteral("1"), QStringLiteral("beach"))};
    return image;
}

Image fullImage(const QString &id, const QString &title)
{
    Image image = slimImage(id, title);
    image.urls = {QStringLiteral("https://example.org/a")};
    image.details = QStringLiteral("details");
    image.code = QStringLiteral("C1");
    image.photographer = QStringLiteral("Ann");
    Stash::Studio studio;
    studio.id = QStringLiteral("9");
    studio.name = QStringLiteral("Studio");
    image.studio = studio;
    Stash::Performer performer;
    performer.id = QStringLiteral("5");
    performer.name = QStringLiteral("P");
    image.performers = {performer};
    image.visualFiles[0].format = QStringLiteral("jpeg");
    image.visualFiles[0].parentFolderPath = QStringLiteral("/lib");
    return image;
}

} // namespace

class tst_ImageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAndLookUp();
    void slimUpdateKeepsFullFields();
    void fullUpdateReplaces();
    void unchangedUpdateIsSilent();
    void patch();
    void remove();
    void releaseIsNotRemoval();
    void pinnedImagesSurviveRelease();
    void ownerPinsFollowTheOwner();
    void pendingMarksCountAndPin();
    void sharesRepeatedStrings();
};

void tst_ImageStore::insertAndLookUp()
{
    ImageStore store;
    QSignalSpy added(&store, &ImageStore::imagesAdded);
    QSignalSpy changed(&store, &ImageStore::imagesChanged);
    store.insertOrUpdate({slimImage(QStringLiteral("1"), QStringLiteral("a")),
                          slimImage(QStringLiteral("2"), QStringLiteral("b"))});
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toStringList(),
             (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(changed.size(), 0);
    QVERIFY(store.contains(QStringLiteral("1")));
    QVERIFY(!store.contains(QStringLiteral("3")));
    QCOMPARE(store.size(), 2);
    QCOMPARE(store.image(QStringLiteral("2"))->title, QStringLiteral("b"));
    QVERIFY(!store.image(QStringLiteral("3")).has_value());
    QCOMPARE(store.find(QStringLiteral("1"))->title, QStringLiteral("a"));
    QVERIFY(store.find(QStringLiteral("3")) == nullptr);
    QVERIFY(!store.hasFullDetails(QStringLiteral("1")));
}

void tst_ImageStore::slimUpdateKeepsFullFields()
{
    ImageStore store;
    store.insertOrUpdate(fullImage(QStringLiteral("1"), QStringLiteral("old")),
                         ImageStore::Detail::Full);
    QVERIFY(store.hasFullDetails(QStringLiteral("1")));
    QSignalSpy changed(&store, &ImageStore::imagesChanged);

    Image slim = slimImage(QStringLiteral("1"), QStringLiteral("new"));
    slim.rating100.reset();
    slim.oCounter = 7;
    slim.tags = {tag(QStringLiteral("2"), QStringLiteral("sunset"))};
    slim.paths.thumbnail = QUrl(QStringLiteral("http://h/image/1/thumbnail?t=2"));
    store.insertOrUpdate({slim});

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{QStringLiteral("1")});
    const Image merged = *store.image(QStringLiteral("1"));
    // The slim fragment's fields take the new values, even when cleared ...
    QCOMPARE(merged.title, QStringLiteral("new"));
    QVERIFY(!merged.rating100.has_value());
    QCOMPARE(merged.oCounter, 7);
    QCOMPARE(merged.tagNames(), QStringList{QStringLiteral("sunset")});
    QCOMPARE(merged.paths.thumbnail, slim.paths.thumbnail);
    // ... the full-only ones stay.
    QCOMPARE(merged.urls, QStringList{QStringLiteral("https://example.org/a")});
    QCOMPARE(merged.details, QStringLiteral("details"));
    QCOMPARE(merged.code, QStringLiteral("C1"));
    QCOMPARE(merged.photographer, QStringLiteral("Ann"));
    QVERIFY(merged.studio.has_value());
    QCOMPARE(merged.studio->name, QStringLiteral("Studio"));
    QCOMPARE(merged.performers.size(), 1);
    QCOMPARE(merged.visualFiles.at(0).format, QStringLiteral("jpeg"));
    QCOMPARE(merged.visualFiles.at(0).parentFolderPath, QStringLiteral("/lib"));
    QVERIFY(store.hasFullDetails(QStringLiteral("1")));
}

void tst_ImageStore::fullUpdateReplaces()
{
    ImageStore store;
    store.insertOrUpdate(fullImage(QStringLiteral("1"), QStringLiteral("t")),
                         ImageStore::Detail::Full);
    Image full = fullImage(QStringLiteral("1"), QStringLiteral("t"));
    full.studio.reset(); // the studio was removed
    full.urls.clear();
    QSignalSpy changed(&store, &ImageStore::imagesChanged);
    store.insertOrUpdate(full, ImageStore::Detail::Full);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!store.image(QStringLiteral("1"))->studio.has_value());
    QVERIFY(store.image(QStringLiteral("1"))->urls.isEmpty());
}

void tst_ImageStore::unchangedUpdateIsSilent()
{
    ImageStore store;
    store.insertOrUpdate(slimImage(QStringLiteral("1"), QStringLiteral("a")));
    QSignalSpy added(&store, &ImageStore::imagesAdded);
    QSignalSpy changed(&store, &ImageStore::imagesChanged);
    store.insertOrUpdate(slimImage(QStringLiteral("1"), QStringLiteral("a")));
    QCOMPARE(added.size(), 0);
    QCOMPARE(changed.size(), 0);
}

void tst_ImageStore::patch()
{
    ImageStore store;
    store.insertOrUpdate(slimImage(QStringLiteral("1"), QStringLiteral("a")));
    QSignalSpy changed(&store, &ImageStore::imagesChanged);
    QVERIFY(store.patch(QStringLiteral("1"), [](Image &image) { image.rating100 = 100; }));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(*store.image(QStringLiteral("1"))->rating100, 100);
    QVERIFY(store.patch(QStringLiteral("1"), [](Image &image) { image.rating100 = 100; }));
    QCOMPARE(changed.size(), 1); // no change, no signal
    QVERIFY(!store.patch(QStringLiteral("7"), [](Image &) {}));
}

void tst_ImageStore::remove()
{
    ImageStore store;
    store.insertOrUpdate({slimImage(QStringLiteral("1"), QStringLiteral("a")),
                          slimImage(QStringLiteral("2"), QStringLiteral("b"))});
    QSignalSpy removed(&store, &ImageStore::imagesRemoved);
    store.remove({QStringLiteral("2"), QStringLiteral("3")});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toStringList(), QStringList{QStringLiteral("2")});
    QVERIFY(!store.contains(QStringLiteral("2")));
    store.remove({QStringLiteral("3")});
    QCOMPARE(removed.size(), 1);
    store.clear();
    QCOMPARE(removed.size(), 2);
    QCOMPARE(store.size(), 0);
}

void tst_ImageStore::releaseIsNotRemoval()
{
    ImageStore store;
    store.insertOrUpdate({slimImage(QStringLiteral("1"), QStringLiteral("a")),
                          slimImage(QStringLiteral("2"), QStringLiteral("b"))});
    store.insertOrUpdate(fullImage(QStringLiteral("2"), QStringLiteral("b")),
                         ImageStore::Detail::Full);
    QSignalSpy removed(&store, &ImageStore::imagesRemoved);
    QSignalSpy released(&store, &ImageStore::imagesReleased);
    const QStringList dropped = store.release({QStringLiteral("2"), QStringLiteral("3")});
    QCOMPARE(dropped, QStringList{QStringLiteral("2")});
    QCOMPARE(removed.size(), 0); // still on the server: no row may go
    QCOMPARE(released.size(), 1);
    QCOMPARE(released.at(0).at(0).toStringList(), QStringList{QStringLiteral("2")});
    QVERIFY(!store.contains(QStringLiteral("2")));
    QVERIFY(!store.hasFullDetails(QStringLiteral("2")));
    QCOMPARE(store.size(), 1);
    QVERIFY(store.release({QStringLiteral("3")}).isEmpty());
    QCOMPARE(released.size(), 1); // nothing dropped, nothing said

    // It comes back like any new image.
    QSignalSpy added(&store, &ImageStore::imagesAdded);
    store.insertOrUpdate(slimImage(QStringLiteral("2"), QStringLiteral("b")));
    QCOMPARE(added.size(), 1);
    QCOMPARE(store.find(QStringLiteral("2"))->title, QStringLiteral("b"));
}

void tst_ImageStore::pinnedImagesSurviveRelease()
{
    ImageStore store;
    store.insertOrUpdate({slimImage(QStringLiteral("1"), QStringLiteral("a")),
                          slimImage(QStringLiteral("2"), QStringLiteral("b"))});
    QSignalSpy unpinned(&store, &ImageStore::imagesUnpinned);
    store.pin({QStringLiteral("1")});
    store.pin({QStringLiteral("1")}); // two holders
    QVERIFY(store.isPinned(QStringLiteral("1")));
    QCOMPARE(store.release({QStringLiteral("1"), QStringLiteral("2")}),
             QStringList{QStringLiteral("2")});
    QVERIFY(store.contains(QStringLiteral("1")));
    QCOMPARE(store.find(QStringLiteral("1"))->title, QStringLiteral("a"));

    store.unpin({QStringLiteral("1")});
    QVERIFY(store.isPinned(QStringLiteral("1")));
    QCOMPARE(unpinned.size(), 0);
    QVERIFY(store.release({QStringLiteral("1")}).isEmpty());
    store.unpin({QStringLiteral("1")});
    QVERIFY(!store.isPinned(QStringLiteral("1")));
    QCOMPARE(unpinned.size(), 1);
    QCOMPARE(unpinned.at(0).at(0).toStringList(), QStringList{QStringLiteral("1")});
    store.unpin({QStringLiteral("1")}); // one too many: ignored
    QCOMPARE(unpinned.size(), 1);
    QCOMPARE(store.release({QStringLiteral("1")}), QStringList{QStringLiteral("1")});
    QCOMPARE(store.size(), 0);

    // A pin may come before the image; remove() (a delete) ignores pins.
    store.pin({QStringLiteral("3")});
    store.insertOrUpdate(slimImage(QStringLiteral("3"), QStringLiteral("c")));
    QVERIFY(store.release({QStringLiteral("3")}).isEmpty());
    store.remove({QStringLiteral("3")});
    QVERIFY(!store.contains(QStringLiteral("3")));
}

void tst_ImageStore::pendingMarksCountAndPin()
{
    ImageStore store;
    store.insertOrUpdate(slimImage(QStringLiteral("1"), QStringLiteral("a")));
    QSignalSpy changed(&store, &ImageStore::imagesChanged);
    const QStringList ids{QStringLiteral("1"), QStringLiteral("9")}; // 9 is not loaded yet
    store.markPending(ids);
    store.markPending({QStringLiteral("1")}); // a second change of the same image
    QVERIFY(store.isPending(QStringLiteral("1")));
    QVERIFY(store.isPending(QStringLiteral("9")));
    QCOMPARE(store.pendingImageCount(), 2);
    QCOMPARE(changed.size(), 1); // only the mark appearing on a loaded image tells the views
    QCOMPARE(changed.at(0).at(0).toStringList(), QStringList{QStringLiteral("1")});
    QVERIFY(store.release(ids).isEmpty()); // pending changes keep their images

    store.settlePending(ids);
    QVERIFY(store.isPending(QStringLiteral("1")));
    QVERIFY(!store.isPending(QStringLiteral("9")));
    QCOMPARE(changed.size(), 1);
    store.settlePending({QStringLiteral("1")});
    QVERIFY(!store.isPending(QStringLiteral("1")));
    QCOMPARE(changed.size(), 2);
    store.settlePending({QStringLiteral("1")}); // unknown: ignored, no unpin of someone else's pin
    store.pin({QStringLiteral("1")});
    store.settlePending({QStringLiteral("1")});
    QVERIFY(store.isPinned(QStringLiteral("1")));
    QCOMPARE(store.pendingImageCount(), 0);
}

void tst_ImageStore::ownerPinsFollowTheOwner()
{
    ImageStore store;
    store.insertOrUpdate({slimImage(QStringLiteral("1"), QStringLiteral("a")),
                          slimImage(QStringLiteral("2"), QStringLiteral("b"))});
    auto viewer = std::make_unique<QObject>();
    QObject dialog;
    store.setPinned(viewer.get(), {QStringLiteral("1")});
    store.setPinned(&dialog, {QStringLiteral("1")});
    store.setPinned(viewer.get(), {QStringLiteral("1")}); // the same again: still one pin
    store.setPinned(&dialog, {});
    QVERIFY(store.isPinned(QStringLiteral("1")));
    store.setPinned(viewer.get(), {QStringLiteral("2")}); // moved on
    QVERIFY(!store.isPinned(QStringLiteral("1")));
    QVERIFY(store.isPinned(QStringLiteral("2")));
    store.setPinned(viewer.get(), {});
    store.setPinned(viewer.get(), {QStringLiteral("2")}); // and back: one pin, one connection
    QVERIFY(store.release({QStringLiteral("2")}).isEmpty());
    viewer.reset();
    QVERIFY(!store.isPinned(QStringLiteral("2")));
    QCOMPARE(store.release({QStringLiteral("1"), QStringLiteral("2")}).size(), 2);
}

void tst_ImageStore::sharesRepeatedStrings()
{
    // As decoded from JSON: every image has its own copy of the same texts.
    Image one = slimImage(QStringLiteral("1"), QStringLiteral("a"));
    Image two = slimImage(QStringLiteral("2"), QStringLiteral("b"));
    for (Image *image : {&one, &two}) {
        image->tags = {tag(QString::number(7), QStringLiteral("sun") + QStringLiteral("set"))};
        image->visualFiles[0].fingerprints = {{QString::fromLatin1("md5"), image->id + image->id}};
    }
    QVERIFY(one.tags.first().name.constData() != two.tags.first().name.constData());
    ImageStore store;
    store.insertOrUpdate({one, two});
    // The same tag in two images: one copy of its text in memory.
    const Stash::Tag &a = store.find(QStringLiteral("1"))->tags.first();
    const Stash::Tag &b = store.find(QStringLiteral("2"))->tags.first();
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.name.constData(), b.name.constData());
    QCOMPARE(a.id.constData(), b.id.constData());
    const auto &printA = store.find(QStringLiteral("1"))->visualFiles.first().fingerprints.first();
    const auto &printB = store.find(QStringLiteral("2"))->visualFiles.first().fingerprints.first();
    QCOMPARE(printA.type.constData(), printB.type.constData());
}

QTEST_GUILESS_MAIN(tst_ImageStore)
#include "tst_imagestore.moc"
