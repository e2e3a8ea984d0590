// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "screenshotmode.h"

#include "edit/editimagedialog.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "mainwindow.h"
#include "viewer/imageviewer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QTimer>

namespace Tessera::ScreenshotMode {

namespace {

const QString kScreenshot = QStringLiteral("screenshot");
const QString kDelay = QStringLiteral("screenshot-delay");
const QString kState = QStringLiteral("screenshot-state");

/// Once the first images are loaded, select a few and open the viewer, the
/// edit dialog or the bulk-edit dock.
void prepareState(MainWindow &window, const QString &state)
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

/// The window the state shows: the viewer, the edit dialog, else the active window.
QWidget *shownWindow(MainWindow &window, const QString &state)
{
    if (state == QStringLiteral("viewer"))
        return window.viewer();
    if (state == QStringLiteral("edit")) {
        if (auto *dialog = window.findChild<EditImageDialog *>())
            return dialog;
    }
    return QApplication::activeWindow() ? QApplication::activeWindow() : &window;
}

} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        kScreenshot,
        QCoreApplication::translate("main", "Save a picture of the main window to FILE after "
                                            "--screenshot-delay ms, then quit (for documentation "
                                            "and checks)."),
        QCoreApplication::translate("main", "file")));
    parser.addOption(QCommandLineOption(
        kDelay, QCoreApplication::translate("main", "Milliseconds before the screenshot."),
        QCoreApplication::translate("main", "ms"), QStringLiteral("3000")));
    parser.addOption(QCommandLineOption(
        kState,
        QCoreApplication::translate("main", "For --screenshot: once connected, select some images "
                                            "and show this state (grid, viewer, edit or bulk)."),
        QCoreApplication::translate("main", "state"), QStringLiteral("grid")));
}

void arm(MainWindow &window, const QCommandLineParser &parser)
{
    if (!parser.isSet(kScreenshot))
        return;
    const QString file = parser.value(kScreenshot);
    const QString state = parser.value(kState);
    prepareState(window, state);
    QTimer::singleShot(parser.value(kDelay).toInt(), &window, [&window, file, state] {
        const bool saved = shownWindow(window, state)->grab().save(file);
        QApplication::exit(saved ? 0 : 1);
    });
}

} // namespace Tessera::ScreenshotMode
