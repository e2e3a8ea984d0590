// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "awaitfuture.h"
#include "fakestash.h"
#include "grid/filterbar.h"
#include "inputvalidation.h"
#include "settingsisolation.h"
#include "mainwindow.h"
#include "serverendpoint.h"
#include "stashclient.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QXmlStreamReader>

using namespace Tessera;

// The .ts files are read from the source tree: completeness is checked on
// what translators edit, not on what lrelease made of it.
#ifndef TESSERA_TRANSLATIONS_DIR
#error "TESSERA_TRANSLATIONS_DIR must name the translations/ source folder"
#endif

namespace {

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    return titles;
}

/// The status bar's server label: the one saying "Connecting to <url>…".
QLabel *serverLabel(const MainWindow &window, const QString &url)
{
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text().contains(url))
            return label;
    }
    return nullptr;
}

} // namespace

class tst_Translations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void resourcesArePresent_data();
    void resourcesArePresent();
    void mainWindowSpeaks_data();
    void mainWindowSpeaks();
    void englishPlurals();
    void stashErrorsSpeak_data();
    void stashErrorsSpeak();
    void qtOwnTranslations();
    void languageSetting();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
};

void tst_Translations::initTestCase()
{
    TestSettings::isolate(QStringLiteral("TesseraTranslationTests"),
                          QStringLiteral("tst_translations"));
    TestSettings::clear();
}

void tst_Translations::cleanup()
{
    TestSettings::clear();
}

void tst_Translations::resourcesArePresent_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("en") << QStringLiteral("en");
}

void tst_Translations::resourcesArePresent()
{
    QFETCH(QString, language);
    // Linked in through tessera_ui: the program and every test carry them.
    QFile qm(QStringLiteral(":/i18n/tessera_%1.qm").arg(language));
    QVERIFY2(qm.exists(), qPrintable(qm.fileName()));
    QVERIFY(qm.size() > 100);
}

void tst_Translations::mainWindowSpeaks_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QString>("placeholder");
    QTest::addColumn<QString>("connecting");
    QTest::addColumn<QString>("notConnected");
    QTest::addColumn<QString>("oneStar");
    QTest::addColumn<QString>("threeStars");

    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                                           QStringLiteral("&Ansicht"), QStringLiteral("Au&swahl")}
                            << QStringLiteral("Titel, Pfade, Prüfsummen suchen  (Strg+F)")
                            << QStringLiteral("Verbinde mit %1…")
                            << QStringLiteral("Nicht verbunden") << QStringLiteral("1 Stern")
                            << QStringLiteral("3 Sterne");
    QTest::newRow("French") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("&Fichier"), QStringLiteral("É&dition"),
                                           QStringLiteral("&Affichage"),
                                           QStringLiteral("&Sélection")}
                            << QStringLiteral(
                                   "Rechercher titres, chemins, sommes de contrôle  (Ctrl+F)")
                            << QStringLiteral("Connexion à %1…") << QStringLiteral("Non connecté")
                            << QStringLiteral("1 étoile") << QStringLiteral("3 étoiles");
}

void tst_Translations::mainWindowSpeaks()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QString, placeholder);
    QFETCH(QString, connecting);
    QFETCH(QString, notConnected);
    QFETCH(QString, oneStar);
    QFETCH(QString, threeStars);

    QVERIFY(Translations::install(qApp, language));
    MainWindow window;
    const QStringList titles = menuTitles(window);
    for (const QString &menu : menus)
        QVERIFY2(titles.contains(menu), qPrintable(titles.join(QLatin1String(" | "))));
    QCOMPARE(window.filterBar()->searchEdit()->placeholderText(), placeholder);
    QCOMPARE(QCoreApplication::translate("Tessera::MainWindow", "%n star(s)", nullptr, 1), oneStar);
    QCOMPARE(QCoreApplication::translate("Tessera::MainWindow", "%n star(s)", nullptr, 3),
             threeStars);

    // Nothing listens on port 1: the label says it connects, then that it could not.
    const Stash::ServerEndpoint nowhere(QUrl(QStringLiteral("http://127.0.0.1:1")), QString());
    const QString shown = nowhere.baseUrl().toDisplayString();
    window.connectTo(nowhere);
    QLabel *label = serverLabel(window, shown);
    QVERIFY(label);
    QCOMPARE(label->text(), connecting.arg(shown));
    QTRY_COMPARE_WITH_TIMEOUT(label->text(), notConnected, 15000);
}

