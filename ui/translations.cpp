// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Tessera {

namespace {

// Our translators are children of the application with this name, so a
// second install() (tests switch languages) can find and replace them.
constexpr auto translatorName = "tessera-translator";

QTranslator *loadInto(QCoreApplication *app, const QLocale &locale, const QString &name,
                      const QString &directory)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(QLatin1String(translatorName));
    // load(QLocale, ...) tries each of the locale's uiLanguages() in order
    // ("de-CH", "de", ...), which is what we want for the system locale.
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return nullptr;
    }
    QCoreApplication::installTranslator(translator);
    return translator;
}

} // namespace

QString Translations::settingKey()
{
    return QStringLiteral("ui/language");
}

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString Translations::configuredLanguage()
{
    const QString language = QSettings().value(settingKey()).toString();
    return languages().contains(language) ? language : QString();
}

void Translations::setConfiguredLanguage(const QString &language)
{
    QSettings().setValue(settingKey(), language);
}

bool Translations::install(QCoreApplication *app, const QString &language)
{
    const QList<QTranslator *> earlier =
        app->findChildren<QTranslator *>(QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QString i18n = QStringLiteral(":/i18n");
    const QString tessera = QStringLiteral("tessera");
    // Installed first, so asked last: the English plural forms ("1 image",
    // "2 images") for every language without a translation of its own.
    const bool english = loadInto(app, QLocale(QLocale::English), tessera, i18n) != nullptr;

    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        // Numbers and dates in the chosen language too, not the system's.
        QLocale::setDefault(locale);
    }
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return english;

    const bool found = loadInto(app, locale, tessera, i18n) != nullptr;
    if (found) {
        // Qt's own texts (standard buttons, context menus of line edits);
        // distributions ship them separately, so they may be missing.
        loadInto(app, locale, QStringLiteral("qtbase"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return found;
}

} // namespace Tessera
