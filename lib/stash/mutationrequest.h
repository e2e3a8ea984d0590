// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QJsonObject>
#include <QString>

namespace Stash {

/// One mutation as it goes over the wire: what the outbox keeps on disk and sends
/// (StashClient::send) until the server confirmed it.
struct MutationRequest
{
    QString operation; ///< the GraphQL operation name ("UpdateImage")
    QJsonObject variables;
};

/// Which O-counter step (increment, decrement, reset).
enum class OStep { Increment, Decrement, Reset };

} // namespace Stash
