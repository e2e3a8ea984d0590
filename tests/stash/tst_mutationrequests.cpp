// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "graphqldocuments.h"
#include "stashclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Stash;

/// The image mutations as requests (what the outbox keeps and sends): checked
/// before they are kept, named after operations the client has, and their
/// answers read the same way the typed calls read them.
class tst_MutationRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsNameRealOperations();
    void badInputIsRefusedBeforeItIsKept();
    void answersAreRead();
    void oCounterOutOfRangeIsAnError();
};

void tst_MutationRequests::requestsNameRealOperations()
{
    StashClient client(nullptr);
    ImageUpdate update;
    update.id = QStringLiteral("7");
    update.rating100 = 60;
    BulkImageUpdate bulk;
    bulk.ids = {QStringLiteral("1"), QStringLiteral("2")};
    bulk.organized = true;
    ImageDestroy destroy;
    destroy.ids = {QStringLiteral("3")};
    const QList<Result<MutationRequest>> requests{
        client.updateImageRequest(update),
        client.updateImagesRequest({update}),
        client.bulkUpdateImagesRequest(bulk, BulkReturn::IdsOnly),
        client.bulkUpdateImagesRequest(bulk, BulkReturn::SlimImages),
        client.destroyImagesRequest(destroy),
        StashClient::oRequest(OStep::Increment, QStringLiteral("4")),
        StashClient::oRequest(OStep::Decrement, QStringLiteral("4")),
        StashClient::oRequest(OStep::Reset, QStringLiteral("4")),
    };
    QStringList names;
    for (const auto &request : requests) {
        QVERIFY(request);
        QVERIFY2(GraphQLDocuments::operationNames().contains(request.value().operation),
                 qPrintable(request.value().operation));
        names.append(request.value().operation);
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("UpdateImage"), QStringLiteral("UpdateImages"),
                          QStringLiteral("BulkUpdateImageIds"), QStringLiteral("BulkUpdateImages"),
                          QStringLiteral("DestroyImages"), QStringLiteral("IncrementImageO"),
                          QStringLiteral("DecrementImageO"), QStringLiteral("ResetImageO")}));
    const QJsonObject input =
        requests.first().value().variables.value(QStringLiteral("input")).toObject();
    QCOMPARE(input.value(QStringLiteral("id")).toString(), QStringLiteral("7"));
    QCOMPARE(input.value(QStringLiteral("rating100")).toInt(), 60);
    QCOMPARE(input.size(), 2); // only what changed is ever sent
    QCOMPARE(requests.at(2)
                 .value()
                 .variables.value(QStringLiteral("input"))
                 .toObject()
                 .value(QStringLiteral("ids"))
                 .toArray()
                 .size(),
             2);
}

void tst_MutationRequests::badInputIsRefusedBeforeItIsKept()
{
    StashClient client(nullptr);
    ImageUpdate zero;
    zero.id = QStringLiteral("7");
    zero.rating100 = 0; // Stash stores 0 as a rating: refused, send null to clear
    const auto refused = client.updateImageRequest(zero);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind(), Error::Kind::InvalidInput);
    QVERIFY(!client.updateImagesRequest({}));
    QVERIFY(!client.destroyImagesRequest(ImageDestroy()));
    QVERIFY(!StashClient::oRequest(OStep::Increment, QStringLiteral("1.5")));
}

void tst_MutationRequests::answersAreRead()
{
    const QJsonObject one{
        {QStringLiteral("imageUpdate"), QJsonObject{{QStringLiteral("id"), QStringLiteral("7")},
                                                    {QStringLiteral("rating100"), 60}}}};
    const auto image = StashClient::updatedImages(QStringLiteral("UpdateImage"), one);
    QVERIFY(image);
    QCOMPARE(image.value().size(), 1);
    QCOMPARE(image.value().first().rating100, 60);

    const QJsonObject many{{QStringLiteral("imagesUpdate"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}},
                                       QJsonValue(QJsonValue::Null),
                                       QJsonObject{{QStringLiteral("id"), QStringLiteral("2")}}}}};
    QCOMPARE(StashClient::updatedImages(QStringLiteral("UpdateImages"), many).value().size(), 2);

    const QJsonObject ids{{QStringLiteral("bulkImageUpdate"),
                           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}}}};
    QCOMPARE(StashClient::updatedImages(QStringLiteral("BulkUpdateImageIds"), ids).value().size(),
             1);
    const QJsonObject none{{QStringLiteral("bulkImageUpdate"), QJsonValue(QJsonValue::Null)}};
    QVERIFY(
        StashClient::updatedImages(QStringLiteral("BulkUpdateImageIds"), none).value().isEmpty());

    QVERIFY(!StashClient::updatedImages(
        QStringLiteral("UpdateImage"),
        {{QStringLiteral("imageUpdate"), QStringLiteral("not an image")}}));
    QCOMPARE(StashClient::oCounterIn(QStringLiteral("IncrementImageO"),
                                     {{QStringLiteral("imageIncrementO"), 5}})
                 .value(),
             5);
    QCOMPARE(
        StashClient::oCounterIn(QStringLiteral("ResetImageO"), {{QStringLiteral("imageResetO"), 0}})
            .value(),
        0);
    QVERIFY(!StashClient::oCounterIn(QStringLiteral("DecrementImageO"),
                                     {{QStringLiteral("imageIncrementO"), 5}}));
}

void tst_MutationRequests::oCounterOutOfRangeIsAnError()
{
    const auto huge = StashClient::oCounterIn(QStringLiteral("IncrementImageO"),
                                              {{QStringLiteral("imageIncrementO"), 4294967296.0}});
    QVERIFY(!huge);
    QCOMPARE(huge.error().kind(), Error::Kind::Decode);
    QVERIFY(!StashClient::oCounterIn(QStringLiteral("IncrementImageO"),
                                     {{QStringLiteral("imageIncrementO"), 1.5}}));
}

QTEST_GUILESS_MAIN(tst_MutationRequests)
#include "tst_mutationrequests.moc"
