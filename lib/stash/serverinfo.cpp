// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "serverinfo.h"

#include <QJsonArray>

#include <algorithm>

namespace Stash {

namespace {
QSet<QString> fieldNames(const QJsonArray &fields)
{
    QSet<QString> names;
    for (const QJsonValue &f : fields)
        names.insert(f.toObject().value(QStringLiteral("name")).toString());
    return names;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    return list;
}
} // namespace

Capabilities Capabilities::fromIntrospection(const QJsonObject &schema)
{
    Capabilities caps;
    caps.m_queries = fieldNames(schema.value(QStringLiteral("queryType"))
                                    .toObject()
                                    .value(QStringLiteral("fields"))
                                    .toArray());
    caps.m_mutations = fieldNames(schema.value(QStringLiteral("mutationType"))
                                      .toObject()
                                      .value(QStringLiteral("fields"))
                                      .toArray());
    const QJsonArray types = schema.value(QStringLiteral("types")).toArray();
    for (const QJsonValue &t : types) {
        const QJsonObject type = t.toObject();
        QSet<QString> names = fieldNames(type.value(QStringLiteral("fields")).toArray());
        names.unite(fieldNames(type.value(QStringLiteral("inputFields")).toArray()));
        caps.m_fields.insert(type.value(QStringLiteral("name")).toString(), names);
    }
    return caps;
}

bool Capabilities::typeHasField(const QString &type, const QString &field) const
{
    const auto it = m_fields.constFind(type);
    return it != m_fields.constEnd() && it->contains(field);
}

bool Capabilities::hasModernFileFields() const
{
    return typeHasField(QStringLiteral("ImageFile"), QStringLiteral("format")) &&
           typeHasField(QStringLiteral("ImageFile"), QStringLiteral("parent_folder")) &&
           typeHasField(QStringLiteral("ImageFile"), QStringLiteral("zip_file"));
}

QStringList Capabilities::queries() const
{
    return sorted(m_queries);
}

QStringList Capabilities::mutations() const
{
    return sorted(m_mutations);
}

QJsonObject ServerInfo::toJson() const
{
    return {
        {QStringLiteral("version"), version},
        {QStringLiteral("hash"), hash},
        {QStringLiteral("build_time"), buildTime},
        {QStringLiteral("appSchema"), appSchema},
        {QStringLiteral("status"), status},
        {QStringLiteral("ratingSystem"), ratingSystem.name()},
        {QStringLiteral("capabilities"),
         QJsonObject{
             {QStringLiteral("imageCreate"), capabilities.supportsImageCreate()},
             {QStringLiteral("modernFileFields"), capabilities.hasModernFileFields()},
             {QStringLiteral("partialDates"), supportsPartialDates()},
             {QStringLiteral("queries"), QJsonArray::fromStringList(capabilities.queries())},
             {QStringLiteral("mutations"), QJsonArray::fromStringList(capabilities.mutations())},
         }},
    };
}

} // namespace Stash
