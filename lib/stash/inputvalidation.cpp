// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "inputvalidation.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace Stash {

namespace InputValidation {

std::optional<Error> checkId(const QString &id, const QString &what)
{
    static const QRegularExpression numeric(QStringLiteral("^[0-9]+$"));
    const QString noun = what.isEmpty() ? QCoreApplication::translate("Stash", "image id") : what;
    //: %1 names an id: "image id", "studio id", "tag id", ...
    if (id.isEmpty())
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "The %1 is empty.").arg(noun));
    if (!numeric.match(id).hasMatch())
        return Error::invalidInput(
            //: %1 names an id: "image id", "studio id", "tag id", ...; %2 is the value given
            QCoreApplication::translate("Stash",
                                        "The %1 \"%2\" is not a number; Stash ids are numbers.")
                .arg(noun, id));
    return std::nullopt;
}

std::optional<Error> checkIds(const QStringList &ids, const QString &what)
{
    for (const QString &id : ids) {
        if (auto error = checkId(id, what))
            return error;
    }
    return std::nullopt;
}

std::optional<Error> checkRating(const Tristate<int> &rating100)
{
    if (rating100.hasValue() && (rating100.value() < 1 || rating100.value() > 100))
        return Error::invalidInput(
            QCoreApplication::translate(
                "Stash", "A rating must be between 1 and 100 (got %1); clear it with null.")
                .arg(rating100.value()));
    return std::nullopt;
}

bool isPartialDate(const QString &date)
{
    return date.size() == 4 || date.size() == 7;
}

std::optional<Error> checkDate(const Tristate<QString> &date, bool allowPartial)
{
    if (!date.hasValue() || date.value().isEmpty())
        return std::nullopt;
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QString &value = date.value();
    const QRegularExpressionMatch m = shape.match(value);
    bool valid = m.hasMatch();
    if (valid) {
        const int year = m.captured(1).toInt();
        const int month = m.captured(2).isEmpty() ? 1 : m.captured(2).toInt();
        const int day = m.captured(3).isEmpty() ? 1 : m.captured(3).toInt();
        valid = QDate(year, month, day).isValid();
    }
    if (!valid)
        return Error::invalidInput(
            QCoreApplication::translate("Stash",
                                        "\"%1\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY.")
                .arg(value));
    if (!allowPartial && isPartialDate(value))
        return Error::invalidInput(
            QCoreApplication::translate(
                "Stash", "This server (before v0.30) only accepts full dates (YYYY-MM-DD), not "
                         "\"%1\".")
                .arg(value));
    return std::nullopt;
}

} // namespace InputValidation

namespace JsonInput {

std::optional<Error> rejectUnknown(const QJsonObject &json, const QStringList &known,
                                   const QString &what)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            //: %1 is what was read ("An image update", "A new image", ...); %2 the unknown key
            return Error::invalidInput(
                QCoreApplication::translate("Stash", "%1 has no field \"%2\" (known: %3)")
                    .arg(what, it.key(), known.join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

namespace {
/// `message` is a translated sentence whose %1 is the field's name.
Error wrongType(const QString &key, const QString &message)
{
    return Error::invalidInput(message.arg(key));
}
} // namespace

std::optional<Error> readString(const QJsonObject &json, const char *key, Tristate<QString> &out,
                                bool idLike)
{
    const QString name = QLatin1String(key);
    if (!json.contains(name))
        return std::nullopt;
    const QJsonValue v = json.value(name);
    if (v.isNull())
        out = Tristate<QString>::null();
    else if (v.isString())
        out = v.toString();
    else if (idLike && v.isDouble())
        out = QString::number(v.toInteger());
    else
        return wrongType(
            name, QCoreApplication::translate("Stash", "field \"%1\" must be a string or null"));
    return std::nullopt;
}

std::optional<Error> readInt(const QJsonObject &json, const char *key, Tristate<int> &out)
{
    const QString name = QLatin1String(key);
    if (!json.contains(name))
        return std::nullopt;
    const QJsonValue v = json.value(name);
    if (v.isNull())
        out = Tristate<int>::null();
    else if (v.isDouble() && v.toDouble() == double(v.toInt()))
        out = v.toInt();
    else
        return wrongType(
            name, QCoreApplication::translate("Stash", "field \"%1\" must be an integer or null"));
    return std::nullopt;
}

std::optional<Error> readBool(const QJsonObject &json, const char *key, Tristate<bool> &out)
{
    const QString name = QLatin1String(key);
    if (!json.contains(name))
        return std::nullopt;
    const QJsonValue v = json.value(name);
    if (v.isNull())
        out = Tristate<bool>::null();
    else if (v.isBool())
        out = v.toBool();
    else
        return wrongType(
            name, QCoreApplication::translate("Stash", "field \"%1\" must be true, false or null"));
    return std::nullopt;
}

std::optional<Error> readStringListValue(const QJsonValue &value, const QString &key,
                                         QStringList &out, bool idLike)
{
    if (!value.isArray())
        return wrongType(
            key, QCoreApplication::translate("Stash", "field \"%1\" must be a list or null"));
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            out.append(item.toString());
        else if (idLike && item.isDouble())
            out.append(QString::number(item.toInteger()));
        else
            return wrongType(
                key, idLike ? QCoreApplication::translate(
                                  "Stash", "field \"%1\" must be a list of ids or null")
                            : QCoreApplication::translate(
                                  "Stash", "field \"%1\" must be a list of strings or null"));
    }
    return std::nullopt;
}

std::optional<Error> readStringList(const QJsonObject &json, const char *key,
                                    Tristate<QStringList> &out, bool idLike)
{
    const QString name = QLatin1String(key);
    if (!json.contains(name))
        return std::nullopt;
    const QJsonValue v = json.value(name);
    if (v.isNull()) {
        out = Tristate<QStringList>::null();
        return std::nullopt;
    }
    QStringList list;
    if (auto error = readStringListValue(v, name, list, idLike))
        return error;
    out = list;
    return std::nullopt;
}

} // namespace JsonInput

} // namespace Stash
