// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Tessera {

using Stash::Error;

RetryPolicy::Verdict RetryPolicy::verdictFor(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::Transport:
    case Error::Kind::Timeout:
    case Error::Kind::Decode: // a body that broke off or is not JSON: the answer was lost
        return Verdict::Retry;
    case Error::Kind::Http: {
        const int status = error.httpStatus();
        if (status >= 500 || status == 408 || status == 429 || status == 0)
            return Verdict::Retry;
        return Verdict::Refused;
    }
    case Error::Kind::Unauthorized:
        return Verdict::Pause;
    case Error::Kind::Canceled:
        return Verdict::Drop;
    case Error::Kind::GraphQL:
    case Error::Kind::InvalidInput:
    case Error::Kind::Unsupported:
    case Error::Kind::Certificate: // the person must decide to trust it first
        return Verdict::Refused;
    }
    return Verdict::Refused;
}

bool RetryPolicy::outcomeUnknown(const Error &error)
{
    switch (error.kind()) {
    case Error::Kind::Transport: // may have dropped after the server did the work
    case Error::Kind::Timeout:
    case Error::Kind::Decode:
        return true;
    case Error::Kind::Http:
        // A gateway's 502/504 may come after the server did the work; the server's
        // own 500 may too (it failed somewhere after writing). 408 and 429 did nothing.
        return error.httpStatus() >= 500 || error.httpStatus() == 0;
    default:
        return false;
    }
}

std::chrono::milliseconds RetryPolicy::delay(int attempt, double unit,
                                             std::optional<std::chrono::milliseconds> retryAfter)
{
    const int step = std::clamp(attempt, 1, 32) - 1;
    const double ceiling =
        std::min(double(FirstDelay.count()) * std::pow(2.0, step), double(MaxDelay.count()));
    // "Equal jitter": never less than half the step, so a retry never comes at once.
    const double jittered = ceiling / 2.0 + ceiling / 2.0 * std::clamp(unit, 0.0, 1.0);
    std::chrono::milliseconds wait(qint64(std::llround(jittered)));
    if (retryAfter)
        wait = std::max(wait, std::min(*retryAfter, MaxDelay));
    return std::min(wait, MaxDelay);
}

std::chrono::milliseconds RetryPolicy::delay(int attempt,
                                             std::optional<std::chrono::milliseconds> retryAfter)
{
    return delay(attempt, QRandomGenerator::global()->generateDouble(), retryAfter);
}

} // namespace Tessera
