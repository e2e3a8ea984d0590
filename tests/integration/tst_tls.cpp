// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "certificatetrust.h"
#include "graphqltransport.h"
#include "serverendpoint.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Stash;

namespace {

/// A self-signed certificate and its key, made by the openssl command.
struct Identity
{
    QSslCertificate certificate;
    QSslKey key;
};

std::optional<Identity> makeIdentity(const QString &dir, const QString &name)
{
    const QString keyFile = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    const QString certFile = dir + QLatin1Char('/') + name + QStringLiteral(".pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return std::nullopt;
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return std::nullopt;
    Identity identity{QSslCertificate(&cert, QSsl::Pem), QSslKey(&key, QSsl::Rsa, QSsl::Pem)};
    if (identity.certificate.isNull() || identity.key.isNull())
        return std::nullopt;
    return identity;
}

/// An HTTPS endpoint that answers every complete POST with one canned GraphQL answer.
class TlsServer final : public QTcpServer
{
public:
    explicit TlsServer(Identity identity)
        : m_identity(std::move(identity))
    {}

    int requests = 0; ///< requests that got through the handshake and were answered

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_identity.certificate);
        socket->setPrivateKey(m_identity.key);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer->left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < end + 4 + length)
                return;
            ++requests;
            const QByteArray body = R"({"data":{"version":{"version":"v0.30.0"}}})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    Identity m_identity;
};

/// One GraphQL request over a fresh network manager (no cached connection or session).
Result<QJsonObject> post(quint16 port, const QList<QByteArray> &trusted)
{
    QNetworkAccessManager network;
    GraphQLTransport transport(&network);
    ServerEndpoint endpoint(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)));
    endpoint.setTrustedCertificates(trusted);
    transport.setEndpoint(endpoint);
    transport.setTimeout(std::chrono::seconds(20));
    std::optional<Result<QJsonObject>> answer;
    transport.post(QStringLiteral("query Version { version { version } }"), {},
                   QStringLiteral("Version"), [&answer](Result<QJsonObject> r) { answer = r; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 25000))
        return Error(Error::Kind::Canceled, QStringLiteral("test: no answer"));
    return *answer;
}

} // namespace

/// TLS trust end to end: a self-signed server is refused with its certificate
/// described, accepted once its fingerprint is trusted, and refused again when
/// it presents another certificate.
class tst_Tls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedIsRefused();
    void trustedFingerprintIsAccepted();
    void otherCertificateIsRefusedAgain();
    void errorsWithoutCertificateAreNeverTrusted();

private:
    QTemporaryDir m_dir;
    std::optional<Identity> m_first;
    std::optional<Identity> m_second;
};

void tst_Tls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QVERIFY(m_dir.isValid());
    m_first = makeIdentity(m_dir.path(), QStringLiteral("first"));
    m_second = makeIdentity(m_dir.path(), QStringLiteral("second"));
    QVERIFY2(m_first && m_second, "openssl could not make a self-signed certificate");
    QVERIFY(CertificateTrust::fingerprint(m_first->certificate) !=
            CertificateTrust::fingerprint(m_second->certificate));
}

void tst_Tls::untrustedIsRefused()
{
    TlsServer server(*m_first);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const Result<QJsonObject> result = post(server.serverPort(), {});
    QVERIFY(!result);
    QCOMPARE(result.error().kind(), Error::Kind::Certificate);
    QCOMPARE(result.error().kindName(), QStringLiteral("certificate"));
    QVERIFY2(result.error().message().contains(QStringLiteral("certificate")),
             qPrintable(result.error().message()));
    QCOMPARE(server.requests, 0); // nothing was sent over the refused connection
    const CertificateTrust::Details details = CertificateTrust::details(result.error());
    QVERIFY(!details.errors.isEmpty());
    QVERIFY(!details.chain.isEmpty());
    QCOMPARE(details.chain.first(), m_first->certificate);
}

void tst_Tls::trustedFingerprintIsAccepted()
{
    TlsServer server(*m_first);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const Result<QJsonObject> result =
        post(server.serverPort(), {CertificateTrust::fingerprint(m_first->certificate)});
    QVERIFY2(result, result ? "" : qPrintable(result.error().message()));
    QCOMPARE(
        result.value().value(QStringLiteral("version")).toObject().value(QStringLiteral("version")),
        QStringLiteral("v0.30.0"));
    QCOMPARE(server.requests, 1);
}

void tst_Tls::otherCertificateIsRefusedAgain()
{
    // Same host (and port): the server now presents a different certificate.
    TlsServer first(*m_first);
    QVERIFY(first.listen(QHostAddress::LocalHost));
    const quint16 port = first.serverPort();
    const QList<QByteArray> trusted{CertificateTrust::fingerprint(m_first->certificate)};
    QVERIFY(post(port, trusted));
    first.close();

    TlsServer second(*m_second);
    QVERIFY(second.listen(QHostAddress::LocalHost, port));
    const Result<QJsonObject> result = post(port, trusted);
    QVERIFY(!result);
    QCOMPARE(result.error().kind(), Error::Kind::Certificate);
    QCOMPARE(second.requests, 0);
    QCOMPARE(CertificateTrust::details(result.error()).chain.value(0), m_second->certificate);
}

void tst_Tls::errorsWithoutCertificateAreNeverTrusted()
{
    const QByteArray fingerprint = CertificateTrust::fingerprint(m_first->certificate);
    QVERIFY(CertificateTrust::allTrusted(
        {QSslError(QSslError::SelfSignedCertificate, m_first->certificate)}, {fingerprint}));
    QVERIFY(!CertificateTrust::allTrusted(
        {QSslError(QSslError::SelfSignedCertificate, m_first->certificate),
         QSslError(QSslError::NoPeerCertificate)},
        {fingerprint}));
    QVERIFY(!CertificateTrust::allTrusted({}, {fingerprint}));
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
