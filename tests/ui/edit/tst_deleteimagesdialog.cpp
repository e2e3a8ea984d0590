// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "edit/deleteimagesdialog.h"
#include "awaitfuture.h"
#include "fakestash.h"
#include "imageeditor.h"
#include "imagestore.h"
#include "stashclient.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Tessera;

using namespace Stash;

namespace {

Image imageAt(const QString &id, const QString &path)
{
    Image image;
    image.id = id;
    VisualFile file;
    file.path = path;
    file.basename = path.section(QLatin1Char('/'), -1);
    image.visualFiles = {file};
    return image;
}

} // namespace

/// The delete confirmation: safe defaults, what it lists, its words, and a
/// delete through ImageEditor with the chosen flags.
class tst_DeleteImagesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void defaultsAndWording();
    void listsFiveAndCountsTheRest_data();
    void listsFiveAndCountsTheRest();
    void escapeCancelsAndDeleteAccepts();
    void deleteThroughEditorRemovesOnServer_data();
    void deleteThroughEditorRemovesOnServer();
};

void tst_DeleteImagesDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_DeleteImagesDialog::defaultsAndWording()
{
    DeleteImagesDialog dialog({imageAt(QStringLiteral("1"), QStringLiteral("/pics/a.jpg"))}, 1);
    QVERIFY(!dialog.deleteFile());
    QVERIFY(dialog.deleteGenerated());
    auto *deleteFile = dialog.findChild<QCheckBox *>(QStringLiteral("deleteFile"));
    auto *deleteGenerated = dialog.findChild<QCheckBox *>(QStringLiteral("deleteGenerated"));
    QVERIFY(deleteFile && deleteGenerated);
    QCOMPARE(deleteFile->text(), QStringLiteral("Delete the file from disk"));
    QCOMPARE(deleteGenerated->text(),
             QStringLiteral("Delete generated files (thumbnails, previews)"));
    QVERIFY(!deleteFile->accessibleName().isEmpty());

    auto *consequence = dialog.findChild<QLabel *>(QStringLiteral("consequence"));
    QVERIFY(consequence->text().contains(QStringLiteral("next library scan")));
    QVERIFY(consequence->text().contains(QStringLiteral("This cannot be undone.")));
    deleteFile->setChecked(true);
    QVERIFY(dialog.deleteFile());
    QVERIFY(!consequence->text().contains(QStringLiteral("next library scan")));
    QVERIFY(consequence->text().contains(QStringLiteral("This cannot be undone.")));
    deleteGenerated->setChecked(false);
    QVERIFY(!dialog.deleteGenerated());

    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QCOMPARE(button->text(), QStringLiteral("Delete 1 image"));
    QVERIFY(!button->isDefault());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("paths"))->text(),
             QStringLiteral("/pics/a.jpg"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("more"))->isHidden());
}

void tst_DeleteImagesDialog::listsFiveAndCountsTheRest_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("listed");
    QTest::addColumn<QString>("more");
    QTest::addColumn<QString>("button");

    QTest::newRow("three") << 3 << 3 << 3 << QString() << QStringLiteral("Delete 3 images");
    QTest::newRow("five") << 5 << 5 << 5 << QString() << QStringLiteral("Delete 5 images");
    QTest::newRow("seven") << 7 << 7 << 5 << QStringLiteral("+2 more")
                           << QStringLiteral("Delete 7 images");
    QTest::newRow("select all") << 5 << 12345 << 5 << QStringLiteral("+12,340 more")
                                << QStringLiteral("Delete 12,345 images");
}

void tst_DeleteImagesDialog::listsFiveAndCountsTheRest()
{
    QFETCH(int, given);
    QFETCH(int, total);
    QFETCH(int, listed);
    QFETCH(QString, more);
    QFETCH(QString, button);

    QList<Image> images;
    for (int i = 1; i <= given; ++i)
        images.append(imageAt(QString::number(i), QStringLiteral("/pics/img-%1.jpg").arg(i)));
    DeleteImagesDialog dialog(images, total);
    const QStringList lines =
        dialog.findChild<QLabel *>(QStringLiteral("paths"))->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), listed);
    QCOMPARE(lines.first(), QStringLiteral("/pics/img-1.jpg"));
    QCOMPARE(lines.last(), QStringLiteral("/pics/img-%1.jpg").arg(listed));
    auto *moreLabel = dialog.findChild<QLabel *>(QStringLiteral("more"));
    QCOMPARE(moreLabel->isHidden(), more.isEmpty());
    if (!more.isEmpty())
        QCOMPARE(moreLabel->text(), more);
    QCOMPARE(dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"))->text(), button);
}

