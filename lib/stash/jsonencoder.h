// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "image.h"

#include <QJsonObject>

namespace Stash {

/// Our values back to JSON, with the server's own field names, for
/// tessera-cli's output and for logs. Fields the fragment did not fill are
/// written with their empty values.
namespace JsonEncoder {

QJsonObject image(const Image &image);
QJsonObject visualFile(const VisualFile &file);
QJsonObject tag(const Tag &tag);
QJsonObject performer(const Performer &performer);
QJsonObject studio(const Studio &studio);
QJsonObject gallery(const Gallery &gallery);

} // namespace JsonEncoder

} // namespace Stash
