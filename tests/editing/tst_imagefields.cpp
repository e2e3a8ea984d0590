// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "graphqldocuments.h"
#include "imagefields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Tessera;

using namespace Stash;

namespace {

/// An image with a value in every field, so that every field has something to send.
Image filledImage()
{
    Image image;
    image.id = QStringLiteral("7");
    image.title = QStringLiteral("Beach");
    image.code = QStringLiteral("B-1");
    image.rating100 = 80;
    image.organized = true;
    image.urls = {QStringLiteral("https://example.org/a")};
    image.date = QStringLiteral("2024-05-01");
    image.details = QStringLiteral("Sand");
    image.photographer = QStringLiteral("Ann");
    Studio studio;
    studio.id = QStringLiteral("3");
    studio.name = QStringLiteral("Studio");
    image.studio = studio;
    Performer performer;
    performer.id = QStringLiteral("4");
    image.performers = {performer};
    Tag tag;
    tag.id = QStringLiteral("5");
    image.tags = {tag};
    Gallery gallery;
    gallery.id = QStringLiteral("6");
    image.galleries = {gallery};
    return image;
}

/// The keys an input object carries besides the images it is for.
QStringList sentKeys(QJsonObject json)
{
    json.remove(QStringLiteral("id"));
    json.remove(QStringLiteral("ids"));
    return json.keys();
}

/// The boolean switches of the FindImageFields query ($title: Boolean!, ...).
QSet<QString> findImageFieldsSwitches()
{
    const QString text = GraphQLDocuments().operation(QStringLiteral("FindImageFields"));
    static const QRegularExpression variable(QStringLiteral(R"(\$(\w+)\s*:\s*Boolean!)"));
    QSet<QString> names;
    for (const QRegularExpressionMatch &m : variable.globalMatch(text))
        names.insert(m.captured(1));
    return names;
}

} // namespace

class tst_ImageFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyField_data();
    void everyField();
    void noOtherRows();
    void namesAreUnique();
    void readNamesAreTheQuerySwitches();
};

void tst_ImageFields::everyField_data()
{
    QTest::addColumn<int>("flag");
    QTest::newRow("Title") << int(ImageField::Title);
    QTest::newRow("Code") << int(ImageField::Code);
    QTest::newRow("Rating") << int(ImageField::Rating);
    QTest::newRow("Organized") << int(ImageField::Organized);
    QTest::newRow("Urls") << int(ImageField::Urls);
    QTest::newRow("Date") << int(ImageField::Date);
    QTest::newRow("Details") << int(ImageField::Details);
    QTest::newRow("Photographer") << int(ImageField::Photographer);
    QTest::newRow("Studio") << int(ImageField::Studio);
    QTest::newRow("Performers") << int(ImageField::Performers);
    QTest::newRow("Tags") << int(ImageField::Tags);
    QTest::newRow("Galleries") << int(ImageField::Galleries);
}

void tst_ImageFields::everyField()
{
    QFETCH(int, flag);
    const auto field = ImageField(flag);

    // Exactly one row.
    int rows = 0;
    for (const ImageFieldRow &row : ImageFieldTable::rows())
        rows += row.field == field ? 1 : 0;
    QCOMPARE(rows, 1);
    const ImageFieldRow &row = ImageFieldTable::row(field);
    QCOMPARE(row.field, field);
    QVERIFY(ImageFieldTable::editable().testFlag(field));

    // Its server name is what the update mutations send for it, and finds it again.
    const QString serverName = QLatin1StringView(row.serverName);
    const Image image = filledImage();
    QCOMPARE(sentKeys(ImageFieldValues::updateFrom(image, field).toJson()),
             QStringList{serverName});
    QCOMPARE(sentKeys(ImageFieldValues::bulkFrom(image, field, {image.id}).toJson()),
             QStringList{serverName});
    QCOMPARE(ImageFieldTable::byServerName(serverName), &row);
    QVERIFY(ImageUpdate::fromJson(ImageFieldValues::updateFrom(image, field).toJson()).ok());

    // The words for people, translated in the table's context (English here: no translator).
    QVERIFY(qstrlen(row.label) > 0);
    QVERIFY(qstrlen(row.noun) > 0);
    QCOMPARE(QCoreApplication::translate(ImageFieldTable::kContext, row.label),
             QString::fromUtf8(row.label));
    QVERIFY(qstrlen(row.readName) > 0);
}

void tst_ImageFields::noOtherRows()
{
    // The data above names every flag; the table has no row beyond them.
    QCOMPARE(ImageFieldTable::rows().size(), std::size_t(12));
    const ImageFields all = ImageField::Title | ImageField::Code | ImageField::Rating |
                            ImageField::Organized | ImageField::Urls | ImageField::Date |
                            ImageField::Details | ImageField::Photographer | ImageField::Studio |
                            ImageField::Performers | ImageField::Tags | ImageField::Galleries;
    QCOMPARE(ImageFieldTable::editable(), all);
    QCOMPARE(ImageFieldTable::byServerName(u"rating"), nullptr);
    QCOMPARE(ImageFieldTable::byServerName(u"id"), nullptr);

    // Every field together: the update sends each server name once and nothing else.
    QStringList serverNames;
    for (const ImageFieldRow &row : ImageFieldTable::rows())
        serverNames.append(QLatin1StringView(row.serverName));
    QStringList sent = sentKeys(ImageFieldValues::updateFrom(filledImage(), all).toJson());
    serverNames.sort();
    sent.sort();
    QCOMPARE(sent, serverNames);
}

void tst_ImageFields::namesAreUnique()
{
    QSet<QString> serverNames;
    QSet<QString> readNames;
    QSet<QString> labels;
    for (const ImageFieldRow &row : ImageFieldTable::rows()) {
        const QString server = QLatin1StringView(row.serverName);
        const QString read = QLatin1StringView(row.readName);
        QVERIFY2(!serverNames.contains(server), qPrintable(server));
        QVERIFY2(!readNames.contains(read), qPrintable(read));
        QVERIFY2(!labels.contains(QLatin1StringView(row.label)), row.label);
        serverNames.insert(server);
        readNames.insert(read);
        labels.insert(QLatin1StringView(row.label));
    }
}

void tst_ImageFields::readNamesAreTheQuerySwitches()
{
    // StashClient::findImageFields keeps its own list (lib/stash cannot see this table); both
    // must be the query's switches.
    QSet<QString> readNames;
    for (const ImageFieldRow &row : ImageFieldTable::rows())
        readNames.insert(QLatin1StringView(row.readName));
    QCOMPARE(readNames, findImageFieldsSwitches());
}

QTEST_GUILESS_MAIN(tst_ImageFields)
#include "tst_imagefields.moc"
