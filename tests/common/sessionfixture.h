// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QStringList>

#include <memory>

class FakeStash;

namespace Tessera {
class Session;
}

/// tests/fake-stash and a Session connected to it (thumbnails cached in a
/// temporary folder), for tests of what takes a Session:
///
///     QVERIFY2(m_fixture.start({"--images", "300"}), qPrintable(m_fixture.errorText()));
///     Tessera::Session *session = m_fixture.newSession(); // in init(): a fresh one per test
class SessionFixture
{
public:
    SessionFixture();
    ~SessionFixture();
    SessionFixture(const SessionFixture &) = delete;
    SessionFixture &operator=(const SessionFixture &) = delete;

    /// Starts the server with its own flags and connects a first session; false with errorText().
    bool start(const QStringList &serverArguments = {});
    /// The server's data as at its start again, and a new session connected to it (the old one
    /// is deleted); null with errorText() on failure.
    Tessera::Session *newSession();
    /// Deletes the session (before the widgets that use it are gone, call it in cleanup()).
    void endSession();

    FakeStash *server() const { return m_server.get(); }
    Tessera::Session *session() const { return m_session.get(); }
    QString errorText() const { return m_error; }

private:
    bool connectSession();

    std::unique_ptr<FakeStash> m_server;
    std::unique_ptr<Tessera::Session> m_session;
    QTemporaryDir m_thumbnails; ///< never the user's cache
    QString m_error;
};
