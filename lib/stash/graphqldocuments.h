// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Stash {

/// The GraphQL documents compiled in from lib/stash/graphql: one operation per
/// file, fragments in graphql/fragments. A fragment may have a variant in
/// graphql/fragments/modern for servers with the v0.29+ file fields; which one
/// is used follows capability detection, so every document sent is valid on
/// the server it goes to.
class GraphQLDocuments
{
public:
    void setUseModernFragments(bool modern);
    bool usesModernFragments() const { return m_modern; }

    /// The operation's text followed by every fragment it needs (transitively).
    /// Asserts in debug builds when the operation does not exist.
    QString operation(const QString &name) const;

    /// Every operation name, for tests and tools.
    static QStringList operationNames();
    /// The fragment names an operation text spreads (`...Name`), without inline fragments.
    static QStringList spreadFragments(const QString &text);

private:
    QString fragment(const QString &name) const;

    bool m_modern = false;
    mutable QHash<QString, QString> m_cache;
};

} // namespace Stash
