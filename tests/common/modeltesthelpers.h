// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "fakestash.h"
#include "stashclient.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

/// Starts a FakeStash with `arguments` and points a new client at it; skips
/// the test (QSKIP) when the server cannot start.
#define TESSERA_START_FAKE_STASH(server, client, ...)                                              \
    FakeStash server(QStringList{__VA_ARGS__});                                                    \
    if (!server.start())                                                                           \
        QSKIP(qPrintable(QStringLiteral("fake-stash did not start: ") + server.errorText()));      \
    Stash::StashClient client;                                                                     \
    client.setEndpoint(Stash::ServerEndpoint(server.url()));                                       \
    {                                                                                              \
        auto connected = client.connectToServer();                                                 \
        QTRY_VERIFY_WITH_TIMEOUT(connected.isFinished(), 10000);                                   \
        if (!connected.result().ok())                                                              \
            QFAIL(qPrintable(connected.result().error().message()));                               \
    }

namespace ModelTestHelpers {

/// Starts `server` with `--images images` and points a new `client` at it,
/// connected; the reason when that failed, else an empty string.
QString startServerAndClient(std::unique_ptr<FakeStash> &server,
                             std::unique_ptr<Stash::StashClient> &client, int images);

/// How many requests the server saw for a GraphQL root field (findImages, ...).
int rootFieldRequests(FakeStash &server, const QString &field);
/// How many thumbnail GETs the server saw.
int thumbnailRequests(FakeStash &server);

} // namespace ModelTestHelpers
