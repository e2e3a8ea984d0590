// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Tessera {

/// One change on its way to the server, as the outbox keeps it on disk: the
/// exact request (operation name and variables, sent again as they are), the
/// images it touches (changes to the same image never overtake each other),
/// and what the screen and the undo need to show or roll it back.
struct OutboxEntry
{
    /// What kind of change: decides how an unknown outcome is checked (an O step
    /// is read back before it is sent again; absolute updates are resent as they are).
    enum class Kind { Update, BulkUpdate, OStep, Destroy };

    qint64 sequence = 0; ///< the order of writing; 0 until written
    Kind kind = Kind::Update;
    QString operation;     ///< the GraphQL operation name ("ImageUpdate")
    QJsonObject variables; ///< exactly what is sent
    QStringList imageIds;
    QJsonObject restore; ///< what the screen and the undo need (before-values, texts)
    QDateTime created;
    int attempts = 0; ///< sends begun
    /// A send began and no answer said how it ended: the server may have done it.
    bool outcomeUnknown = false;
    /// Why the server refused it, in its own words; empty while it is still to be sent.
    QString refusal;

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

} // namespace Tessera
