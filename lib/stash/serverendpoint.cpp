// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "serverendpoint.h"

#include <QNetworkRequest>

#include <utility>

namespace Stash {

ServerEndpoint::ServerEndpoint(QUrl baseUrl, QString apiKey)
    : m_baseUrl(std::move(baseUrl))
    , m_apiKey(std::move(apiKey))
{}

QUrl ServerEndpoint::normalizeUrl(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (!trimmed.contains(QStringLiteral("://")))
        trimmed.prepend(QStringLiteral("http://"));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QStringLiteral("/graphql")))
        path.chop(8);
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool ServerEndpoint::isValid() const
{
    return m_baseUrl.isValid() && !m_baseUrl.host().isEmpty() &&
           (m_baseUrl.scheme() == QStringLiteral("http") ||
            m_baseUrl.scheme() == QStringLiteral("https"));
}

QUrl ServerEndpoint::graphqlUrl() const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QStringLiteral("/graphql"));
    return url;
}

bool ServerEndpoint::isSameOrigin(const QUrl &url) const
{
    return url.scheme() == m_baseUrl.scheme() &&
           url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == QStringLiteral("https") ? 443 : 80) ==
               m_baseUrl.port(m_baseUrl.scheme() == QStringLiteral("https") ? 443 : 80);
}

QUrl ServerEndpoint::onOwnOrigin(const QUrl &url) const
{
    if (url.isRelative())
        return m_baseUrl.resolved(url);
    QUrl own = url;
    own.setScheme(m_baseUrl.scheme());
    own.setUserInfo({});
    own.setHost(m_baseUrl.host());
    own.setPort(m_baseUrl.port());
    return own;
}

QString ServerEndpoint::hostAndPort() const
{
    const int port = m_baseUrl.port(m_baseUrl.scheme() == QStringLiteral("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(m_baseUrl.host()).arg(port);
}

void ServerEndpoint::authorize(QNetworkRequest &request) const
{
    if (!m_apiKey.isEmpty() && isSameOrigin(request.url()))
        request.setRawHeader("ApiKey", m_apiKey.toUtf8());
}

} // namespace Stash
