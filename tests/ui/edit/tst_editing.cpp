// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "awaitfuture.h"
#include "fakestash.h"
#include "settingsisolation.h"
#include "grid/imagedelegate.h"
#include "imageeditor.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "viewer/imageviewer.h"
#include "mainwindow.h"
#include "notificationbar.h"
#include "widgets/ocounterbutton.h"
#include "widgets/ratingwidget.h"
#include "stashclient.h"
#include "thumbnailcache.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QJsonArray>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Tessera;

using namespace Stash;

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

/// Accepts the next modal dialog once it is up (the delete confirmation runs exec()).
void acceptNextModalDialog(QString *seenTitle)
{
    UiTest::whenModalIsUp([seenTitle](QWidget *modal) {
        auto *dialog = qobject_cast<QDialog *>(modal);
        if (!dialog)
            return false;
        if (seenTitle)
            *seenTitle = QString::fromLatin1(dialog->metaObject()->className());
        dialog->accept();
        return true;
    });
}

/// The rating a key (1–5) gives in stars mode, and a key that changes `current`.
int keyChanging(std::optional<int> current, int preferredStars)
{
    const int stars = current == preferredStars * 20 ? (preferredStars % 5) + 1 : preferredStars;
    return Qt::Key_0 + stars;
}

} // namespace

/// Editing from the main window against tests/fake-stash, as a person does
/// it: the real shortcuts on a grid selection, clicks on a cell's stars and
/// O-counter, the viewer's keys, undo/redo, a failure with Retry, delete.
class tst_Editing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void rateKeyOnSelectionUndoRedo();
    void zeroKeyClearsWithNull();
    void oKeysOnSelection();
    void toggleOrganizedShortcut();
    void clickOnStarsRatesThatImageOnly();
    void clickOnOCounterIncrementsShiftDecrements();
    void viewerKeysChangeShownImage();
    void viewerAdvancesAfterRatingWhenEnabled();
    void failureShowsNotificationRollsBackAndRetries();
    void deleteKeyConfirmsAndRemoves();

private:
    Image serverImage(const QString &id);
    bool settle(int timeoutMs = 15000);
    void selectRows(const QList<int> &rows);
    QAction *actionWithShortcut(const QKeySequence &shortcut);
    QAction *actionNamed(const QString &text);
    QModelIndex shownIndex(int row);

    std::unique_ptr<FakeStash> m_server;
    std::unique_ptr<StashClient> m_probe; // reads back what the server holds
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Editing::initTestCase()
{
    // Test-mode paths, settings of this executable only, cleared (as tests/ui does).
    TestSettings::isolate(QStringLiteral("TesseraEditTests"), QStringLiteral("tst_editing"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_server =
        std::make_unique<FakeStash>(QStringList{QStringLiteral("--images"), QStringLiteral("200")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    m_probe = std::make_unique<StashClient>();
    m_probe->setEndpoint(ServerEndpoint(m_server->url()));
    const Result<ServerInfo> info = awaitFuture(m_probe->connectToServer());
    QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message()));
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
}

void tst_Editing::init()
{
    QVERIFY(m_server->reset());
    TestSettings::clear();
    m_window = std::make_unique<MainWindow>();
    m_window->thumbnails()->setDiskCacheDirectory(m_cache->path());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());

    QSignalSpy connected(m_window.get(), &MainWindow::connected);
    QSignalSpy failed(m_window.get(), &MainWindow::connectionFailed);
    m_window->connectTo(ServerEndpoint(m_server->url()));
    QTRY_VERIFY_WITH_TIMEOUT(!connected.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->isCountKnown(), 15000);
    QCOMPARE(m_window->model()->rowCount(), 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->model()->isRowLoaded(0) && m_window->model()->isRowLoaded(14), 15000);
    m_window->grid()->setFocus();
    QTRY_VERIFY(m_window->grid()->hasFocus());
}

void tst_Editing::cleanup()
{
    if (m_window) {
        settle();
        m_window->viewer()->close();
    }
    m_window.reset();
}

Image tst_Editing::serverImage(const QString &id)
{
    const Result<std::optional<Image>> found = awaitFuture(m_probe->findImage(id));
    if (!found || !found.value())
        return Image();
    return *found.value();
}

bool tst_Editing::settle(int timeoutMs)
{
    return QTest::qWaitFor([this] { return !m_window->editor()->isBusy(); }, timeoutMs);
}

void tst_Editing::selectRows(const QList<int> &rows)
{
    QItemSelectionModel *selection = m_window->grid()->selectionModel();
    selection->clearSelection();
    for (int row : rows)
        selection->select(m_window->model()->index(row), QItemSelectionModel::Select);
    selection->setCurrentIndex(m_window->model()->index(rows.first()),
                               QItemSelectionModel::NoUpdate);
}

QAction *tst_Editing::actionWithShortcut(const QKeySequence &shortcut)
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcuts().contains(shortcut))
            return action;
    }
    return nullptr;
}