void tst_DeleteImagesDialog::escapeCancelsAndDeleteAccepts()
{
    {
        DeleteImagesDialog dialog({imageAt(QStringLiteral("1"), QStringLiteral("/a.jpg"))}, 1);
        QTimer::singleShot(0, &dialog, [&dialog] { QTest::keyClick(&dialog, Qt::Key_Escape); });
        QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    }
    {
        DeleteImagesDialog dialog({imageAt(QStringLiteral("1"), QStringLiteral("/a.jpg"))}, 1);
        // Enter must not delete.
        QTimer::singleShot(0, &dialog, [&dialog] { QTest::keyClick(&dialog, Qt::Key_Return); });
        QCOMPARE(dialog.exec(), int(QDialog::Rejected));
    }
    {
        DeleteImagesDialog dialog({imageAt(QStringLiteral("1"), QStringLiteral("/a.jpg"))}, 1);
        QTimer::singleShot(0, &dialog, [&dialog] {
            dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
        });
        QCOMPARE(dialog.exec(), int(QDialog::Accepted));
    }
}

void tst_DeleteImagesDialog::deleteThroughEditorRemovesOnServer_data()
{
    QTest::addColumn<bool>("checkDeleteFile");
    QTest::addColumn<bool>("uncheckGenerated");
    QTest::newRow("defaults") << false << false;
    QTest::newRow("file too, no generated") << true << true;
}

void tst_DeleteImagesDialog::deleteThroughEditorRemovesOnServer()
{
    QFETCH(bool, checkDeleteFile);
    QFETCH(bool, uncheckGenerated);

    FakeStash server({QStringLiteral("--images"), QStringLiteral("300")});
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    StashClient client;
    client.setEndpoint(ServerEndpoint(server.url()));
    QVERIFY(awaitFuture(client.connectToServer()).ok());
    ImageStore store;
    ImageEditor editor(&client, &store);

    const QStringList ids{QStringLiteral("5"), QStringLiteral("6")};
    const auto found = awaitFuture(client.findImages(FindFilter(), ImageFilter(), ids));
    QVERIFY(found.ok());
    QCOMPARE(found.value().images.size(), 2);
    store.insertOrUpdate(found.value().images);

    DeleteImagesDialog dialog(found.value().images, 2);
    if (checkDeleteFile)
        dialog.findChild<QCheckBox *>(QStringLiteral("deleteFile"))->click();
    if (uncheckGenerated)
        dialog.findChild<QCheckBox *>(QStringLiteral("deleteGenerated"))->click();
    QTimer::singleShot(0, &dialog, [&dialog] {
        dialog.findChild<QPushButton *>(QStringLiteral("deleteButton"))->click();
    });
    QCOMPARE(dialog.exec(), int(QDialog::Accepted));

    QSignalSpy deleted(&editor, &ImageEditor::imagesDeleted);
    editor.deleteImages(ids, dialog.deleteFile(), dialog.deleteGenerated());
    QVERIFY(deleted.wait(15000));
    QVERIFY(!store.contains(ids.first()));

    for (const QString &id : ids) {
        const auto one = awaitFuture(client.findImage(id));
        QVERIFY(one.ok());
        QVERIFY2(!one.value().has_value(), qPrintable(id));
    }
    const QJsonArray destroyed = server.stats().value(QStringLiteral("destroyed")).toArray();
    QCOMPARE(destroyed.size(), 1);
    const QJsonObject entry = destroyed.first().toObject();
    QStringList sentIds;
    for (const QJsonValue &v : entry.value(QStringLiteral("ids")).toArray())
        sentIds.append(v.isString() ? v.toString() : QString::number(v.toInt()));
    sentIds.sort();
    QCOMPARE(sentIds, ids);
    QCOMPARE(entry.value(QStringLiteral("delete_file")).toBool(), checkDeleteFile);
    QCOMPARE(entry.value(QStringLiteral("delete_generated")).toBool(), !uncheckGenerated);
}

QTEST_MAIN(tst_DeleteImagesDialog)
#include "tst_deleteimagesdialog.moc"
