// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "modeltesthelpers.h"

#include "awaitfuture.h"

namespace ModelTestHelpers {

QString startServerAndClient(std::unique_ptr<FakeStash> &server,
                             std::unique_ptr<Stash::StashClient> &client, int images)
{
    server = std::make_unique<FakeStash>(
        QStringList{QStringLiteral("--images"), QString::number(images)});
    if (!server->start())
        return QStringLiteral("fake-stash did not start: ") + server->errorText();
    client = std::make_unique<Stash::StashClient>();
    client->setEndpoint(Stash::ServerEndpoint(server->url()));
    const Stash::Result<Stash::ServerInfo> info = awaitFuture(client->connectToServer());
    return info.ok() ? QString() : info.error().message();
}

int rootFieldRequests(FakeStash &server, const QString &field)
{
    return server.rootFieldCount(field);
}

int thumbnailRequests(FakeStash &server)
{
    return server.stats().value(QStringLiteral("thumbnailRequests")).toInt();
}

} // namespace ModelTestHelpers