QAction *tst_Editing::actionNamed(const QString &text)
{
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (plain(action->text()) == text)
            return action;
    }
    return nullptr;
}

QModelIndex tst_Editing::shownIndex(int row)
{
    const QModelIndex index = m_window->model()->index(row);
    m_window->grid()->scrollTo(index);
    return index;
}

void tst_Editing::rateKeyOnSelectionUndoRedo()
{
    ImageListModel *model = m_window->model();
    const QList<int> rows{0, 1, 2};
    QStringList ids;
    QList<std::optional<int>> before;
    for (int row : rows) {
        ids.append(model->idAt(row));
        before.append(serverImage(ids.last()).rating100);
    }
    selectRows(rows);
    QCOMPARE(m_window->selectedCount(), 3);

    QTest::keyClick(m_window->grid(), Qt::Key_4);
    QCOMPARE(m_window->editor()->undoStack()->count(), 1);
    QVERIFY(settle());
    for (const QString &id : ids)
        QCOMPARE(serverImage(id).rating100, std::optional<int>(80));
    for (int row : rows)
        QCOMPARE(model->index(row).data(ImageListModel::Rating100Role).toInt(), 80);

    QAction *undo = actionWithShortcut(QKeySequence::Undo);
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(plain(undo->text()).startsWith(QStringLiteral("Undo Rate 3 images")),
             qPrintable(undo->text()));

    QTest::keyClick(m_window->grid(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->editor()->undoStack()->index(), 0);
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(serverImage(ids[i]).rating100, before[i]);
        const QVariant shown = model->index(rows[i]).data(ImageListModel::Rating100Role);
        QCOMPARE(shown.isValid() ? std::optional<int>(shown.toInt()) : std::nullopt, before[i]);
    }

    QTest::keyClick(m_window->grid(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->editor()->undoStack()->index(), 1);
    QVERIFY(settle());
    for (const QString &id : ids)
        QCOMPARE(serverImage(id).rating100, std::optional<int>(80));
}

void tst_Editing::zeroKeyClearsWithNull()
{
    ImageListModel *model = m_window->model();
    const QList<int> rows{3, 4};
    QStringList ids;
    for (int row : rows)
        ids.append(model->idAt(row));
    selectRows(rows);
    QTest::keyClick(m_window->grid(), Qt::Key_2);
    QVERIFY(settle());
    QCOMPARE(serverImage(ids[0]).rating100, std::optional<int>(40));

    QTest::keyClick(m_window->grid(), Qt::Key_0);
    QVERIFY(settle());
    const QJsonObject input = m_server->lastInput(QStringLiteral("BulkUpdateImageIds"));
    QVERIFY(input.contains(QStringLiteral("rating100")));
    QVERIFY2(input.value(QStringLiteral("rating100")).isNull(), "clearing sends null, never 0");
    for (const QString &id : ids)
        QCOMPARE(serverImage(id).rating100, std::nullopt);
    for (int row : rows)
        QVERIFY(!model->index(row).data(ImageListModel::Rating100Role).isValid());
}

void tst_Editing::oKeysOnSelection()
{
    ImageListModel *model = m_window->model();
    const QList<int> rows{5, 6, 7};
    QStringList ids;
    QList<int> before;
    for (int row : rows) {
        ids.append(model->idAt(row));
        before.append(serverImage(ids.last()).oCounter);
    }
    selectRows(rows);

    QTest::keyClick(m_window->grid(), Qt::Key_O);
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(serverImage(ids[i]).oCounter, before[i] + 1);
        QCOMPARE(model->index(rows[i]).data(ImageListModel::OCounterRole).toInt(), before[i] + 1);
    }

    QTest::keyClick(m_window->grid(), Qt::Key_O, Qt::ShiftModifier);
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(serverImage(ids[i]).oCounter, before[i]);
        QCOMPARE(model->index(rows[i]).data(ImageListModel::OCounterRole).toInt(), before[i]);
    }

    // One key, one undo step for the whole selection (not one per image).
    QCOMPARE(m_window->editor()->undoStack()->count(), 2);
    QCOMPARE(m_window->editor()->undoStack()->undoText(),
             QStringLiteral("O-counter −1 on %1 images").arg(ids.size()));
    QTest::keyClick(m_window->grid(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(serverImage(ids[i]).oCounter, before[i] + 1);
    QTest::keyClick(m_window->grid(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(serverImage(ids[i]).oCounter, before[i]);
}

void tst_Editing::toggleOrganizedShortcut()
{
    ImageListModel *model = m_window->model();
    const QList<int> rows{8, 9};
    QStringList ids;
    QList<bool> before;
    for (int row : rows) {
        ids.append(model->idAt(row));
        before.append(serverImage(ids.last()).organized);
    }
    selectRows(rows);
    const bool target = !before[0];
    QTest::keyClick(m_window->grid(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(settle());
    for (const QString &id : ids)
        QCOMPARE(serverImage(id).organized, target);
    QTest::keyClick(m_window->grid(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(settle());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(serverImage(ids[i]).organized, before[i]);
}

void tst_Editing::clickOnStarsRatesThatImageOnly()
{
    ImageGridView *grid = m_window->grid();
    ImageListModel *model = m_window->model();
    selectRows({0});
    const int row = 6;
    const QString id = model->idAt(row);
    const std::optional<int> before = serverImage(id).rating100;
    const int stars = keyChanging(before, 4) - Qt::Key_0;

    const QModelIndex index = shownIndex(row);
    const QRectF starArea = ImageDelegate::starsRect(grid->visualRect(index));
    const double starWidth = starArea.height() + 2;
    const QPoint point(int(starArea.left() + (stars - 1) * starWidth + starWidth / 2),
                       int(starArea.center().y()));
    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, point);
    QVERIFY(settle());
    QCOMPARE(serverImage(id).rating100, std::optional<int>(stars * 20));
    QCOMPARE(index.data(ImageListModel::Rating100Role).toInt(), stars * 20);
    // The selection stayed where it was.
    QCOMPARE(m_window->selectedCount(), 1);
    QVERIFY(grid->selectionModel()->isSelected(model->index(0)));
    QVERIFY(!grid->selectionModel()->isSelected(index));
    QCOMPARE(grid->currentIndex().row(), 0);

    // One undo step for the click.
    m_window->editor()->undoStack()->undo();
    QVERIFY(settle());
    QCOMPARE(serverImage(id).rating100, before);
}

void tst_Editing::clickOnOCounterIncrementsShiftDecrements()
{
    ImageGridView *grid = m_window->grid();
    ImageListModel *model = m_window->model();
    selectRows({0});
    const int row = 7;
    const QString id = model->idAt(row);
    const int before = serverImage(id).oCounter;
    const QModelIndex index = shownIndex(row);
    const QPoint point = ImageDelegate::oCounterRect(grid->visualRect(index)).center();

    QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, point);
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, before + 1);
    QCOMPARE(index.data(ImageListModel::OCounterRole).toInt(), before + 1);
    QVERIFY(!grid->selectionModel()->isSelected(index));

    QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ShiftModifier, point);
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, before);
    QCOMPARE(index.data(ImageListModel::OCounterRole).toInt(), before);
    QCOMPARE(m_window->selectedCount(), 1);
    QVERIFY(!m_window->viewer()->isVisible());
}

void tst_Editing::viewerKeysChangeShownImage()
{
    ImageListModel *model = m_window->model();
    const int row = 10;
    selectRows({row});
    const QString id = model->idAt(row);
    const std::optional<int> before = serverImage(id).rating100;
    const int beforeO = serverImage(id).oCounter;
    const int key = keyChanging(before, 3);
    const int expected = (key - Qt::Key_0) * 20;

    m_window->openViewer();
    ImageViewer *viewer = m_window->viewer();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QApplication::setActiveWindow(viewer);
    QTRY_VERIFY(viewer->isActiveWindow());
    QCOMPARE(viewer->currentRow(), row);
    QTRY_COMPARE(viewer->currentId(), id);
    QCOMPARE(viewer->ratingWidget()->rating(), before);
    QCOMPARE(viewer->oCounterButton()->value(), beforeO);

    QTest::keyClick(viewer, Qt::Key(key));
    QCOMPARE(viewer->currentRow(), row); // advance-after-rating is off
    QVERIFY(settle());
    QCOMPARE(serverImage(id).rating100, std::optional<int>(expected));
    QCOMPARE(viewer->ratingWidget()->rating(), std::optional<int>(expected));

    QTest::keyClick(viewer, Qt::Key_O);
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, beforeO + 1);
    QCOMPARE(viewer->oCounterButton()->value(), beforeO + 1);

    QTest::keyClick(viewer, Qt::Key_O, Qt::ShiftModifier);
    QVERIFY(settle());
    QCOMPARE(serverImage(id).oCounter, beforeO);
    QCOMPARE(viewer->oCounterButton()->value(), beforeO);

    // The grid's model shows what the viewer did; undo in the main window reaches the viewer.
    QCOMPARE(model->index(row).data(ImageListModel::Rating100Role).toInt(), expected);
    QVERIFY(m_window->editor()->undoStack()->canUndo());
    m_window->editor()->undoStack()->undo(); // the decrement
    m_window->editor()->undoStack()->undo(); // the increment
    m_window->editor()->undoStack()->undo(); // the rating
    QVERIFY(settle());
    QCOMPARE(serverImage(id).rating100, before);
    QCOMPARE(viewer->ratingWidget()->rating(), before);
    QCOMPARE(viewer->oCounterButton()->value(), beforeO);
}

void tst_Editing::viewerAdvancesAfterRatingWhenEnabled()
{
    ImageListModel *model = m_window->model();
    QAction *advance = actionNamed(QStringLiteral("Viewer: advance after rating"));
    QVERIFY(advance);
    QVERIFY(!advance->isChecked());
    advance->trigger();
    QVERIFY(m_window->viewer()->advanceAfterRating());

    const int row = 11;
    selectRows({row});
    const QString id = model->idAt(row);
    const int key = keyChanging(serverImage(id).rating100, 5);
    m_window->openViewer();
    ImageViewer *viewer = m_window->viewer();
    QVERIFY(QTest::qWaitForWindowExposed(viewer));
    QApplication::setActiveWindow(viewer);
    QTRY_VERIFY(viewer->isActiveWindow());
    QTRY_COMPARE(viewer->currentId(), id);

    QTest::keyClick(viewer, Qt::Key(key));
    QCOMPARE(viewer->currentRow(), row + 1);
    QTRY_COMPARE(viewer->currentId(), model->idAt(row + 1));
    QCOMPARE(m_window->grid()->currentIndex().row(), row + 1); // the grid follows
    QVERIFY(settle());
    QCOMPARE(serverImage(id).rating100, std::optional<int>((key - Qt::Key_0) * 20));

    // Off again: the viewer stays.
    advance->trigger();
    QVERIFY(!viewer->advanceAfterRating());
    QTest::keyClick(viewer, Qt::Key_1);
    QCOMPARE(viewer->currentRow(), row + 1);
}

void tst_Editing::failureShowsNotificationRollsBackAndRetries()
{
    ImageListModel *model = m_window->model();
    const int row = 12;
    selectRows({row});
    const QString id = model->idAt(row);
    const std::optional<int> before = serverImage(id).rating100;
    const int key = keyChanging(before, 2);
    const int expected = (key - Qt::Key_0) * 20;

    QSignalSpy failed(m_window->editor(), &ImageEditor::changeFailed);
    QVERIFY(m_server->control({{QStringLiteral("graphqlErrorNext"), 1}}));
    QTest::keyClick(m_window->grid(), Qt::Key(key));
    QCOMPARE(model->index(row).data(ImageListModel::Rating100Role).toInt(), expected); // optimistic
    QVERIFY(failed.wait(15000));
    const QString message = failed.first().at(1).value<Error>().message();
    QVERIFY(!message.isEmpty());

    NotificationBar *bar = m_window->notifications();
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(message), qPrintable(bar->text()));
    // The server's own words (fake-stash's GraphQL error) reach the person.
    QVERIFY2(bar->text().contains(QStringLiteral("injected failure")), qPrintable(bar->text()));
    // The cell shows the old rating again; nothing to undo.
    const QVariant shown = model->index(row).data(ImageListModel::Rating100Role);
    QCOMPARE(shown.isValid() ? std::optional<int>(shown.toInt()) : std::nullopt, before);
    QCOMPARE(serverImage(id).rating100, before);
    QVERIFY(!m_window->editor()->undoStack()->canUndo());

    QPushButton *retry = nullptr;
    const QList<QPushButton *> buttons = bar->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (plain(button->text()) == QStringLiteral("Retry"))
            retry = button;
    }
    QVERIFY(retry);
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(settle());
    QCOMPARE(serverImage(id).rating100, std::optional<int>(expected));
    QCOMPARE(model->index(row).data(ImageListModel::Rating100Role).toInt(), expected);
    QVERIFY(m_window->editor()->undoStack()->canUndo());
    QCOMPARE(failed.count(), 1);
}

