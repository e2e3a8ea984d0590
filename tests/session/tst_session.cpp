// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulkedit.h"
#include "bulkeditrunner.h"
#include "changesender.h"
#include "fakestash.h"
#include "fullimageloader.h"
#include "imageeditor.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "modeltesthelpers.h"
#include "outbox.h"
#include "selection.h"
#include "selectionidcollector.h"
#include "session.h"
#include "sessionfixture.h"
#include "stashclient.h"
#include "thumbnailcache.h"

#include <QItemSelectionModel>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Tessera;
using namespace Stash;

/// One server's parts in one place, against tests/fake-stash: what the
/// session owns, what reset() forgets, and that bulk changes are read back.
class tst_Session : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ownsAndWiresItsParts();
    void resetForgetsTheServer();
    void bulkChangeRereadsTheRows();
    void oneOutboxFilePerServerAddress();
    void changesLeftByAnEarlierRunAreSentAndCounted();

private:
    SessionFixture m_fixture;
    Session *m_session = nullptr;
};

void tst_Session::initTestCase()
{
    QVERIFY2(m_fixture.start({QStringLiteral("--images"), QStringLiteral("120")}),
             qPrintable(m_fixture.errorText()));
}

void tst_Session::init()
{
    m_session = m_fixture.newSession();
    QVERIFY2(m_session, qPrintable(m_fixture.errorText()));
    m_session->images()->setQuery(ImageQuery());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->images()->isCountKnown(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->images()->isRowLoaded(0), 15000);
}

void tst_Session::cleanup()
{
    m_session = nullptr;
    m_fixture.endSession();
}

void tst_Session::ownsAndWiresItsParts()
{
    const QList<QObject *> parts = {
        m_session->client(),     m_session->store(),  m_session->images(), m_session->thumbnails(),
        m_session->fullImages(), m_session->editor(), m_session->bulk(),   m_session->selection()};
    for (QObject *part : parts) {
        QVERIFY(part);
        QCOMPARE(part->parent(), m_session);
    }
    QVERIFY(m_session->client()->serverInfo().has_value());
    QCOMPARE(m_session->images()->rowCount(), 120);
    // The selection is over the session's own list.
    QCOMPARE(m_session->selection()->rows()->model(), m_session->images());
    QCOMPARE(m_session->editor()->undoStack()->undoLimit(), Session::UndoLimit);
}

void tst_Session::resetForgetsTheServer()
{
    const QString id = m_session->images()->idAt(0);
    m_session->selection()->rows()->select(m_session->images()->index(0),
                                           QItemSelectionModel::ClearAndSelect);
    m_session->editor()->setRating({id}, 60, QStringLiteral("Rate"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->editor()->isBusy(), 15000);
    QCOMPARE(m_session->editor()->undoStack()->count(), 1);
    QVERIFY(m_session->store()->size() > 0);
    QVERIFY(m_session->images()->isRowLoaded(0));

    m_session->reset();
    QCOMPARE(m_session->store()->size(), 0);
    QCOMPARE(m_session->images()->rowOfId(id), -1);
    QVERIFY(!m_session->images()->isRowLoaded(0));
    QCOMPARE(m_session->selection()->count(), 0);
    QCOMPARE(m_session->editor()->undoStack()->count(), 0);
}

void tst_Session::bulkChangeRereadsTheRows()
{
    QStringList ids;
    for (int row = 0; row < 5; ++row)
        ids.append(m_session->images()->idAt(row));
    BulkEdit edit;
    edit.text = QStringLiteral("Set title of 5 images");
    edit.change.title = QStringLiteral("From the bulk runner");

    BulkEditRunner *runner = m_session->bulk();
    QSignalSpy prepared(runner, &BulkEditRunner::prepared);
    QSignalSpy finished(runner, &BulkEditRunner::finished);
    runner->prepare(ids, edit);
    QTRY_VERIFY_WITH_TIMEOUT(!prepared.isEmpty(), 15000);
    FakeStash &server = *m_fixture.server();
    const int readsBefore =
        ModelTestHelpers::rootFieldRequests(server, QStringLiteral("findImages"));
    runner->apply();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
    // The session asks the list to read the changed rows again (bulk updates return ids only).
    QTRY_VERIFY_WITH_TIMEOUT(
        ModelTestHelpers::rootFieldRequests(server, QStringLiteral("findImages")) > readsBefore,
        15000);
    for (const QString &id : ids)
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store()->image(id).value_or(Image()).title,
                                  QStringLiteral("From the bulk runner"), 15000);
}

