#include "mainwindow.h"
#include "serverendpoint.h"
#include "connectiondialog.h"
#include "keychainsecretstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

using namespace Stash;

namespace {

/// --server, else $STASH_URL (+ $STASH_API_KEY); empty when neither is given.
ServerEndpoint serverFromCommandLine(const QCommandLineParser &parser)
{
    const QString fromCommandLine = parser.value(QStringLiteral("server"));
    const QString fromEnvironment = qEnvironmentVariable("STASH_URL");
    if (!fromCommandLine.isEmpty() || !fromEnvironment.isEmpty()) {
        const QUrl url = ServerEndpoint::normalizeUrl(
            fromCommandLine.isEmpty() ? fromEnvironment : fromCommandLine);
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

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A fast desktop client for the images in a Stash server."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("server"),
        QStringLiteral("Connect to this Stash server (default: $STASH_URL; the API key comes from "
                       "$STASH_API_KEY)."),
        QStringLiteral("url")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window to FILE after --screenshot-delay ms, then "
                       "quit (for documentation and checks)."),
        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("screenshot-delay"),
                                        QStringLiteral("Milliseconds before the screenshot."),
                                        QStringLiteral("ms"), QStringLiteral("3000")));
    parser.process(app);

    KeychainSecretStore secrets;
    MainWindow window(&secrets);
    const ServerEndpoint given = serverFromCommandLine(parser);
    const QUrl remembered = QSettings().value(QStringLiteral("server/url")).toUrl();
    if (given.isValid()) {
        window.show();
        window.connectTo(given);
    } else if (remembered.isValid()) {
        window.show();
        window.reconnect(remembered); // with the API key kept in the keychain, if any
    } else {
        ConnectionDialog dialog(given);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        window.show();
        window.connectTo(dialog.endpoint());
    }
    window.activateWindow();
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(parser.value(QStringLiteral("screenshot-delay")).toInt(), &window,
                           [&window, file] {
                               QWidget *shown = QApplication::activeWindow() ? QApplication::activeWindow()
                                                                            : &window;
                               const bool saved = shown->grab().save(file);
                               QApplication::exit(saved ? 0 : 1);
                           });
    }
    return app.exec();
}
