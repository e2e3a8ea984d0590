// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QString>
#include <QUrl>

namespace Tessera {

/// One Stash server the user has set up: where it is and how Tessera signs
/// in. The secret itself (API key or password) is not part of the profile;
/// it lives in a SecretStore under secretKey().
class ServerProfile
{
public:
    enum class Auth {
        None,     ///< the server has no password
        ApiKey,   ///< the ApiKey header (Settings → Security → API Key)
        Password, ///< POST /login with username and password, then the session cookie
    };

    QString id; ///< stable and unique; also names the profile's settings group and cache folder
    QString name;
    QUrl url;
    Auth auth = Auth::None;
    QString username; ///< only for Auth::Password

    bool isValid() const;
    /// The name, else the address.
    QString displayName() const;
    /// The SecretStore key of this profile's API key or password.
    QString secretKey() const { return secretKeyFor(id); }
    static QString secretKeyFor(const QString &profileId);

    /// Stable names for the settings file ("none", "apikey", "password").
    static QString authName(Auth auth);
    static Auth authFromName(const QString &name);

    friend bool operator==(const ServerProfile &, const ServerProfile &) = default;
};

} // namespace Tessera
