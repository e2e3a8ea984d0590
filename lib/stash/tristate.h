// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <optional>
#include <utility>

namespace Stash {

/// One field of an update input: left alone (Unset, omitted from the JSON),
/// cleared (Null, sent as JSON null) or set to a value. Stash tells these
/// apart by the presence of the key, so a plain std::optional is not enough.
template<typename T>
class Tristate
{
public:
    enum class State { Unset, Null, Value };

    Tristate() = default;
    Tristate(T value)
        : m_state(State::Value)
        , m_value(std::move(value))
    {}

    static Tristate null()
    {
        Tristate t;
        t.m_state = State::Null;
        return t;
    }

    State state() const { return m_state; }
    bool isUnset() const { return m_state == State::Unset; }
    bool isNull() const { return m_state == State::Null; }
    bool hasValue() const { return m_state == State::Value; }
    bool isSet() const { return m_state != State::Unset; }
    const T &value() const { return *m_value; }

    void unset()
    {
        m_state = State::Unset;
        m_value.reset();
    }
    void setNull()
    {
        m_state = State::Null;
        m_value.reset();
    }

    friend bool operator==(const Tristate &a, const Tristate &b)
    {
        return a.m_state == b.m_state && a.m_value == b.m_value;
    }

private:
    State m_state = State::Unset;
    std::optional<T> m_value;
};

} // namespace Stash
