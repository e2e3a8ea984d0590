// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "tristate.h"

#include <QStringList>
#include <QTest>

using Stash::Tristate;

class TestTristate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsUnset();
    void nullIsNotUnset();
    void valueIsKept();
    void equalityComparesStateAndValue();
    void unsetAndSetNullDropTheValue();
};

void TestTristate::defaultIsUnset()
{
    const Tristate<int> t;
    QCOMPARE(t.state(), Tristate<int>::State::Unset);
    QVERIFY(t.isUnset());
    QVERIFY(!t.isNull());
    QVERIFY(!t.hasValue());
    QVERIFY(!t.isSet());
}

void TestTristate::nullIsNotUnset()
{
    const auto t = Tristate<QString>::null();
    QCOMPARE(t.state(), Tristate<QString>::State::Null);
    QVERIFY(t.isNull());
    QVERIFY(t.isSet());
    QVERIFY(!t.isUnset());
    QVERIFY(!t.hasValue());
}

void TestTristate::valueIsKept()
{
    const Tristate<QStringList> t = QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QVERIFY(t.hasValue());
    QVERIFY(t.isSet());
    QCOMPARE(t.value(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

    // An empty value is still a value (it clears a list on the server), not null.
    const Tristate<QStringList> empty = QStringList{};
    QVERIFY(empty.hasValue());
    QVERIFY(!empty.isNull());
}

void TestTristate::equalityComparesStateAndValue()
{
    QVERIFY(Tristate<int>() == Tristate<int>());
    QVERIFY(Tristate<int>::null() == Tristate<int>::null());
    QVERIFY(Tristate<int>(5) == Tristate<int>(5));
    QVERIFY(!(Tristate<int>(5) == Tristate<int>(6)));
    QVERIFY(!(Tristate<int>() == Tristate<int>::null()));
    QVERIFY(!(Tristate<int>(0) == Tristate<int>::null()));
    QVERIFY(!(Tristate<QString>(QString()) == Tristate<QString>()));
}

void TestTristate::unsetAndSetNullDropTheValue()
{
    Tristate<int> t = 7;
    t.setNull();
    QVERIFY(t.isNull());
    QVERIFY(t == Tristate<int>::null());
    t = 3;
    t.unset();
    QVERIFY(t.isUnset());
    QVERIFY(t == Tristate<int>());
}

QTEST_GUILESS_MAIN(TestTristate)
#include "tst_tristate.moc"
