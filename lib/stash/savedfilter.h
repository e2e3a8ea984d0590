// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "findfilter.h"
#include "imagefilter.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

namespace Stash {

/// A filter saved on the server (Stash's "Saved filters" for images).
struct SavedFilter
{
    QString id;
    QString name;
    FindFilter findFilter;
    ImageFilter imageFilter;

    /// Stash stores object_filter in its web UI's criterion shape
    /// ({"rating100": {"modifier": "GREATER_THAN", "value": {"value": 60}}},
    /// tags as {"items": [{"id", "label"}], "excluded": [...], "depth": 0});
    /// this turns it into ImageFilterType input.
    static Result<ImageFilter> imageFilterFromSaved(const QJsonObject &objectFilter);
};

} // namespace Stash
