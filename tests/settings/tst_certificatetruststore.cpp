// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "certificatetruststore.h"
#include "settingsisolation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Tessera;

namespace {

QByteArray fingerprintOf(const char *name)
{
    return QCryptographicHash::hash(name, QCryptographicHash::Sha256);
}

} // namespace

/// The certificates trusted per server: one server's trust is not another's, and it lasts.
class tst_CertificateTrustStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void nothingTrustedAtFirst();
    void trustsOneCertificateForOneServer();
    void trustingTwiceKeepsOne();
    void keptAcrossInstances();
};

void tst_CertificateTrustStore::initTestCase()
{
    TestSettings::isolate(QStringLiteral("TesseraSettingsTests"),
                          QStringLiteral("tst_certificatetruststore"));
}

void tst_CertificateTrustStore::init()
{
    TestSettings::clear();
}

void tst_CertificateTrustStore::nothingTrustedAtFirst()
{
    const CertificateTrustStore store;
    QVERIFY(store.fingerprints(QStringLiteral("stash.local:9999")).isEmpty());
    QVERIFY(!store.isTrusted(QStringLiteral("stash.local:9999"), fingerprintOf("a")));
}

void tst_CertificateTrustStore::trustsOneCertificateForOneServer()
{
    CertificateTrustStore store;
    const QString server = QStringLiteral("stash.local:9999");
    store.trust(server, fingerprintOf("a"));
    QVERIFY(store.isTrusted(server, fingerprintOf("a")));
    QCOMPARE(store.fingerprints(server), QList<QByteArray>{fingerprintOf("a")});
    // Another certificate for the same server is not trusted ...
    QVERIFY(!store.isTrusted(server, fingerprintOf("b")));
    // ... nor the same certificate for another port or host.
    QVERIFY(!store.isTrusted(QStringLiteral("stash.local:9443"), fingerprintOf("a")));
    QVERIFY(!store.isTrusted(QStringLiteral("other.local:9999"), fingerprintOf("a")));

    // A second trusted certificate (a renewed one) joins the first.
    store.trust(server, fingerprintOf("b"));
    QCOMPARE(store.fingerprints(server),
             (QList<QByteArray>{fingerprintOf("a"), fingerprintOf("b")}));
}

void tst_CertificateTrustStore::trustingTwiceKeepsOne()
{
    CertificateTrustStore store;
    const QString server = QStringLiteral("stash.local:9999");
    store.trust(server, fingerprintOf("a"));
    store.trust(server, fingerprintOf("a"));
    QCOMPARE(store.fingerprints(server).size(), 1);
}

void tst_CertificateTrustStore::keptAcrossInstances()
{
    const QString server = QStringLiteral("stash.local:9999");
    CertificateTrustStore().trust(server, fingerprintOf("a"));
    const CertificateTrustStore later;
    QVERIFY(later.isTrusted(server, fingerprintOf("a")));
    QVERIFY(!later.isTrusted(server, fingerprintOf("b")));
    // Where earlier versions kept it: "tls/<host:port>", hexadecimal fingerprints.
    QCOMPARE(QSettings().value(QStringLiteral("tls/") + server).toStringList(),
             QStringList{QString::fromLatin1(fingerprintOf("a").toHex())});
}

QTEST_GUILESS_MAIN(tst_CertificateTrustStore)
#include "tst_certificatetruststore.moc"
