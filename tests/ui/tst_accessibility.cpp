// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/bulkeditpanel.h"
#include "edit/editimagedialog.h"
#include "fakestash.h"
#include "grid/filterbar.h"
#include "grid/imagegridview.h"
#include "imagelistmodel.h"
#include "viewer/imageviewer.h"
#include "mainwindow.h"
#include "notificationbar.h"
#include "uitesthelpers.h"

#include <QAbstractButton>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QScrollArea>
#include <QStyleFactory>
#include <QItemSelectionModel>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Tessera;

using namespace UiTest;

namespace {

/// Controls a person reaches or operates: focusable widgets, buttons, inputs.
bool isControl(const QWidget *w)
{
    return (w->focusPolicy() & Qt::TabFocus) || qobject_cast<const QAbstractButton *>(w) ||
           qobject_cast<const QLineEdit *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

/// What a screen reader announces: the accessible name, a button's text or a label buddy's text.
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : w->accessibleName();
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName()));
    return path.join(QStringLiteral(" > "));
}

/// Every visible control below the visible top-level windows that has no name.
QStringList unnamedControls()
{
    QStringList missing;
    const QWidgetList tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (!top->isVisible())
            continue;
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || w->isWindow() || !isControl(w))
                continue;
            // A scroll area's own scroll bars are announced by role, as part of the area.
            if (qobject_cast<QScrollBar *>(w) &&
                qobject_cast<QAbstractScrollArea *>(
                    w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
                continue;
            // An editable combo box's line edit speaks for its combo box.
            if (qobject_cast<QComboBox *>(w->parentWidget()) && qobject_cast<QLineEdit *>(w))
                continue;
            if (spokenName(w).isEmpty())
                missing.append(describe(w));
        }
    }
    return missing;
}

} // namespace

/// Every control of the main window, the viewer, the bulk-edit dock and the
/// edit dialog has a name a screen reader can announce; the keyboard path
/// runs filter bar → grid → bulk panel, and Esc leaves the filter bar.
class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void mainWindowControlsAreNamed();
    void viewerControlsAreNamed();
    void editDialogControlsAreNamed();
    void tabOrder();
    void escapeFromFilterBarReturnsToGrid();
    void darkPaletteKeepsContrast();

private:
    void activateMainWindow();

    std::unique_ptr<FakeStash> m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Accessibility::initTestCase()
{
    isolate(QStringLiteral("tst_accessibility"));
    m_server =
        std::make_unique<FakeStash>(QStringList{QStringLiteral("--images"), QStringLiteral("300")});
    QVERIFY2(m_server->start(), qPrintable(m_server->errorText()));
    clearSettings();
    m_cache = std::make_unique<QTemporaryDir>();
    m_window = openWindow(m_cache->path());
    QVERIFY2(m_window, "the main window was not exposed and active");
    QString why;
    QVERIFY2(connectAndLoad(*m_window, m_server->url(), &why), qPrintable(why));
    QTRY_VERIFY(m_window->model()->isRowLoaded(0));
    m_window->grid()->setCurrentIndex(m_window->model()->index(0));
    m_window->bulkDock()->show();
}

void tst_Accessibility::cleanupTestCase()
{
    m_window.reset();
    m_server.reset();
}

void tst_Accessibility::mainWindowControlsAreNamed()
{
    QTest::qWait(300); // the bulk panel reads the selection debounced
    const QStringList missing = unnamedControls();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void tst_Accessibility::viewerControlsAreNamed()
{
    m_window->openViewer();
    QTRY_VERIFY(m_window->viewer()->isVisible());
    const QStringList missing = unnamedControls();
    m_window->viewer()->close();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void tst_Accessibility::editDialogControlsAreNamed()
{
    m_window->editCurrent();
    EditImageDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EditImageDialog *>()) && dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLoading(), 15000);
    const QStringList missing = unnamedControls();
    dialog->close();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void tst_Accessibility::activateMainWindow()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_Accessibility::tabOrder()
{
    activateMainWindow();
    // Forward from the search field: the filter bar's own fields, then the
    // grid, then the bulk panel; never back into the filter bar in between.
    QLineEdit *search = m_window->filterBar()->searchEdit();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    bool reachedGrid = false;
    bool reachedPanel = false;
    for (int i = 0; i < 60 && !reachedPanel; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        if (focus == m_window->grid())
            reachedGrid = true;
        else if (m_window->bulkPanel()->isAncestorOf(focus))
            reachedPanel = true;
        else
            QVERIFY2(!reachedGrid || !m_window->filterBar()->isAncestorOf(focus),
                     "Tab went back into the filter bar after the grid");
    }
    QVERIFY2(reachedGrid, "Tab never reached the grid");
    QVERIFY2(reachedPanel, "Tab never reached the bulk panel after the grid");
}

void tst_Accessibility::escapeFromFilterBarReturnsToGrid()
{
    activateMainWindow();
    QLineEdit *search = m_window->filterBar()->searchEdit();
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(m_window->grid()->hasFocus());
}

void tst_Accessibility::darkPaletteKeepsContrast()
{
    // A dark Fusion palette, as a dark desktop theme gives; $TESSERA_DARK_PNG
    // keeps a picture of the window for a person to look at.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(55, 55, 60));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(55, 55, 60));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Mid, QColor(90, 90, 95));
    dark.setColor(QPalette::Midlight, QColor(70, 70, 75));
    dark.setColor(QPalette::PlaceholderText, QColor(150, 150, 150));
    QApplication::setPalette(dark);
    m_window->notifications()->showError(QStringLiteral("Could not load images: test"));
    m_window->grid()->selectionModel()->select(m_window->model()->index(1),
                                               QItemSelectionModel::ClearAndSelect);
    QTest::qWait(500);
    const QImage shot = m_window->grab().toImage();
    if (const QString file = qEnvironmentVariable("TESSERA_DARK_PNG"); !file.isEmpty())
        shot.save(file);
    const QPalette bar = m_window->notifications()->palette();
    const int contrast = std::abs(bar.color(QPalette::Window).lightness() -
                                  bar.color(QPalette::WindowText).lightness());
    QVERIFY2(contrast > 120, qPrintable(QString::number(contrast)));
    QVERIFY2(bar.color(QPalette::Window).lightness() < 128, "a light bar on a dark theme");
    m_window->notifications()->hide();
    QApplication::setPalette(QPalette());
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
