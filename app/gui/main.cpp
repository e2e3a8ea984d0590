// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "mainwindow.h"
#include "screenshotmode.h"
#include "profilestore.h"
#include "serverendpoint.h"
#include "servers/connectiondialog.h"
#include "keychainsecretstore.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

using namespace Tessera;
using namespace Stash;

namespace {

/// --server, else $STASH_URL (+ $STASH_API_KEY); empty when neither is given.
ServerEndpoint serverFromCommandLine(const QCommandLineParser &parser)
{
    const QString fromCommandLine = parser.value(QStringLiteral("server"));
    const QString fromEnvironment = qEnvironmentVariable("STASH_URL");
    if (!fromCommandLine.isEmpty() || !fromEnvironment.isEmpty()) {
        const QUrl url = ServerEndpoint::normalizeUrl(fromCommandLine.isEmpty() ? fromEnvironment
                                                                                : fromCommandLine);
        return ServerEndpoint(url, qEnvironmentVariable("STASH_API_KEY"));
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tessera"));
    QApplication::setOrganizationName(QStringLiteral("Tessera"));
    QApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tessera.Tessera"));
    // Before any text is built: View ▸ Language's choice, else the system's languages.
    Translations::install(&app, Translations::configuredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A fast desktop client for the images in a Stash server."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("server"),
        QCoreApplication::translate("main",
                                    "Connect to this Stash server (default: $STASH_URL; the API "
                                    "key comes from $STASH_API_KEY)."),
        QCoreApplication::translate("main", "url")));
    ScreenshotMode::addOptions(parser);
    parser.process(app);

    KeychainSecretStore secrets;
    MainWindow window(&secrets);
    const ServerEndpoint given = serverFromCommandLine(parser);
    // The window's ProfileStore has already turned an old "server/url" into a profile.
    const QString remembered = window.profiles()->activeId();
    if (given.isValid()) {
        window.show();
        window.connectForThisRun(given);
    } else if (!remembered.isEmpty()) {
        window.show();
        window.connectToProfile(remembered); // with its secret from the keychain, if any
    } else {
        ConnectionDialog dialog(given);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        window.show();
        window.connectTo(dialog.endpoint());
    }
    window.activateWindow();
    ScreenshotMode::arm(window, parser);
    return app.exec();
}
