// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "mainwindow.h"
#include "shortcutswindow.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Tessera;

using namespace UiTest;

namespace {

QString actionText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

} // namespace

/// The shortcuts window lists every shortcut of the main window's actions,
/// opens on F1, and filters.
class tst_ShortcutsWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listsEveryActionShortcut();
    void hasFixedSections();
    void filters();
    void f1Opens();

private:
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ShortcutsWindow::initTestCase()
{
    isolate(QStringLiteral("tst_shortcutswindow"));
}

void tst_ShortcutsWindow::init()
{
    clearSettings();
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    m_window = openWindow(m_cache->path());
    QVERIFY2(m_window, "the main window was not exposed and active");
}

void tst_ShortcutsWindow::cleanup()
{
    m_window.reset();
    m_cache.reset();
}

void tst_ShortcutsWindow::listsEveryActionShortcut()
{
    ShortcutsWindow *window = m_window->shortcutsWindow();
    window->rebuild();
    const QStringList rows = window->visibleRows();
    int checked = 0;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString keys = key.toString(QKeySequence::NativeText);
            const bool listed = std::any_of(rows.cbegin(), rows.cend(), [&](const QString &row) {
                const QString what = row.section(QLatin1Char('\t'), 0, 0);
                const QStringList shown =
                    row.section(QLatin1Char('\t'), 1).split(QStringLiteral(", "));
                return what == actionText(action) && shown.contains(keys);
            });
            QVERIFY2(listed,
                     qPrintable(QStringLiteral("\"%1\" (%2) is missing from the shortcuts window")
                                    .arg(actionText(action), keys)));
            ++checked;
        }
    }
    QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
}

void tst_ShortcutsWindow::hasFixedSections()
{
    const QStringList rows = m_window->shortcutsWindow()->visibleRows();
    const QString all = rows.join(QLatin1Char('\n'));
    for (const char *keys : {"Shift+click", "Ctrl+click", "Page Up", "F11", "Shift+Enter", "Alt+1"})
        QVERIFY2(all.contains(QLatin1String(keys)), keys);
}

void tst_ShortcutsWindow::filters()
{
    ShortcutsWindow *window = m_window->shortcutsWindow();
    const int all = window->visibleRows().size();
    window->filterEdit()->setText(QStringLiteral("slideshow"));
    const QStringList rows = window->visibleRows();
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().startsWith(QStringLiteral("Slideshow\t")));
    window->filterEdit()->setText(QStringLiteral("ctrl+b"));
    QVERIFY(!window->visibleRows().isEmpty());
    QVERIFY(window->visibleRows().first().contains(QStringLiteral("Bulk edit panel")));
    window->filterEdit()->clear();
    QCOMPARE(window->visibleRows().size(), all);
}

void tst_ShortcutsWindow::f1Opens()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    QTRY_VERIFY(m_window->shortcutsWindow()->isVisible());
    QTest::keyClick(m_window->shortcutsWindow(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->shortcutsWindow()->isVisible());
}

QTEST_MAIN(tst_ShortcutsWindow)
#include "tst_shortcutswindow.moc"
