// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QString>
#include <QStringList>

namespace Stash {

struct Tag
{
    QString id;
    QString name;
    QString sortName; ///< v0.28+ only
    QStringList aliases;
    bool favorite = false;
    QString description;
    int imageCount = 0;
    friend bool operator==(const Tag &, const Tag &) = default;
};

} // namespace Stash
