// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "serverinfo.h"
#include "result.h"

#include <QString>

namespace Tessera {

/// The result of "Test connection", as the connection and profiles dialogs show it: the
/// error, or the server's version and schema (and a warning when its setup is unfinished).
QString describeConnection(const Stash::Result<Stash::ServerInfo> &info);

} // namespace Tessera
