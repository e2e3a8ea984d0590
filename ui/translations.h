// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Tessera {

/// Loads Tessera's translations (compiled into the program under ":/i18n")
/// and Qt's own (qtbase_*.qm from the Qt installation, when present).
///
/// Used by the program at start-up and by tests; the language is chosen once,
/// before the first window is built (widgets do not retranslate themselves).
class Translations final
{
public:
    /// The QSettings key of the chosen language: "" follows the system,
    /// otherwise a language code ("de", "fr", "en").
    static QString settingKey();
    /// The language codes Tessera ships translations for, "en" first.
    static QStringList languages();
    /// The language stored in the settings ("" when none or unknown).
    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString &language);

    /// Installs translators for `language` ("" = the system's UI languages,
    /// QLocale::system().uiLanguages()) on `app`, replacing those an earlier
    /// call installed. English always comes along underneath, for its plural
    /// forms. Returns true when a Tessera translation for the language (or,
    /// for English, the English plural forms) was found.
    static bool install(QCoreApplication *app, const QString &language);

private:
    Translations() = delete;
};

} // namespace Tessera
