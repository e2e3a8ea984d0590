// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "valuegroups.h"

#include <QTest>

using namespace Tessera;
using namespace Stash;

/// ValueGroups: what an undo step of many images keeps. Equal values are kept
/// once with their ids, only the step's fields count, and a refused chunk gets
/// exactly its own images' values back.
class tst_ValueGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void equalValuesShareOneGroup();
    void onlyTheFieldsCount();
    void ofAllSharesTheIds();
    void onlyKeepsTheGivenIdsWithTheirValues();
};

namespace {

Image rated(const QString &id, std::optional<int> rating100, const QString &title = {})
{
    Image image;
    image.id = id;
    image.rating100 = rating100;
    image.title = title;
    return image;
}

} // namespace

void tst_ValueGroups::equalValuesShareOneGroup()
{
    ValueGroups groups(ImageField::Rating);
    // 100,000 images with three ratings (one of them "none") are three groups.
    for (int i = 0; i < 100000; ++i) {
        const std::optional<int> rating =
            i % 3 == 0 ? std::nullopt : std::optional<int>(i % 3 * 20);
        groups.add(rated(QString::number(i), rating));
    }
    QCOMPARE(groups.imageCount(), 100000);
    QCOMPARE(groups.groups().size(), 3);
    QCOMPARE(groups.groups().at(0).values.rating100, std::nullopt);
    QCOMPARE(groups.groups().at(0).ids.size(), 33334);
    QCOMPARE(groups.groups().at(1).values.rating100, std::optional<int>(20));
    QVERIFY(groups.groups().at(1).values.id.isEmpty());
    QCOMPARE(groups.ids().size(), 100000);

    const QList<Image> images = groups.images();
    QCOMPARE(images.size(), 100000);
    QCOMPARE(images.first().id, QStringLiteral("0"));
    QCOMPARE(images.first().rating100, std::nullopt);
    QCOMPARE(images.last().rating100, std::optional<int>(40));
}

void tst_ValueGroups::onlyTheFieldsCount()
{
    ValueGroups groups(ImageField::Rating);
    QCOMPARE(groups.add(rated(QStringLiteral("1"), 60, QStringLiteral("a"))), 0);
    QCOMPARE(groups.add(rated(QStringLiteral("2"), 60, QStringLiteral("b"))), 0);
    QCOMPARE(groups.add(rated(QStringLiteral("3"), 80, QStringLiteral("a"))), 1);
    QCOMPARE(groups.add(rated(QStringLiteral("4"), 60, QStringLiteral("c"))), 0);
    QCOMPARE(groups.groups().size(), 2);
    // Other fields are not kept at all: a step holds only what it changes.
    QVERIFY(groups.groups().at(0).values.title.isEmpty());

    ValueGroups titles(ImageField::Title | ImageField::Rating);
    titles.add(rated(QStringLiteral("1"), 60, QStringLiteral("a")));
    titles.add(rated(QStringLiteral("2"), 60, QStringLiteral("b")));
    QCOMPARE(titles.groups().size(), 2);
    QCOMPARE(titles.groups().at(1).values.title, QStringLiteral("b"));
}

void tst_ValueGroups::ofAllSharesTheIds()
{
    const QStringList ids{QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9")};
    const ValueGroups all =
        ValueGroups::ofAll(ids, rated({}, 100, QStringLiteral("x")), ImageField::Rating);
    QCOMPARE(all.imageCount(), 3);
    QCOMPARE(all.groups().size(), 1);
    QCOMPARE(all.groups().first().ids, ids);
    QVERIFY(all.groups().first().values.title.isEmpty());
    QCOMPARE(all.groups().first().values.rating100, std::optional<int>(100));
    // The same list, not a copy id by id.
    QCOMPARE(all.groups().first().ids.constData(), ids.constData());
    QVERIFY(ValueGroups::ofAll({}, rated({}, 1), ImageField::Rating).isEmpty());
}

void tst_ValueGroups::onlyKeepsTheGivenIdsWithTheirValues()
{
    ValueGroups groups(ImageField::Rating);
    for (int i = 1; i <= 6; ++i)
        groups.add(rated(QString::number(i), i % 2 ? std::optional<int>(20) : std::nullopt));
    const ValueGroups some =
        groups.only({QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("99")});
    QCOMPARE(some.imageCount(), 2);
    const QList<Image> images = some.images();
    QCOMPARE(images.size(), 2);
    for (const Image &image : images) {
        if (image.id == QLatin1String("2"))
            QCOMPARE(image.rating100, std::nullopt);
        else
            QCOMPARE(image.rating100, std::optional<int>(20));
    }
    QCOMPARE(some.fields(), ImageFields(ImageField::Rating));
}

QTEST_GUILESS_MAIN(tst_ValueGroups)
#include "tst_valuegroups.moc"
