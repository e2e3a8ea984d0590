// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "memorysecretstore.h"
#include "settingsisolation.h"
#include "secretvault.h"
#include "serverprofile.h"
#include "settingssecretstore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Tessera;

namespace {

/// A keychain that is not there: every call fails, as on a desktop without a secret service.
class FailingSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &, ReadCallback done) override
    {
        ++reads;
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(std::nullopt, QStringLiteral("no secret service"));
        });
    }
    void write(const QString &, const QString &, WriteCallback done) override
    {
        ++writes;
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(false, QStringLiteral("no secret service"));
        });
    }
    void remove(const QString &, WriteCallback done) override
    {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(false, QStringLiteral("no secret service"));
        });
    }
    QString name() const override { return QStringLiteral("the test keychain"); }

    int reads = 0;
    int writes = 0;
};

ServerProfile profileWith(ServerProfile::Auth auth, const QString &id = QStringLiteral("p1"))
{
    ServerProfile profile;
    profile.id = id;
    profile.name = QStringLiteral("Home");
    profile.url = QUrl(QStringLiteral("http://stash.local:9999"));
    profile.auth = auth;
    return profile;
}

/// What vault.read() hands back, once it has (nullopt if it did not in time).
std::optional<QString> readBack(SecretVault &vault, const ServerProfile &profile)
{
    std::optional<QString> result;
    vault.read(profile, [&result](const QString &secret) { result = secret; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

/// What `store` holds under `key`, once it answered.
std::optional<QString> storedIn(SecretStore &store, const QString &key)
{
    bool answered = false;
    std::optional<QString> result;
    store.read(key, [&](std::optional<QString> secret, const QString &) {
        result = secret;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 5000))
        return QStringLiteral("(no answer)");
    return result;
}

QVariant inSettingsFile(const QString &key)
{
    return QSettings().value(SettingsSecretStore::settingsKey(key));
}

} // namespace

/// The secret policy: keychain, settings file only with consent, memory, and the
/// API key kept under the server's address before there were profiles.
class tst_SecretVault final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void noSecretWithoutAuth();
    void readsTheKeychain();
    void keepsInTheKeychain();
    void thisRunRemembersWhatItKept();
    void findsSecretsInTheSettingsFile();
    void migratesTheLegacyApiKey();
    void reportsAnUnreadableKeychain();
    void forgetRemovesEverywhere();
    void refusedKeychainAsksOnceYes();
    void refusedKeychainAsksOnceNo();
    void refusedKeychainWithoutAnyoneToAsk();
};

void tst_SecretVault::initTestCase()
{
    TestSettings::isolate(QStringLiteral("TesseraSettingsTests"),
                          QStringLiteral("tst_secretvault"));
}

void tst_SecretVault::init()
{
    TestSettings::clear();
}

void tst_SecretVault::noSecretWithoutAuth()
{
    FailingSecretStore keychain;
    SecretVault vault(&keychain);
    QCOMPARE(readBack(vault, profileWith(ServerProfile::Auth::None)), QString());
    QCOMPARE(keychain.reads, 0);
}

void tst_SecretVault::readsTheKeychain()
{
    MemorySecretStore keychain;
    const ServerProfile profile = profileWith(ServerProfile::Auth::Password);
    keychain.write(profile.secretKey(), QStringLiteral("hunter2"), [](bool, const QString &) {});
    SecretVault vault(&keychain);
    QCOMPARE(readBack(vault, profile), QStringLiteral("hunter2"));
    QVERIFY(!vault.usesSettingsFile());
}

void tst_SecretVault::keepsInTheKeychain()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    SecretVault vault(&keychain, &fallback);
    QSignalSpy asked(&vault, &SecretVault::fallbackConsentNeeded);
    vault.keep(QStringLiteral("profile:p1"), QStringLiteral("key-1"));
    QCOMPARE(storedIn(keychain, QStringLiteral("profile:p1")), QStringLiteral("key-1"));
    QCOMPARE(storedIn(fallback, QStringLiteral("profile:p1")), std::nullopt);
    QCOMPARE(asked.count(), 0);
}

void tst_SecretVault::thisRunRemembersWhatItKept()
{
    FailingSecretStore keychain;
    SecretVault vault(&keychain);
    const ServerProfile profile = profileWith(ServerProfile::Auth::ApiKey);
    vault.keep(profile.secretKey(), QStringLiteral("key-1"));
    const int reads = keychain.reads;
    QCOMPARE(readBack(vault, profile), QStringLiteral("key-1"));
    QCOMPARE(keychain.reads, reads); // answered from memory
}

void tst_SecretVault::findsSecretsInTheSettingsFile()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    const ServerProfile profile = profileWith(ServerProfile::Auth::Password);
    fallback.write(profile.secretKey(), QStringLiteral("plain"), [](bool, const QString &) {});
    SecretVault vault(&keychain, &fallback);
    QCOMPARE(readBack(vault, profile), QStringLiteral("plain"));
    QVERIFY(vault.usesSettingsFile());
    // Later secrets follow it there.
    vault.keep(QStringLiteral("profile:p2"), QStringLiteral("second"));
    QCOMPARE(storedIn(fallback, QStringLiteral("profile:p2")), QStringLiteral("second"));
    QCOMPARE(storedIn(keychain, QStringLiteral("profile:p2")), std::nullopt);
}

