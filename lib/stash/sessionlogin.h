// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"
#include "serverendpoint.h"

#include <QFuture>

#include <chrono>

class QNetworkAccessManager;

namespace Stash {

/// Signs in to a Stash server with a username and password (§5.2): POST
/// {base}/login as a form, without following the redirect. Success is the
/// `session` cookie in the answer, whatever the status (v0.29+ answers 200,
/// v0.26.2–v0.28 answer 302; both answer a refusal without the cookie). The
/// cookie lands in the QNetworkAccessManager's cookie jar, which then sends it
/// with every request to that server, GraphQL and images alike.
namespace SessionLogin {

/// Fails with Unauthorized ("wrong username or password") when the server
/// refuses, Transport/Timeout when it cannot be reached, InvalidInput on an
/// invalid address or an empty username. Canceling the future aborts the request.
QFuture<Result<Done>> login(QNetworkAccessManager *network, const ServerEndpoint &endpoint,
                            const QString &username, const QString &password,
                            std::chrono::milliseconds timeout = std::chrono::seconds(30));

/// The form body (username, password, returnURL=/), for tests.
QByteArray formBody(const QString &username, const QString &password);

} // namespace SessionLogin
} // namespace Stash
