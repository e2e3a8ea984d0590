// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "origincookiejar.h"

#include <QNetworkCookie>

namespace Stash {

OriginCookieJar::OriginCookieJar(QObject *parent)
    : QNetworkCookieJar(parent)
{}

QList<QNetworkCookie> OriginCookieJar::cookiesForUrl(const QUrl &url) const
{
    if (m_endpoint.baseUrl().isEmpty() || !m_endpoint.isSameOrigin(url))
        return {};
    return QNetworkCookieJar::cookiesForUrl(url);
}

bool OriginCookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &cookies, const QUrl &url)
{
    if (m_endpoint.baseUrl().isEmpty() || !m_endpoint.isSameOrigin(url))
        return false;
    return QNetworkCookieJar::setCookiesFromUrl(cookies, url);
}

void OriginCookieJar::clear()
{
    setAllCookies({});
}

} // namespace Stash
