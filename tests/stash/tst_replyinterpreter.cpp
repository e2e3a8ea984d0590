// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "replyinterpreter.h"

#include <QJsonArray>
#include <QTest>

using namespace Stash;

Q_DECLARE_METATYPE(Stash::Error::Kind)
Q_DECLARE_METATYPE(Stash::ReplyFacts)

namespace {

ReplyFacts ok(const QByteArray &body, const QByteArray &contentType = "application/json")
{
    ReplyFacts f;
    f.httpStatus = 200;
    f.contentType = contentType;
    f.body = body;
    return f;
}

ReplyFacts status(int code, QNetworkReply::NetworkError error, const QByteArray &body,
                  const QByteArray &contentType)
{
    ReplyFacts f;
    f.httpStatus = code;
    f.networkError = error;
    f.networkErrorText = QStringLiteral("Qt says %1").arg(code);
    f.contentType = contentType;
    f.body = body;
    return f;
}

ReplyFacts noAnswer(QNetworkReply::NetworkError error, const QString &text)
{
    ReplyFacts f;
    f.networkError = error;
    f.networkErrorText = text;
    return f;
}

ReplyFacts timedOut()
{
    ReplyFacts f =
        noAnswer(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    f.timedOut = true;
    f.timeoutSeconds = 7;
    return f;
}

ReplyFacts redirect(int code, const char *target)
{
    ReplyFacts f;
    f.httpStatus = code;
    f.contentType = "text/html; charset=utf-8";
    f.body = "<a href=\"/login\">Found</a>.";
    f.redirectTarget = QUrl(QLatin1String(target));
    return f;
}

const QByteArray kLoginPage =
    "<!doctype html><html><head><title>Login</title></head><body><form action=\"/login\">"
    "</form></body></html>";

} // namespace

class TestReplyInterpreter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphqlErrors_data();
    void graphqlErrors();
    void graphqlSuccess();
    void graphqlErrorCarriesServerText();
    void serverFailureKeepsTheServersWords();
    void graphqlErrorsJoinAllMessages();
    void timeoutMentionsSeconds();
    void transportCarriesQtText();
    void mediaErrors_data();
    void mediaErrors();
    void mediaSuccess();
    void mediaEmptyBodyIsNotAnError();
};