void tst_Translations::englishPlurals()
{
    // Without tessera_en the source text "%n star(s)" would show as is.
    QVERIFY(Translations::install(qApp, QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("Tessera::MainWindow", "%n star(s)", nullptr, 1),
             QStringLiteral("1 star"));
    QCOMPARE(QCoreApplication::translate("Tessera::MainWindow", "%n star(s)", nullptr, 5),
             QStringLiteral("5 stars"));
    MainWindow window;
    QVERIFY(menuTitles(window).contains(QStringLiteral("&File")));
}

void tst_Translations::stashErrorsSpeak_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("wrongLogin");
    QTest::addColumn<QString>("notADate");

    QTest::newRow("German") << QStringLiteral("de")
                            << QStringLiteral("Falscher Benutzername oder falsches Passwort.")
                            << QStringLiteral(
                                   "„2024-13-45“ ist kein Datum; JJJJ-MM-TT, JJJJ-MM oder JJJJ "
                                   "verwenden.");
    QTest::newRow("English")
        << QStringLiteral("en") << QStringLiteral("Wrong username or password.")
        << QStringLiteral("\"2024-13-45\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY.");
}

void tst_Translations::stashErrorsSpeak()
{
    // lib/stash (Qt Core and Network only) words its errors in context "Stash":
    // they come out in the installed language, not always in English.
    QFETCH(QString, language);
    QFETCH(QString, wrongLogin);
    QFETCH(QString, notADate);
    QVERIFY(Translations::install(qApp, language));

    const std::optional<Stash::Error> date =
        Stash::InputValidation::checkDate(Stash::Tristate<QString>(QStringLiteral("2024-13-45")));
    QVERIFY(date);
    QCOMPARE(date->message(), notADate);

    FakeStash server({QStringLiteral("--images"), QStringLiteral("5"), QStringLiteral("--username"),
                      QStringLiteral("admin"), QStringLiteral("--password"),
                      QStringLiteral("secret")});
    QVERIFY2(server.start(), qPrintable(server.errorText()));
    Stash::StashClient client;
    client.setEndpoint(Stash::ServerEndpoint(server.url()));
    const auto refused =
        awaitFuture(client.login(QStringLiteral("admin"), QStringLiteral("wrong")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), Stash::Error::Kind::Unauthorized);
    QCOMPARE(refused.error().message(), wrongLogin);
}

void tst_Translations::qtOwnTranslations()
{
    const QString qtbase = QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                               .filePath(QStringLiteral("qtbase_de.qm"));
    if (!QFile::exists(qtbase))
        QSKIP("Qt's own German translation is not installed here");
    QVERIFY(Translations::install(qApp, QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    // A second install replaces the first rather than piling up.
    QVERIFY(Translations::install(qApp, QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void tst_Translations::languageSetting()
{
    QCOMPARE(Translations::configuredLanguage(), QString());
    Translations::setConfiguredLanguage(QStringLiteral("fr"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
    QCOMPARE(Translations::configuredLanguage(), QStringLiteral("fr"));
    // Unknown codes (an older or newer Tessera's) fall back to the system's.
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    QCOMPARE(Translations::configuredLanguage(), QString());
}

void tst_Translations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minimumMessages");
    QTest::newRow("de") << QStringLiteral("tessera_de.ts") << 400;
    QTest::newRow("fr") << QStringLiteral("tessera_fr.ts") << 400;
    QTest::newRow("en (plurals only)") << QStringLiteral("tessera_en.ts") << 5;
}

void tst_Translations::tsFilesAreComplete()
{
    QFETCH(QString, file);
    QFETCH(int, minimumMessages);
    QFile ts(QDir(QStringLiteral(TESSERA_TRANSLATIONS_DIR)).filePath(file));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));

    QXmlStreamReader xml(&ts);
    int messages = 0;
    QStringList incomplete;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("message")) {
            ++messages;
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete")) {
                --messages;
                xml.skipCurrentElement();
                continue;
            }
            if (type == QLatin1String("unfinished"))
                incomplete.append(source);
            // Either text or <numerusform>s, none of them empty.
            bool numerus = false;
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement ||
                   xml.name() != QLatin1String("translation")) {
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    if (xml.readElementText().isEmpty())
                        incomplete.append(source);
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!numerus && text.trimmed().isEmpty() && !incomplete.contains(source))
                incomplete.append(source);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages >= minimumMessages, qPrintable(QString::number(messages)));
    QVERIFY2(incomplete.isEmpty(), qPrintable(incomplete.join(QLatin1String("\n"))));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
