// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "stasherror.h"

#include <utility>

namespace Stash {

Error::Error(Kind kind, QString message, QString detail, int httpStatus)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_httpStatus(httpStatus)
{}

QString Error::kindName() const
{
    return kindName(m_kind);
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Transport:
        return QStringLiteral("transport");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Http:
        return QStringLiteral("http");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::GraphQL:
        return QStringLiteral("graphql");
    case Kind::Decode:
        return QStringLiteral("decode");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::InvalidInput:
        return QStringLiteral("invalid-input");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    case Kind::Certificate:
        return QStringLiteral("certificate");
    }
    return QStringLiteral("unknown");
}

Error Error::invalidInput(const QString &message)
{
    return Error(Kind::InvalidInput, message);
}

Error Error::decode(const QString &message, const QString &detail)
{
    return Error(Kind::Decode, message, detail);
}

Error Error::unsupported(const QString &message)
{
    return Error(Kind::Unsupported, message);
}

} // namespace Stash
