// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "ratingsystem.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Stash {

/// What the connected server offers, learnt once at connect by introspection.
class Capabilities
{
public:
    /// Reads the `__schema` part of the ServerInfo answer.
    static Capabilities fromIntrospection(const QJsonObject &schema);

    bool hasQuery(const QString &name) const { return m_queries.contains(name); }
    bool hasMutation(const QString &name) const { return m_mutations.contains(name); }
    bool hasType(const QString &name) const { return m_fields.contains(name); }
    bool typeHasField(const QString &type, const QString &field) const;

    /// v0.29+: ImageFile.format, BaseFile.parent_folder / zip_file.
    bool hasModernFileFields() const;
    /// Only servers we built for tests have it; no Stash release does.
    bool supportsImageCreate() const { return hasMutation(QStringLiteral("imageCreate")); }

    QStringList queries() const;
    QStringList mutations() const;

private:
    QSet<QString> m_queries;
    QSet<QString> m_mutations;
    QHash<QString, QSet<QString>> m_fields; ///< type name → field and input-field names
};

/// The server as found at connect: version, schema generation, state and preferences.
struct ServerInfo
{
    QString version; ///< e.g. "v0.30.1"; may be empty for development builds
    QString hash;
    QString buildTime;
    int appSchema = 0;
    QString status; ///< SETUP, NEEDS_MIGRATION or OK
    RatingSystem ratingSystem;
    Capabilities capabilities;

    /// v0.30+ (appSchema 75) stores YYYY-MM and YYYY dates.
    bool supportsPartialDates() const { return appSchema >= 75; }
    QJsonObject toJson() const;
};

} // namespace Stash
