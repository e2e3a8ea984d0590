// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "mainwindow.h"
#include "profilestore.h"
#include "serverendpoint.h"
#include "servers/connectiondialog.h"
#include "edit/editimagedialog.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "viewer/imageviewer.h"
#include "keychainsecretstore.h"
#include "translations.h"

#include <QApplication>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

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

/// For the documentation's screenshots: once the first images are loaded,
/// select a few and open the viewer, the edit dialog or the bulk-edit dock.
void prepareScreenshotState(MainWindow &window, const QString &state)
{
    auto *once = new QObject(&window);
    const auto apply = [&window, state, once] {
        ImageListModel *model = window.model();
        if (!window.isConnected() || model->rowCount() < 8 || !model->isRowLoaded(7))
            return;
        once->deleteLater(); // no second run
        QObject::disconnect(model, nullptr, once, nullptr);
        window.bulkDock()->setVisible(state == QStringLiteral("bulk"));
        QItemSelectionModel *selection = window.grid()->selectionModel();
        const bool bulk = state == QStringLiteral("bulk");
        selection->setCurrentIndex(model->index(bulk ? 1 : 2), QItemSelectionModel::ClearAndSelect);
        if (bulk) {
            for (const int row : {2, 4, 5, 6})
                selection->select(model->index(row), QItemSelectionModel::Select);
        }
        if (state == QStringLiteral("viewer")) {
            window.viewer()->resize(1100, 760);
            window.openViewer();
        } else if (state == QStringLiteral("edit")) {
            window.editCurrent();
        }
    };
    QObject::connect(window.model(), &QAbstractItemModel::dataChanged, once, apply);
    QObject::connect(window.model(), &ImageListModel::countChanged, once, apply);
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
    parser.addOption(QCommandLineOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the main window to FILE after "
                                            "--screenshot-delay ms, then quit (for documentation "
                                            "and checks)."),
        QCoreApplication::translate("main", "file")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("screenshot-delay"),
        QCoreApplication::translate("main", "Milliseconds before the screenshot."),
        QCoreApplication::translate("main", "ms"), QStringLiteral("3000")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("screenshot-state"),
        QCoreApplication::translate("main", "For --screenshot: once connected, select some images "
                                            "and show this state (grid, viewer, edit or bulk)."),
        QCoreApplication::translate("main", "state"), QStringLiteral("grid")));
    parser.process(app);

    KeychainSecretStore secrets;
    MainWindow window(&secrets);
    const ServerEndpoint given = serverFromCommandLine(parser);
    // The window's ProfileStore has already turned an old "server/url" into a profile.
    const QString remembered = window.profiles()->activeId();
    if (given.isValid()) {
        window.show();
        window.connectTo(given);
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
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        const QString state = parser.value(QStringLiteral("screenshot-state"));
        prepareScreenshotState(window, state);
        QTimer::singleShot(parser.value(QStringLiteral("screenshot-delay")).toInt(), &window,
                           [&window, file, state] {
                               QWidget *shown = QApplication::activeWindow()
                                                    ? QApplication::activeWindow()
                                                    : &window;
                               if (state == QStringLiteral("viewer")) {
                                   shown = window.viewer();
                               } else if (state == QStringLiteral("edit")) {
                                   if (auto *dialog = window.findChild<EditImageDialog *>())
                                       shown = dialog;
                               }
                               const bool saved = shown->grab().save(file);
                               QApplication::exit(saved ? 0 : 1);
                           });
    }
    return app.exec();
}