void tst_Session::oneOutboxFilePerServerAddress()
{
    const QString folder = QStringLiteral("/tmp/outboxes");
    const QString path = Session::outboxPath(QUrl(QStringLiteral("http://127.0.0.1:9999")), folder);
    QVERIFY(path.startsWith(folder + QLatin1Char('/')));
    QVERIFY(path.endsWith(QStringLiteral(".sqlite")));
    // The same server however its address is written; another port is another server.
    QCOMPARE(Session::outboxPath(QUrl(QStringLiteral("http://127.0.0.1:9999/")), folder), path);
    QCOMPARE(Session::outboxPath(QUrl(QStringLiteral("http://someone@127.0.0.1:9999")), folder),
             path);
    QVERIFY(Session::outboxPath(QUrl(QStringLiteral("http://127.0.0.1:9998")), folder) != path);
    QVERIFY(Session::outboxPath(QUrl(QStringLiteral("https://127.0.0.1:9999")), folder) != path);
}

void tst_Session::changesLeftByAnEarlierRunAreSentAndCounted()
{
    // A rating made while the server fails every request, then the session
    // goes (as when Tessera quits or dies): the next session for the same
    // server sends it, says so, and shows what the server then holds.
    QTemporaryDir outboxes;
    QVERIFY(outboxes.isValid());
    const QUrl url = m_session->client()->endpoint().baseUrl();
    QVERIFY(m_session->openOutboxFor(url, outboxes.path()));
    m_session->editor()->sender()->outbox()->setDelayScale(0.05);
    QStringList ids;
    for (int row = 0; row < 3; ++row) {
        ids.append(m_session->images()->idAt(row));
        QVERIFY(m_session->store()->image(ids.last()).value_or(Image()).rating100 != 80);
    }
    QVERIFY(m_fixture.server()->control({{QStringLiteral("failRate"), 1}}));
    QSignalSpy retrying(m_session->editor()->sender()->outbox(), &Outbox::retrying);
    m_session->editor()->setRating(ids, 80, QStringLiteral("Rate 3 images"));
    QVERIFY(m_session->store()->isPending(ids.first()));
    QTRY_VERIFY_WITH_TIMEOUT(retrying.count() >= 2, 15000);
    QCOMPARE(m_session->editor()->sender()->pendingCount(), 1);

    m_session = m_fixture.newSession(); // the server answers again (and never got the rating)
    QVERIFY2(m_session, qPrintable(m_fixture.errorText()));
    m_session->images()->setQuery(ImageQuery());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->images()->isRowLoaded(0), 15000);

    QSignalSpy settled(m_session->editor()->sender(), &ChangeSender::earlierChangesSettled);
    QVERIFY(m_session->openOutboxFor(url, outboxes.path()));
    QVERIFY(m_session->store()->isPending(ids.first()));
    QVERIFY(settled.wait(15000));
    QCOMPARE(settled.first().at(0).toInt(), 1); // saved
    QCOMPARE(settled.first().at(1).toInt(), 0); // refused
    for (const QString &id : ids) {
        QVERIFY(!m_session->store()->isPending(id));
        QTRY_COMPARE_WITH_TIMEOUT(m_session->store()->image(id).value_or(Image()).rating100,
                                  std::optional<int>(80), 15000);
    }
    QCOMPARE(m_session->editor()->sender()->pendingCount(), 0);
}

QTEST_MAIN(tst_Session)
#include "tst_session.moc"