void tst_SecretVault::migratesTheLegacyApiKey()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    const ServerProfile profile = profileWith(ServerProfile::Auth::ApiKey);
    const QString legacy = SecretStore::apiKeyKey(profile.url.toString());
    keychain.write(legacy, QStringLiteral("old-key"), [](bool, const QString &) {});
    SecretVault vault(&keychain, &fallback);
    QCOMPARE(readBack(vault, profile), QStringLiteral("old-key"));
    QTRY_COMPARE(storedIn(keychain, profile.secretKey()), QStringLiteral("old-key"));
    QTRY_COMPARE(storedIn(keychain, legacy), std::nullopt);

    // Only API keys were kept that way: a password profile does not look there.
    MemorySecretStore other;
    other.write(legacy, QStringLiteral("old-key"), [](bool, const QString &) {});
    SecretVault again(&other, &fallback);
    QCOMPARE(readBack(again, profileWith(ServerProfile::Auth::Password, QStringLiteral("p9"))),
             QString());
    QCOMPARE(storedIn(other, legacy), QStringLiteral("old-key"));
}

void tst_SecretVault::reportsAnUnreadableKeychain()
{
    FailingSecretStore keychain;
    MemorySecretStore fallback;
    SecretVault vault(&keychain, &fallback);
    QSignalSpy errors(&vault, &SecretVault::errorOccurred);
    QCOMPARE(readBack(vault, profileWith(ServerProfile::Auth::Password)), QString());
    QCOMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("the test keychain")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("no secret service")), qPrintable(message));
}

void tst_SecretVault::forgetRemovesEverywhere()
{
    MemorySecretStore keychain;
    MemorySecretStore fallback;
    const ServerProfile profile = profileWith(ServerProfile::Auth::ApiKey);
    fallback.write(profile.secretKey(), QStringLiteral("plain"), [](bool, const QString &) {});
    SecretVault vault(&keychain, &fallback);
    vault.keep(profile.secretKey(), QStringLiteral("key-1"));
    QCOMPARE(storedIn(keychain, profile.secretKey()), QStringLiteral("key-1"));
    vault.forget(profile.secretKey());
    QCOMPARE(storedIn(keychain, profile.secretKey()), std::nullopt);
    QCOMPARE(storedIn(fallback, profile.secretKey()), std::nullopt);
    QCOMPARE(readBack(vault, profile), QString()); // and not from memory either
}

void tst_SecretVault::refusedKeychainAsksOnceYes()
{
    FailingSecretStore keychain;
    SecretVault vault(&keychain); // the real settings-file fallback
    QSignalSpy errors(&vault, &SecretVault::errorOccurred);
    QStringList asked;
    connect(&vault, &SecretVault::fallbackConsentNeeded, this,
            [&asked](const QString &where, const QString &error) {
                asked.append(where + QLatin1String(": ") + error);
            });
    vault.keep(QStringLiteral("profile:a"), QStringLiteral("secret-a"));
    vault.keep(QStringLiteral("profile:b"), QStringLiteral("secret-b"));
    QTRY_COMPARE(keychain.writes, 2);
    QTRY_COMPARE(asked.size(), 1);
    QTest::qWait(50);
    QCOMPARE(asked, QStringList{QStringLiteral("the test keychain: no secret service")});
    QCOMPARE(errors.count(), 1); // the second secret, while the question is open
    QVERIFY(!inSettingsFile(QStringLiteral("profile:a")).isValid()); // not before the answer

    vault.answerFallbackConsent(true);
    QVERIFY(vault.usesSettingsFile());
    QCOMPARE(inSettingsFile(QStringLiteral("profile:a")).toString(), QStringLiteral("secret-a"));
    QCOMPARE(inSettingsFile(QStringLiteral("profile:b")).toString(), QStringLiteral("secret-b"));
    // Later secrets go straight there, without asking or trying the keychain again.
    vault.keep(QStringLiteral("profile:c"), QStringLiteral("secret-c"));
    QCOMPARE(inSettingsFile(QStringLiteral("profile:c")).toString(), QStringLiteral("secret-c"));
    QTest::qWait(50);
    QCOMPARE(keychain.writes, 2);
    QCOMPARE(asked.size(), 1);
}

void tst_SecretVault::refusedKeychainAsksOnceNo()
{
    FailingSecretStore keychain;
    SecretVault vault(&keychain);
    int asked = 0;
    connect(&vault, &SecretVault::fallbackConsentNeeded, this, [&vault, &asked] {
        ++asked;
        vault.answerFallbackConsent(false);
    });
    QSignalSpy errors(&vault, &SecretVault::errorOccurred);
    const ServerProfile profile = profileWith(ServerProfile::Auth::ApiKey, QStringLiteral("a"));
    vault.keep(profile.secretKey(), QStringLiteral("secret-a"));
    QTRY_COMPARE(asked, 1);
    vault.keep(QStringLiteral("profile:b"), QStringLiteral("secret-b"));
    QTRY_COMPARE(keychain.writes, 2);
    QTRY_COMPARE(errors.count(), 1); // the second one is not asked about again, only reported
    QCOMPARE(asked, 1);
    QVERIFY(!vault.usesSettingsFile());
    QVERIFY(!inSettingsFile(profile.secretKey()).isValid());
    QVERIFY(!inSettingsFile(QStringLiteral("profile:b")).isValid());
    // Memory still has it until the program quits.
    QCOMPARE(readBack(vault, profile), QStringLiteral("secret-a"));
}

void tst_SecretVault::refusedKeychainWithoutAnyoneToAsk()
{
    FailingSecretStore keychain;
    SecretVault vault(&keychain);
    QSignalSpy errors(&vault, &SecretVault::errorOccurred);
    vault.keep(QStringLiteral("profile:a"), QStringLiteral("secret-a"));
    QTRY_COMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("the test keychain")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("secret-a")), qPrintable(message));
    QVERIFY(!inSettingsFile(QStringLiteral("profile:a")).isValid());
}

QTEST_GUILESS_MAIN(tst_SecretVault)
#include "tst_secretvault.moc"
