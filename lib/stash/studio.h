// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QString>
#include <QStringList>

namespace Stash {

struct Studio
{
    QString id;
    QString name;
    QString parentId;
    QString parentName;
    QStringList aliases;
    int imageCount = 0;
    friend bool operator==(const Studio &, const Studio &) = default;
};

} // namespace Stash
