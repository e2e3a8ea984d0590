// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "findfilter.h"
#include "imagefilter.h"

namespace Tessera {

/// What a grid shows: text search, sort and criteria. The models page on their
/// own, so filter.page and filter.perPage are ignored (and not compared).
struct ImageQuery
{
    Stash::FindFilter filter;
    Stash::ImageFilter imageFilter;

    /// The filter for one page of `rows` rows (`page` counts from 0; the server's from 1).
    Stash::FindFilter pageFilter(int page, int rows) const;

    /// Same q, sort, direction and criteria (page and perPage are not compared).
    friend bool operator==(const ImageQuery &a, const ImageQuery &b);
};

} // namespace Tessera