void TestReplyInterpreter::graphqlErrors_data()
{
    QTest::addColumn<ReplyFacts>("facts");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<int>("httpStatus");

    QTest::newRow("timeout") << timedOut() << Error::Kind::Timeout << 0;
    QTest::newRow("canceled") << noAnswer(QNetworkReply::OperationCanceledError,
                                          QStringLiteral("Operation canceled"))
                              << Error::Kind::Canceled << 0;
    QTest::newRow("connection refused")
        << noAnswer(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"))
        << Error::Kind::Transport << 0;
    QTest::newRow("host not found")
        << noAnswer(QNetworkReply::HostNotFoundError, QStringLiteral("Host nope not found"))
        << Error::Kind::Transport << 0;
    QTest::newRow("remote closed")
        << noAnswer(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed"))
        << Error::Kind::Transport << 0;
    QTest::newRow("401 empty body")
        << status(401, QNetworkReply::AuthenticationRequiredError, {}, {})
        << Error::Kind::Unauthorized << 401;
    QTest::newRow("401 without Qt's auth error")
        << status(401, QNetworkReply::ContentAccessDenied, "", "text/plain")
        << Error::Kind::Unauthorized << 401;
    QTest::newRow("302 to /login")
        << redirect(302, "/login?returnURL=%2Fgraphql") << Error::Kind::Unauthorized << 302;
    QTest::newRow("303 to absolute /login")
        << redirect(303, "http://stash.local:9999/login") << Error::Kind::Unauthorized << 303;
    QTest::newRow("302 elsewhere")
        << redirect(302, "https://other.example/graphql") << Error::Kind::Http << 302;
    QTest::newRow("text/html 200 (login page)")
        << ok(kLoginPage, "text/html; charset=utf-8") << Error::Kind::Unauthorized << 200;
    QTest::newRow("500 not JSON") << status(500, QNetworkReply::InternalServerError,
                                            "Internal Server Error", "text/plain")
                                  << Error::Kind::Http << 500;
    QTest::newRow("502 empty") << status(502, QNetworkReply::UnknownServerError, {}, {})
                               << Error::Kind::Http << 502;
    QTest::newRow("500 JSON without errors")
        << status(500, QNetworkReply::InternalServerError, R"({"data":null})", "application/json")
        << Error::Kind::Http << 500;
    QTest::newRow("500 JSON with errors (a server failure, not a refusal)")
        << status(
               500, QNetworkReply::InternalServerError,
               R"({"errors":[{"message":"Internal system error. Error <nil pointer>"}],"data":null})",
               "application/json")
        << Error::Kind::Http << 500;
    QTest::newRow("503 JSON with errors")
        << status(503, QNetworkReply::ServiceUnavailableError, R"({"errors":[{"message":"busy"}]})",
                  "application/json")
        << Error::Kind::Http << 503;
    QTest::newRow("422 validation errors")
        << status(
               422, QNetworkReply::UnknownContentError,
               R"({"errors":[{"message":"Cannot query field \"bogus\" on type \"Image\".","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}],"data":null})",
               "application/json")
        << Error::Kind::GraphQL << 422;
    QTest::newRow("400 graphql-response+json")
        << status(400, QNetworkReply::ProtocolInvalidOperationError,
                  R"({"errors":[{"message":"unknown field"}]})",
                  "application/graphql-response+json")
        << Error::Kind::GraphQL << 400;
    QTest::newRow("200 with errors")
        << ok(R"({"errors":[{"message":"image with id 999999 not found","path":["imageUpdate"]}],"data":{"imageUpdate":null}})")
        << Error::Kind::GraphQL << 200;
    QTest::newRow("200 with errors and null data")
        << ok(R"({"errors":[{"message":"id 9 does not exist in images"}],"data":null})")
        << Error::Kind::GraphQL << 200;
    QTest::newRow("malformed JSON 200")
        << ok(R"({"data":{"findImages":{"count":)") << Error::Kind::Decode << 0;
    QTest::newRow("empty body 200") << ok({}) << Error::Kind::Decode << 0;
    QTest::newRow("JSON array 200") << ok("[1,2]") << Error::Kind::Decode << 0;
    QTest::newRow("data missing") << ok(R"({"extensions":{}})") << Error::Kind::Decode << 0;
    QTest::newRow("data null") << ok(R"({"data":null})") << Error::Kind::Decode << 0;
    QTest::newRow("data a list") << ok(R"({"data":[]})") << Error::Kind::Decode << 0;
}

void TestReplyInterpreter::graphqlErrors()
{
    QFETCH(ReplyFacts, facts);
    QFETCH(Error::Kind, kind);
    QFETCH(int, httpStatus);
    const Result<QJsonObject> r = ReplyInterpreter::graphql(facts);
    QVERIFY(!r.ok());
    QVERIFY2(
        r.error().kind() == kind,
        qPrintable(QStringLiteral("got %1: %2").arg(r.error().kindName(), r.error().message())));
    QCOMPARE(r.error().httpStatus(), httpStatus);
    QVERIFY(!r.error().message().isEmpty());
}

void TestReplyInterpreter::graphqlSuccess()
{
    const auto r = ReplyInterpreter::graphql(ok(R"({"data":{"findImage":null}})"));
    QVERIFY(r.ok());
    QVERIFY(r.value().contains(QStringLiteral("findImage")));
    QVERIFY(r.value().value(QStringLiteral("findImage")).isNull());

    // A charset parameter and an empty errors list are fine.
    const auto withCharset = ReplyInterpreter::graphql(
        ok(R"({"errors":[],"data":{"imageIncrementO":4}})", "application/json; charset=utf-8"));
    QVERIFY(withCharset.ok());
    QCOMPARE(withCharset.value().value(QStringLiteral("imageIncrementO")).toInt(), 4);
}

void TestReplyInterpreter::graphqlErrorCarriesServerText()
{
    const auto r = ReplyInterpreter::graphql(ok(
        R"({"errors":[{"message":"tag with name 'sky' already exists"}],"data":{"tagCreate":null}})"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind(), Error::Kind::GraphQL);
    QVERIFY2(r.error().message().contains(QStringLiteral("tag with name 'sky' already exists")),
             qPrintable(r.error().message()));
    QCOMPARE(r.error().detail(), QStringLiteral("tag with name 'sky' already exists"));

    const auto invalid = ReplyInterpreter::graphql(
        status(422, QNetworkReply::UnknownContentError,
               R"({"errors":[{"message":"Cannot query field \"format\" on type \"ImageFile\"."}]})",
               "application/json"));
    QVERIFY(invalid.error().message().contains(QStringLiteral("Cannot query field \"format\"")));
}

