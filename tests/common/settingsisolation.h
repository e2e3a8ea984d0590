// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace TestSettings {

/// Test-mode standard paths (never the user's settings or caches), with the
/// settings file named by `organisation` and `application` (one per executable,
/// so test executables running at once never share settings).
inline void isolate(const QString &organisation, const QString &application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(organisation);
    QCoreApplication::setApplicationName(application);
}

/// Forgets every setting and writes that out, and forgets the changes an
/// earlier test left in an outbox file, so each test starts alike.
inline void clear()
{
    QSettings settings;
    settings.clear();
    settings.sync();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
         QStringLiteral("/outbox"))
        .removeRecursively();
}

} // namespace TestSettings
