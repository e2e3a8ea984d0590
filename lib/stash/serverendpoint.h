// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

class QNetworkRequest;

namespace Stash {

/// Where the server is and how to authenticate to it. The API key is only
/// ever attached to requests for this server's own origin, so a URL that
/// points elsewhere (a redirect, an external_host) never receives it.
class ServerEndpoint
{
public:
    ServerEndpoint() = default;
    ServerEndpoint(QUrl baseUrl, QString apiKey = {});

    /// Accepts "host:port", "http://host:port" or a URL with a path prefix.
    static QUrl normalizeUrl(const QString &text);

    const QUrl &baseUrl() const { return m_baseUrl; }
    const QString &apiKey() const { return m_apiKey; }
    bool isValid() const;
    QUrl graphqlUrl() const;
    bool isSameOrigin(const QUrl &url) const;
    /// The same path and query on this server's own origin (scheme, host and
    /// port). Media addresses come from the server, and Stash builds them from
    /// the request's Host header or its external_host setting: behind a TLS
    /// proxy they say http:// where the proxy speaks https, or name another
    /// host. Loading them from the configured origin instead means nothing is
    /// ever fetched from, or authenticated to, anywhere else.
    QUrl onOwnOrigin(const QUrl &url) const;
    /// Adds the ApiKey header when the request goes to this server's origin.
    void authorize(QNetworkRequest &request) const;

    /// SHA-256 digests (raw bytes) of certificates the user chose to trust
    /// for this server although TLS verification failed for them.
    void setTrustedCertificates(const QList<QByteArray> &sha256) { m_trusted = sha256; }
    const QList<QByteArray> &trustedCertificates() const { return m_trusted; }
    /// "host:port" of the server, the key under which a trust decision is kept.
    QString hostAndPort() const;

private:
    QUrl m_baseUrl;
    QString m_apiKey;
    QList<QByteArray> m_trusted;
};

} // namespace Stash
