// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "serverprofile.h"

namespace Tessera {

bool ServerProfile::isValid() const
{
    return !id.isEmpty() && url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QStringLiteral("http") || url.scheme() == QStringLiteral("https")) &&
           (auth != Auth::Password || !username.isEmpty());
}

QString ServerProfile::displayName() const
{
    return name.trimmed().isEmpty() ? url.toDisplayString() : name.trimmed();
}

QString ServerProfile::secretKeyFor(const QString &profileId)
{
    return QStringLiteral("profile:") + profileId;
}

QString ServerProfile::authName(Auth auth)
{
    switch (auth) {
    case Auth::None:
        break;
    case Auth::ApiKey:
        return QStringLiteral("apikey");
    case Auth::Password:
        return QStringLiteral("password");
    }
    return QStringLiteral("none");
}

ServerProfile::Auth ServerProfile::authFromName(const QString &name)
{
    if (name == QStringLiteral("apikey"))
        return Auth::ApiKey;
    if (name == QStringLiteral("password"))
        return Auth::Password;
    return Auth::None;
}

} // namespace Tessera
