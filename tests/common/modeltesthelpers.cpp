// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "modeltesthelpers.h"

namespace ModelTestHelpers {

int rootFieldRequests(FakeStash &server, const QString &field)
{
    return server.stats().value(QStringLiteral("rootFields")).toObject().value(field).toInt();
}

int thumbnailRequests(FakeStash &server)
{
    return server.stats().value(QStringLiteral("thumbnailRequests")).toInt();
}

} // namespace ModelTestHelpers