void tst_Editing::deleteKeyConfirmsAndRemoves()
{
    ImageListModel *model = m_window->model();
    const QList<int> rows{3, 4};
    const QStringList ids{model->idAt(3), model->idAt(4)};
    QVERIFY(serverImage(ids[0]).id == ids[0]);
    selectRows(rows);

    QSignalSpy deleted(m_window->editor(), &ImageEditor::imagesDeleted);
    QString dialogClass;
    acceptNextModalDialog(&dialogClass);
    QTest::keyClick(m_window->grid(), Qt::Key_Delete);
    QCOMPARE(dialogClass, QStringLiteral("Tessera::DeleteImagesDialog"));
    QVERIFY(deleted.count() == 1 || deleted.wait(15000));
    QCOMPARE(deleted.first().first().toStringList(), ids);

    QTRY_COMPARE(model->rowCount(), 198);
    for (const QString &id : ids) {
        QCOMPARE(model->rowOfId(id), -1);
        QVERIFY(!m_window->editor()->store()->contains(id));
        const Result<std::optional<Image>> found = awaitFuture(m_probe->findImage(id));
        QVERIFY(found.ok());
        QVERIFY2(!found.value().has_value(), "the server still has the image");
    }
    const QJsonArray destroyed = m_server->stats().value(QStringLiteral("destroyed")).toArray();
    QCOMPARE(destroyed.size(), 1);
    QCOMPARE(destroyed.first().toObject().value(QStringLiteral("delete_file")).toBool(), false);
}

QTEST_MAIN(tst_Editing)
#include "tst_editing.moc"
