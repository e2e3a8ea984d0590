// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagequery.h"

namespace Tessera {

Stash::FindFilter ImageQuery::pageFilter(int page, int rows) const
{
    Stash::FindFilter paged = filter;
    paged.page = page + 1;
    paged.perPage = rows;
    return paged;
}

bool operator==(const ImageQuery &a, const ImageQuery &b)
{
    return a.filter.q == b.filter.q && a.filter.sort == b.filter.sort &&
           a.filter.direction == b.filter.direction && a.imageFilter == b.imageFilter;
}

} // namespace Tessera
