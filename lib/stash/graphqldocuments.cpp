// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "graphqldocuments.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace Stash {

namespace {
QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}
} // namespace

void GraphQLDocuments::setUseModernFragments(bool modern)
{
    if (modern != m_modern)
        m_cache.clear();
    m_modern = modern;
}

QStringList GraphQLDocuments::spreadFragments(const QString &text)
{
    static const QRegularExpression spread(QStringLiteral("\\.\\.\\.\\s*([_A-Za-z][_0-9A-Za-z]*)"));
    QStringList names;
    for (auto it = spread.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != QStringLiteral("on") && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString GraphQLDocuments::fragment(const QString &name) const
{
    if (m_modern) {
        const QString modern =
            readResource(QStringLiteral(":/graphql/fragments/modern/%1.graphql").arg(name));
        if (!modern.isEmpty())
            return modern;
    }
    return readResource(QStringLiteral(":/graphql/fragments/%1.graphql").arg(name));
}

QString GraphQLDocuments::operation(const QString &name) const
{
    const auto cached = m_cache.constFind(name);
    if (cached != m_cache.constEnd())
        return *cached;

    QString document = readResource(QStringLiteral(":/graphql/%1.graphql").arg(name));
    Q_ASSERT_X(!document.isEmpty(), "GraphQLDocuments", "unknown operation");
    QStringList pending = spreadFragments(document);
    QStringList included;
    while (!pending.isEmpty()) {
        const QString next = pending.takeFirst();
        if (included.contains(next))
            continue;
        included.append(next);
        const QString text = fragment(next);
        Q_ASSERT_X(!text.isEmpty(), "GraphQLDocuments", "unknown fragment");
        document += QLatin1Char('\n') + text;
        pending += spreadFragments(text);
    }
    m_cache.insert(name, document);
    return document;
}

QStringList GraphQLDocuments::operationNames()
{
    QStringList names;
    const QStringList files =
        QDir(QStringLiteral(":/graphql")).entryList({QStringLiteral("*.graphql")}, QDir::Files);
    for (const QString &file : files)
        names.append(file.chopped(8));
    return names;
}

} // namespace Stash
