// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QString>

namespace Stash {

struct Gallery
{
    QString id;
    QString title; ///< may be empty for zip and folder galleries (see displayTitle())
    QString date;
    QString path; ///< the zip file's or the folder's path; empty for manual galleries
    int imageCount = 0;

    QString displayTitle() const;
    /// Zip and folder galleries cannot gain or lose images through the API.
    bool isFileBased() const { return !path.isEmpty(); }
    friend bool operator==(const Gallery &, const Gallery &) = default;
};

} // namespace Stash
