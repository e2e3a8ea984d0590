// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "stasherror.h"

#include <chrono>
#include <optional>

namespace Tessera {

/// What the outbox does after a send failed, and how long it waits before
/// the next try. Transient trouble (no connection, a timeout, HTTP 5xx, 408,
/// 429, a body that broke off or is not JSON) is retried by itself, for as long
/// as the program runs; a refusal by the server (a GraphQL error, invalid
/// input, an operation the server does not have, any other 4xx) is shown and
/// never retried; Unauthorized pauses everything until the person signed in
/// again. Waits grow exponentially from about half a second to a one-minute
/// cap, with jitter so that many clients do not retry in step.
class RetryPolicy final
{
public:
    enum class Verdict {
        Retry,   ///< transient: try again after delay()
        Refused, ///< the server said no: roll back on screen and list it
        Pause,   ///< Unauthorized: stop sending until signed in again
        Drop,    ///< canceled by us: nothing to do
    };

    static constexpr std::chrono::milliseconds FirstDelay{500};
    static constexpr std::chrono::milliseconds MaxDelay{60'000};

    static Verdict verdictFor(const Stash::Error &error);
    /// Whether the server may have done the work although no valid answer came:
    /// the request went out and the answer was lost, broke off or timed out.
    static bool outcomeUnknown(const Stash::Error &error);

    /// The wait before try number `attempt` (1 for the first retry). `unit` in [0, 1)
    /// is the random part (one draw per wait); the result lies between half and all of
    /// min(FirstDelay · 2^(attempt−1), MaxDelay). A server's Retry-After, when given,
    /// is honoured up to the cap.
    static std::chrono::milliseconds
    delay(int attempt, double unit,
          std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
    /// delay() with a fresh random draw.
    static std::chrono::milliseconds
    delay(int attempt, std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
};

} // namespace Tessera
