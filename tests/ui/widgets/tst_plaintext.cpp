// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/valueshareslist.h"
#include "notificationbar.h"
#include "widgets/plaintext.h"

#include <QLabel>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidget>

using namespace Tessera;

/// Text from the server is shown as it is, never as markup: an error message
/// cannot draw a fake warning or a link, a tag name cannot load a local image.
class tst_PlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolTipShowsMarkupLiterally_data();
    void toolTipShowsMarkupLiterally();
    void notificationShowsServerTextLiterally();
    void shareToolTipShowsTagNameLiterally();
};

namespace {

/// What a person reads in a tooltip (Qt renders it as rich text when it looks like HTML).
QString shown(const QString &toolTip)
{
    return Qt::mightBeRichText(toolTip) ? QTextDocumentFragment::fromHtml(toolTip).toPlainText()
                                        : toolTip;
}

} // namespace

void tst_PlainText::toolTipShowsMarkupLiterally_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("image from a local file") << "<img src=\"file:///etc/hostname\">";
    QTest::newRow("fake warning") << "<b><font color=red>Session expired</font></b> log in again";
    QTest::newRow("link") << "<a href=\"https://evil.example\">Open settings</a>";
    QTest::newRow("plain") << "Beach & sunset";
}

void tst_PlainText::toolTipShowsMarkupLiterally()
{
    QFETCH(QString, text);
    const QString tip = plainToolTip(text);
    QCOMPARE(shown(tip), text);
    QVERIFY(!tip.contains(QStringLiteral("<img")) && !tip.contains(QStringLiteral("<a ")));
}

void tst_PlainText::notificationShowsServerTextLiterally()
{
    NotificationBar bar;
    const QString message = QStringLiteral("<b><font color=red>Session expired</font></b>");
    bar.showError(message);
    const QList<QLabel *> labels = bar.findChildren<QLabel *>();
    const auto it = std::find_if(labels.cbegin(), labels.cend(),
                                 [&](QLabel *l) { return l->text() == message; });
    QVERIFY(it != labels.cend());
    QCOMPARE((*it)->textFormat(), Qt::PlainText);
}

void tst_PlainText::shareToolTipShowsTagNameLiterally()
{
    ValueSharesList list(QStringLiteral("Tags"), QStringLiteral("tag"), QStringLiteral("tags"));
    const QString name = QStringLiteral("<img src=\"file:///etc/hostname\">");
    list.setShares({ValueShare{Choice{QStringLiteral("7"), name}, 2}}, 5);
    QTreeWidgetItem *item = list.tree()->topLevelItem(0);
    QVERIFY(item);
    QVERIFY2(shown(item->toolTip(0)).startsWith(name), qPrintable(item->toolTip(0)));
    QVERIFY(!item->toolTip(0).contains(QStringLiteral("<img")));
}

QTEST_MAIN(tst_PlainText)
#include "tst_plaintext.moc"
