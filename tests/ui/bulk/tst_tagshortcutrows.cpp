// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/tagshortcutrows.h"
#include "tagshortcuts.h"
#include "uitesthelpers.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QTextDocumentFragment>
#include <QTest>

#include <optional>

using namespace Tessera;

namespace {

/// What a person reads in a chip's tooltip (it is plain text dressed as HTML).
QString shownTip(const QListWidgetItem *item)
{
    return QTextDocumentFragment::fromHtml(item->toolTip()).toPlainText();
}

} // namespace

/// TagShortcutRows: the favourite and recent chips of a TagShortcuts, their
/// tooltips from the selection's shares and their keys (no network).
class tst_TagShortcutRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { UiTest::isolate(QStringLiteral("tst_tagshortcutrows")); }
    void init() { UiTest::clearSettings(); }

    void showsFavouritesNumberedAndHidesEmptyRecent();
    void tooltipsSayTheShare();
    void enterTogglesDeleteRemovesFavourite();
};

void tst_TagShortcutRows::showsFavouritesNumberedAndHidesEmptyRecent()
{
    TagShortcuts shortcuts;
    TagShortcutRows rows(&shortcuts, [](const QString &) { return std::nullopt; });
    rows.show();
    QCOMPARE(rows.favoriteChips()->count(), 0);
    QVERIFY(rows.recentChips()->isHidden());

    QSignalSpy favorites(&rows, &TagShortcutRows::favoritesChanged);
    rows.setFavorites({Choice{QStringLiteral("1"), QStringLiteral("beach")},
                       Choice{QStringLiteral("2"), QStringLiteral("sunset")}});
    QCOMPARE(favorites.count(), 1);
    QCOMPARE(rows.favoriteChips()->count(), 2);
    QCOMPARE(rows.favoriteChips()->item(1)->text(), QStringLiteral("2  sunset"));
    QVERIFY(rows.recentChips()->isHidden());

    rows.noteRecent(Choice{QStringLiteral("3"), QStringLiteral("forest")});
    QVERIFY(!rows.recentChips()->isHidden());
    QCOMPARE(rows.recentChips()->item(0)->text(), QStringLiteral("forest"));
    QCOMPARE(rows.recentTags().size(), 1);
    QCOMPARE(rows.favoriteTags().at(0).name, QStringLiteral("beach"));
}

void tst_TagShortcutRows::tooltipsSayTheShare()
{
    TagShortcuts shortcuts;
    std::optional<TagShortcutRows::Share> share;
    TagShortcutRows rows(&shortcuts, [&share](const QString &) { return share; });
    rows.setFavorites({Choice{QStringLiteral("1"), QStringLiteral("beach")}});
    QVERIFY(shownTip(rows.favoriteChips()->item(0)).startsWith(QStringLiteral("Click to add")));
    QVERIFY(shownTip(rows.favoriteChips()->item(0)).contains(QStringLiteral("Alt+1")));

    share = TagShortcutRows::Share{3, 10};
    rows.rebuild();
    QVERIFY2(shownTip(rows.favoriteChips()->item(0)).contains(QStringLiteral("3 of 10")),
             qPrintable(shownTip(rows.favoriteChips()->item(0))));
    share = TagShortcutRows::Share{10, 10};
    rows.rebuild();
    QVERIFY(shownTip(rows.favoriteChips()->item(0)).startsWith(QStringLiteral("Every selected")));
}

void tst_TagShortcutRows::enterTogglesDeleteRemovesFavourite()
{
    TagShortcuts shortcuts;
    TagShortcutRows rows(&shortcuts, [](const QString &) { return std::nullopt; });
    rows.setFavorites({Choice{QStringLiteral("1"), QStringLiteral("beach")}});
    rows.show();
    QListWidget *chips = rows.favoriteChips();
    chips->setCurrentRow(0);

    QSignalSpy toggled(&rows, &TagShortcutRows::toggleRequested);
    QTest::keyClick(chips, Qt::Key_Return);
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).value<Choice>().id, QStringLiteral("1"));

    QSignalSpy favorites(&rows, &TagShortcutRows::favoritesChanged);
    QTest::keyClick(chips, Qt::Key_Delete);
    QCOMPARE(favorites.count(), 1);
    QVERIFY(shortcuts.favorites().isEmpty());
    QCOMPARE(chips->count(), 0);
}

QTEST_MAIN(tst_TagShortcutRows)
#include "tst_tagshortcutrows.moc"
