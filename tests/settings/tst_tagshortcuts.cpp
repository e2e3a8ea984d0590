// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "tagshortcuts.h"
#include "testdata.h"
#include "settingsisolation.h"

#include "profilestore.h"
#include "serverprofile.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace Tessera;
using TestData::idsOf;

using Tag = TagShortcuts::Tag;

namespace {

Tag tag(int n)
{
    return Tag{QString::number(n), QStringLiteral("tag %1").arg(n)};
}

} // namespace

/// TagShortcuts: the bulk panel's recent and favourite tags, kept per server
/// profile in the settings (no network).
class tst_TagShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void startsEmpty();
    void recentMostRecentFirstAndBounded();
    void favourites();
    void persistedInTheActiveProfile();
    void ignoresEntriesWithoutId();
};

void tst_TagShortcuts::initTestCase()
{
    TestSettings::isolate(QStringLiteral("TesseraSettingsTests"),
                          QStringLiteral("tst_tagshortcuts"));
}

void tst_TagShortcuts::init()
{
    TestSettings::clear();
}

void tst_TagShortcuts::startsEmpty()
{
    TagShortcuts shortcuts;
    QVERIFY(shortcuts.recent().isEmpty());
    QVERIFY(shortcuts.favorites().isEmpty());
    QVERIFY(!shortcuts.isFavorite(QStringLiteral("1")));
}

void tst_TagShortcuts::recentMostRecentFirstAndBounded()
{
    TagShortcuts shortcuts;
    QSignalSpy changed(&shortcuts, &TagShortcuts::changed);
    shortcuts.noteRecent(tag(1));
    shortcuts.noteRecent(tag(2));
    shortcuts.noteRecent(tag(1)); // used again: first, not twice
    QCOMPARE(idsOf(shortcuts.recent()), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(changed.size(), 3);

    for (int i = 3; i < 3 + TagShortcuts::MaxRecent; ++i)
        shortcuts.noteRecent(tag(i));
    QCOMPARE(shortcuts.recent().size(), TagShortcuts::MaxRecent);
    QCOMPARE(shortcuts.recent().first(), tag(2 + TagShortcuts::MaxRecent));
    QVERIFY(!idsOf(shortcuts.recent()).contains(QStringLiteral("1")));

    shortcuts.forgetRecent(tag(5).id);
    QVERIFY(!idsOf(shortcuts.recent()).contains(QStringLiteral("5")));
    QCOMPARE(shortcuts.recent().size(), TagShortcuts::MaxRecent - 1);
}

void tst_TagShortcuts::favourites()
{
    TagShortcuts shortcuts;
    QSignalSpy changed(&shortcuts, &TagShortcuts::changed);
    shortcuts.setFavorites({tag(1), tag(2)});
    shortcuts.addFavorite(tag(3));
    shortcuts.addFavorite(tag(1)); // moves to the end
    QCOMPARE(idsOf(shortcuts.favorites()),
             (QStringList{QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1")}));
    QVERIFY(shortcuts.isFavorite(QStringLiteral("3")));
    shortcuts.removeFavorite(QStringLiteral("3"));
    QVERIFY(!shortcuts.isFavorite(QStringLiteral("3")));
    QCOMPARE(changed.size(), 4);
    // Favourites and recent tags are separate lists.
    QVERIFY(shortcuts.recent().isEmpty());
}

void tst_TagShortcuts::persistedInTheActiveProfile()
{
    ProfileStore profiles;
    ServerProfile a;
    a.name = QStringLiteral("A");
    a.url = QUrl(QStringLiteral("http://a.example:9999"));
    ServerProfile b = a;
    b.name = QStringLiteral("B");
    b.url = QUrl(QStringLiteral("http://b.example:9999"));
    const QString idA = profiles.add(a);
    const QString idB = profiles.add(b);

    profiles.setActiveId(idA);
    {
        TagShortcuts shortcuts;
        shortcuts.setFavorites({tag(7)});
        shortcuts.noteRecent(tag(8));
    }
    // Written at once, under the profile's group, in the keys the panel always used.
    QCOMPARE(ProfileSettings().value(QStringLiteral("bulk/favoriteTags/1/id")).toString(),
             QStringLiteral("7"));
    QCOMPARE(ProfileSettings().value(QStringLiteral("bulk/recentTags/1/name")).toString(),
             QStringLiteral("tag 8"));

    TagShortcuts shortcuts;
    QCOMPARE(shortcuts.favorites(), QList<Tag>{tag(7)});
    QCOMPARE(shortcuts.recent(), QList<Tag>{tag(8)});

    // Another server: its own (empty) lists after reload().
    profiles.setActiveId(idB);
    QSignalSpy changed(&shortcuts, &TagShortcuts::changed);
    shortcuts.reload();
    QCOMPARE(changed.size(), 1);
    QVERIFY(shortcuts.favorites().isEmpty());
    QVERIFY(shortcuts.recent().isEmpty());

    profiles.setActiveId(idA);
    shortcuts.reload();
    QCOMPARE(shortcuts.favorites(), QList<Tag>{tag(7)});
}

void tst_TagShortcuts::ignoresEntriesWithoutId()
{
    {
        ProfileSettings settings;
        settings.beginWriteArray(QStringLiteral("bulk/favoriteTags"), 2);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("name"), QStringLiteral("no id"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("id"), QStringLiteral("4"));
        settings.setValue(QStringLiteral("name"), QStringLiteral("tag 4"));
        settings.endArray();
    }
    TagShortcuts shortcuts;
    QCOMPARE(shortcuts.favorites(), QList<Tag>{tag(4)});
}

QTEST_GUILESS_MAIN(tst_TagShortcuts)
#include "tst_tagshortcuts.moc"
