// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "awaitfuture.h"
#include "fakestash.h"
#include "sessionfixture.h"
#include "session.h"
#include "stashclient.h"
#include "widgets/tagcreator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Tessera;
using namespace Stash;

/// TagCreator's one rule, for the edit dialog and the bulk panel alike: a
/// typed name is an existing tag when it is its name or one of its aliases (any
/// case, spaces simplified); otherwise the owner is asked before anything is
/// created.
class tst_TagCreator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matches_data();
    void matches();
    void findsByNameOrAliasAgainstServer_data();
    void findsByNameOrAliasAgainstServer();
    void unknownNameAsksThenCreates();
    void refusedCreationIsReported();

private:
    SessionFixture m_fixture;
};

namespace {

Tag tag(const QString &id, const QString &name, const QStringList &aliases = {})
{
    Tag t;
    t.id = id;
    t.name = name;
    t.aliases = aliases;
    return t;
}

} // namespace

void tst_TagCreator::initTestCase()
{
    QVERIFY2(m_fixture.start({QStringLiteral("--images"), QStringLiteral("20")}),
             qPrintable(m_fixture.errorText()));
    // A tag known by another name too, as Stash users keep them.
    const QJsonObject answer = m_fixture.server()->graphql(
        QStringLiteral("mutation { tagCreate(input: {name: \"Seaside\", aliases: "
                       "[\"Shoreline 77\", \"Coast line 77\"]}) { id } }"));
    QVERIFY2(answer.value(QStringLiteral("data")).toObject().contains(QStringLiteral("tagCreate")),
             QJsonDocument(answer).toJson().constData());
}

void tst_TagCreator::matches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedId"); // empty: no match

    QTest::newRow("exact name") << "Beach"
                                << "1";
    QTest::newRow("name in other case") << "bEACH"
                                        << "1";
    QTest::newRow("name with extra spaces") << "  Red   car "
                                            << "3";
    QTest::newRow("alias") << "Shore"
                           << "2";
    QTest::newRow("alias in other case") << "SHORE"
                                         << "2";
    QTest::newRow("name wins over an alias of another tag") << "Sand"
                                                            << "4";
    QTest::newRow("part of a name is not a match") << "Bea"
                                                   << "";
    QTest::newRow("part of an alias is not a match") << "Sho"
                                                     << "";
    QTest::newRow("unknown") << "Mountain"
                             << "";
}

void tst_TagCreator::matches()
{
    QFETCH(QString, typed);
    QFETCH(QString, expectedId);
    const QList<Tag> candidates = {
        tag(QStringLiteral("1"), QStringLiteral("Beach")),
        tag(QStringLiteral("2"), QStringLiteral("Coast"),
            {QStringLiteral("Shore"), QStringLiteral("Sand")}),
        tag(QStringLiteral("3"), QStringLiteral("Red car")),
        tag(QStringLiteral("4"), QStringLiteral("Sand")),
    };
    const std::optional<Tag> found = TagCreator::match(candidates, typed);
    QCOMPARE(found ? found->id : QString(), expectedId);
}

void tst_TagCreator::findsByNameOrAliasAgainstServer_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("name") << "Seaside";
    QTest::newRow("alias") << "shoreline 77";
    QTest::newRow("alias of two words") << "Coast  Line 77";
}

void tst_TagCreator::findsByNameOrAliasAgainstServer()
{
    QFETCH(QString, typed);
    TagCreator creator(m_fixture.session()->client());
    QSignalSpy found(&creator, &TagCreator::found);
    QSignalSpy needed(&creator, &TagCreator::creationNeeded);
    creator.findOrCreate(typed);
    QVERIFY(creator.isBusy());
    QVERIFY(found.wait(15000));
    QCOMPARE(found.first().first().value<Tag>().name, QStringLiteral("Seaside"));
    QCOMPARE(needed.count(), 0);
    QVERIFY(!creator.isBusy());
}

void tst_TagCreator::unknownNameAsksThenCreates()
{
    TagCreator creator(m_fixture.session()->client());
    QSignalSpy needed(&creator, &TagCreator::creationNeeded);
    QSignalSpy created(&creator, &TagCreator::created);
    creator.findOrCreate(QStringLiteral("  Lighthouse   at night "));
    QVERIFY(needed.wait(15000));
    QCOMPARE(needed.first().first().toString(), QStringLiteral("Lighthouse at night"));
    QCOMPARE(created.count(), 0); // nothing is created before the owner says so
    LookupQuery query;
    query.q = QStringLiteral("Lighthouse at night");
    QCOMPARE(awaitFuture(m_fixture.session()->client()->findTags(query)).value().count, 0);

    creator.create(needed.first().first().toString());
    QVERIFY(created.wait(15000));
    QCOMPARE(created.first().first().value<Tag>().name, QStringLiteral("Lighthouse at night"));
    QCOMPARE(awaitFuture(m_fixture.session()->client()->findTags(query)).value().count, 1);
}

void tst_TagCreator::refusedCreationIsReported()
{
    TagCreator creator(m_fixture.session()->client());
    QSignalSpy failed(&creator, &TagCreator::failed);
    QSignalSpy created(&creator, &TagCreator::created);
    // The server refuses a second tag of a name that is already an alias.
    creator.create(QStringLiteral("Shoreline 77"));
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Shoreline 77"));
    QVERIFY(failed.first().at(1).toString().startsWith(
        QStringLiteral("Could not create the tag “Shoreline 77”: ")));
    QCOMPARE(created.count(), 0);
    QVERIFY(!creator.isBusy());
}

QTEST_MAIN(tst_TagCreator)
#include "tst_tagcreator.moc"
