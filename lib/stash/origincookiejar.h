// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "serverendpoint.h"

#include <QNetworkCookieJar>

namespace Stash {

/// The client's cookie jar: the session cookie of a password login goes only
/// to the configured server's origin (scheme, host and port), as the API key
/// does. Plain cookie rules would send it to every port of the host and over
/// plain http, e.g. to the http:// media URLs of Stash behind a TLS proxy.
class OriginCookieJar final : public QNetworkCookieJar
{
    Q_OBJECT

public:
    explicit OriginCookieJar(QObject *parent = nullptr);

    /// The server whose cookies are kept; cookies of any other origin are not.
    void setEndpoint(const ServerEndpoint &endpoint) { m_endpoint = endpoint; }

    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override;
    bool setCookiesFromUrl(const QList<QNetworkCookie> &cookies, const QUrl &url) override;

    /// Forgets every cookie (a change of server, a logout).
    void clear();

private:
    ServerEndpoint m_endpoint;
};

} // namespace Stash