void TestReplyInterpreter::serverFailureKeepsTheServersWords()
{
    const auto r = ReplyInterpreter::graphql(
        status(500, QNetworkReply::InternalServerError,
               R"({"errors":[{"message":"injected HTTP 500"},{"message":"second"}],"data":null})",
               "application/json"));
    QCOMPARE(r.error().kind(), Error::Kind::Http);
    QCOMPARE(r.error().httpStatus(), 500);
    QVERIFY2(r.error().message().contains(QStringLiteral("injected HTTP 500")),
             qPrintable(r.error().message()));
    QVERIFY(!r.error().message().contains(QStringLiteral("second")));
    QVERIFY(r.error().detail().contains(QStringLiteral("second")));
}

void TestReplyInterpreter::graphqlErrorsJoinAllMessages()
{
    const auto r = ReplyInterpreter::graphql(status(
        422, QNetworkReply::UnknownContentError,
        R"({"errors":[{"message":"Unknown type \"ImageCreateInput\"."},{"message":"Cannot query field \"imageCreate\" on type \"Mutation\"."}]})",
        "application/json"));
    QCOMPARE(r.error().kind(), Error::Kind::GraphQL);
    QVERIFY(r.error().detail().contains(QStringLiteral("ImageCreateInput")));
    QVERIFY(r.error().detail().contains(QStringLiteral("imageCreate")));
}

void TestReplyInterpreter::timeoutMentionsSeconds()
{
    const auto r = ReplyInterpreter::graphql(timedOut());
    QCOMPARE(r.error().kind(), Error::Kind::Timeout);
    QVERIFY2(r.error().message().contains(QStringLiteral("7")), qPrintable(r.error().message()));
    // A time-out is a time-out for media too, never a cancel.
    QCOMPARE(ReplyInterpreter::media(timedOut()).error().kind(), Error::Kind::Timeout);
}

void TestReplyInterpreter::transportCarriesQtText()
{
    const auto r = ReplyInterpreter::graphql(
        noAnswer(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused")));
    QCOMPARE(r.error().kind(), Error::Kind::Transport);
    QVERIFY(r.error().message().contains(QStringLiteral("Connection refused")));
    QCOMPARE(r.error().detail(), QStringLiteral("Connection refused"));
}

void TestReplyInterpreter::mediaErrors_data()
{
    QTest::addColumn<ReplyFacts>("facts");
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("404") << status(404, QNetworkReply::ContentNotFoundError, "Not Found",
                                   "text/plain")
                         << Error::Kind::Http << 404;
    QTest::newRow("html login page 200")
        << ok(kLoginPage, "text/html") << Error::Kind::Unauthorized << 200;
    QTest::newRow("302 to /login") << redirect(302, "/login?returnURL=%2Fimage%2F1%2Fthumbnail")
                                   << Error::Kind::Unauthorized << 302;
    QTest::newRow("401") << status(401, QNetworkReply::AuthenticationRequiredError, {}, {})
                         << Error::Kind::Unauthorized << 401;
    QTest::newRow("500") << status(500, QNetworkReply::InternalServerError, "boom", "text/plain")
                         << Error::Kind::Http << 500;
    QTest::newRow("405") << status(405, QNetworkReply::ContentOperationNotPermittedError, {}, {})
                         << Error::Kind::Http << 405;
    QTest::newRow("refused") << noAnswer(QNetworkReply::ConnectionRefusedError,
                                         QStringLiteral("Connection refused"))
                             << Error::Kind::Transport << 0;
    QTest::newRow("canceled") << noAnswer(QNetworkReply::OperationCanceledError,
                                          QStringLiteral("canceled"))
                              << Error::Kind::Canceled << 0;
}

void TestReplyInterpreter::mediaErrors()
{
    QFETCH(ReplyFacts, facts);
    QFETCH(Error::Kind, kind);
    QFETCH(int, httpStatus);
    const Result<QByteArray> r = ReplyInterpreter::media(facts);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind() == kind, qPrintable(r.error().kindName()));
    QCOMPARE(r.error().httpStatus(), httpStatus);
}

void TestReplyInterpreter::mediaSuccess()
{
    const QByteArray jpeg = QByteArray::fromHex("ffd8ffe000104a464946") + QByteArray(100, 'x');
    const auto r = ReplyInterpreter::media(ok(jpeg, "image/jpeg"));
    QVERIFY(r.ok());
    QCOMPARE(r.value(), jpeg);
    // Bytes that look like JSON are still just bytes for media.
    const auto svg = ReplyInterpreter::media(ok(R"({"errors":[]})", "application/octet-stream"));
    QVERIFY(svg.ok());
}

void TestReplyInterpreter::mediaEmptyBodyIsNotAnError()
{
    const auto r = ReplyInterpreter::media(ok({}, "image/png"));
    QVERIFY(r.ok());
    QVERIFY(r.value().isEmpty());
}

QTEST_GUILESS_MAIN(TestReplyInterpreter)
#include "tst_replyinterpreter.moc"
