// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "stasherror.h"
#include "tristate.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace Stash {

/// Checks done before a request is sent, so a bad value never reaches the server
/// (which, for rating100, would store anything without complaint).
namespace InputValidation {

/// Stash ids are decimal numbers sent as strings. `what` names the id in the
/// message, translated ("studio id"); empty means "image id".
std::optional<Error> checkId(const QString &id, const QString &what = {});
std::optional<Error> checkIds(const QStringList &ids, const QString &what);
/// 1..100; null (clear) is always fine. 0 is refused: send null to clear.
std::optional<Error> checkRating(const Tristate<int> &rating100);
/// YYYY-MM-DD, or (when allowPartial, servers v0.30+) YYYY-MM and YYYY.
std::optional<Error> checkDate(const Tristate<QString> &date, bool allowPartial = true);
bool isPartialDate(const QString &date);

} // namespace InputValidation

/// Reading the server's own JSON shape (the Python client's dict form) into typed inputs.
namespace JsonInput {

std::optional<Error> rejectUnknown(const QJsonObject &json, const QStringList &known,
                                   const QString &what);
/// A string-like field: absent → Unset, null → Null, string → Value. Ids may be numbers.
std::optional<Error> readString(const QJsonObject &json, const char *key, Tristate<QString> &out,
                                bool idLike = false);
std::optional<Error> readInt(const QJsonObject &json, const char *key, Tristate<int> &out);
std::optional<Error> readBool(const QJsonObject &json, const char *key, Tristate<bool> &out);
std::optional<Error> readStringList(const QJsonObject &json, const char *key,
                                    Tristate<QStringList> &out, bool idLike = false);
std::optional<Error> readStringListValue(const QJsonValue &value, const QString &key,
                                         QStringList &out, bool idLike);

} // namespace JsonInput

/// Writing tri-state fields into an input object.
namespace JsonOutput {

template<typename T>
void put(QJsonObject &json, const char *key, const Tristate<T> &field)
{
    if (field.isNull())
        json.insert(QLatin1String(key), QJsonValue(QJsonValue::Null));
    else if (field.hasValue())
        json.insert(QLatin1String(key),
                    QJsonValue::fromVariant(QVariant::fromValue(field.value())));
}

} // namespace JsonOutput

} // namespace Stash
