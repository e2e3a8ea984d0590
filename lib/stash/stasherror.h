// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QMetaType>
#include <QString>

namespace Stash {

/// The one error type of the client library: what went wrong (kind), words a
/// person can act on (message) and the raw text behind it (detail: the
/// server's own message, the HTTP body, the Qt network error string).
class Error
{
public:
    enum class Kind {
        Transport,    ///< no answer: connection refused, DNS, TLS, dropped connection
        Timeout,      ///< the server did not answer within the request's time limit
        Http,         ///< an HTTP status other than success (httpStatus() tells which)
        Unauthorized, ///< missing or wrong API key, or a redirect to the login page
        GraphQL,      ///< the server answered with GraphQL errors
        Decode,       ///< the body was not the JSON we expected
        Unsupported,  ///< the connected server does not offer this operation
        InvalidInput, ///< refused before anything was sent
        Canceled,     ///< the caller canceled the request
        Certificate, ///< the server's TLS certificate is not trusted (detail: errors and PEM chain)
    };

    Error() = default;
    Error(Kind kind, QString message, QString detail = {}, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    int httpStatus() const { return m_httpStatus; }

    /// A stable lower-case name for the kind ("transport", "graphql", ...), for logs and the CLI.
    QString kindName() const;
    static QString kindName(Kind kind);

    static Error invalidInput(const QString &message);
    static Error decode(const QString &message, const QString &detail = {});
    static Error unsupported(const QString &message);

private:
    Kind m_kind = Kind::Canceled;
    QString m_message;
    QString m_detail;
    int m_httpStatus = 0;
};

} // namespace Stash

Q_DECLARE_METATYPE(Stash::Error)
