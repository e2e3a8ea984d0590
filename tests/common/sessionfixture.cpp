// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "sessionfixture.h"

#include "awaitfuture.h"
#include "fakestash.h"
#include "session.h"
#include "stashclient.h"
#include "thumbnailcache.h"

using namespace Tessera;

SessionFixture::SessionFixture() = default;

SessionFixture::~SessionFixture() = default;

bool SessionFixture::start(const QStringList &serverArguments)
{
    m_server = std::make_unique<FakeStash>(serverArguments);
    if (!m_server->start()) {
        m_error = m_server->errorText();
        return false;
    }
    return connectSession();
}

Session *SessionFixture::newSession()
{
    if (!m_server) {
        m_error = QStringLiteral("start() the server first");
        return nullptr;
    }
    if (!m_server->reset()) {
        m_error = QStringLiteral("the server did not reset");
        return nullptr;
    }
    return connectSession() ? m_session.get() : nullptr;
}

void SessionFixture::endSession()
{
    m_session.reset();
}

bool SessionFixture::connectSession()
{
    m_session = std::make_unique<Session>();
    m_session->thumbnails()->setDiskCacheDirectory(m_thumbnails.path());
    m_session->client()->setEndpoint(Stash::ServerEndpoint(m_server->url()));
    const Stash::Result<Stash::ServerInfo> info =
        awaitFuture(m_session->client()->connectToServer());
    if (!info) {
        m_error = info.error().message();
        m_session.reset();
        return false;
    }
    return true;
}
