// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QString>
#include <QStringList>

namespace Stash {

struct Performer
{
    QString id;
    QString name;
    QString disambiguation;
    QString gender; ///< the server's enum name (FEMALE, ...), empty when unknown
    bool favorite = false;
    QStringList aliases;
    int imageCount = 0;
    friend bool operator==(const Performer &, const Performer &) = default;
};

} // namespace Stash
