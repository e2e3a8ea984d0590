// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QByteArray>

/// Everything Tessera reads from a server's GraphQL answer, run on any bytes:
/// the reply interpreter, then every decoder on every object and array in
/// the data. Shared by the libFuzzer target and the corpus replay test.
namespace ReplyProbe {

struct Outcome
{
    bool interpreted = false; ///< the reply interpreter gave data (else an Error)
    /// The root fields Tessera asks for (findImage, findImages, findTags),
    /// read as the client reads them: how many were read, how many refused.
    int rootFieldsRead = 0;
    int rootFieldsRefused = 0;
    /// Every decoder on every object and array, as if it were what that
    /// decoder expects: only that none crashes or misbehaves matters.
    int decodersRun = 0;
};

Outcome run(const QByteArray &body);

} // namespace ReplyProbe
