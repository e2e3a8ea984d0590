// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "stasherror.h"

#include <utility>
#include <variant>

namespace Stash {

/// Either the value of a finished operation or the Error that stopped it.
/// Every asynchronous call of the library yields a QFuture<Result<T>>.
template<typename T>
class Result
{
public:
    Result()
        : m_data(Error())
    {}
    Result(T value)
        : m_data(std::in_place_index<1>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<0>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 1; }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<1>(m_data); }
    T &value() { return std::get<1>(m_data); }
    T takeValue() { return std::move(std::get<1>(m_data)); }

    /// The error; only meaningful when !ok().
    const Error &error() const { return std::get<0>(m_data); }

private:
    std::variant<Error, T> m_data;
};

/// The value of operations that only succeed or fail.
struct Done
{};

} // namespace Stash
