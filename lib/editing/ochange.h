// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

namespace Tessera {

/// One change of an image's O-counter: widgets ask for it, ImageEditor sends it.
enum class OChange { Increment, Decrement, Reset };

} // namespace Tessera
