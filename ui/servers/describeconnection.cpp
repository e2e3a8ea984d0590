// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "servers/describeconnection.h"

#include "stasherror.h"

#include <QCoreApplication>

namespace Tessera {

using namespace Stash;

QString describeConnection(const Result<ServerInfo> &info)
{
    // The texts keep the context they had in ConnectionDialog, whose translations they reuse.
    if (!info)
        return QCoreApplication::translate("Tessera::ConnectionDialog", "Could not connect: %1")
            .arg(info.error().message());
    const ServerInfo &server = info.value();
    QString text =
        QCoreApplication::translate("Tessera::ConnectionDialog",
                                    "Connected: Stash %1 (database schema %2).")
            .arg(server.version.isEmpty() ? QCoreApplication::translate("Tessera::ConnectionDialog",
                                                                        "(development build)")
                                          : server.version)
            .arg(server.appSchema);
    if (server.status != QStringLiteral("OK"))
        text += QLatin1Char(' ') +
                QCoreApplication::translate("Tessera::ConnectionDialog",
                                            "The server reports status %1: finish its setup first.")
                    .arg(server.status);
    return text;
}

} // namespace Tessera
