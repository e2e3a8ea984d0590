// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "findfilter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace Stash {

QJsonObject FindFilter::toJson() const
{
    QJsonObject json;
    if (!q.isEmpty())
        json.insert(QStringLiteral("q"), q);
    json.insert(QStringLiteral("page"), page);
    json.insert(QStringLiteral("per_page"), perPage);
    if (!sort.isEmpty())
        json.insert(QStringLiteral("sort"), sort);
    json.insert(QStringLiteral("direction"),
                direction == SortDirection::Desc ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    return json;
}

Result<FindFilter> FindFilter::fromJson(const QJsonObject &json)
{
    static const QSet<QString> known = {QStringLiteral("q"), QStringLiteral("page"),
                                        QStringLiteral("per_page"), QStringLiteral("sort"),
                                        QStringLiteral("direction")};
    FindFilter filter;
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return Error::invalidInput(
                QCoreApplication::translate("Stash", "unknown filter field \"%1\"").arg(it.key()));
    }
    const QJsonValue q = json.value(QStringLiteral("q"));
    if (!q.isUndefined() && !q.isNull() && !q.isString())
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "filter field \"q\" must be a string"));
    filter.q = q.toString();
    for (const char *name : {"page", "per_page"}) {
        const QJsonValue v = json.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return Error::invalidInput(
                QCoreApplication::translate("Stash", "filter field \"%1\" must be an integer")
                    .arg(QLatin1String(name)));
        (qstrcmp(name, "page") == 0 ? filter.page : filter.perPage) = v.toInt();
    }
    if (!json.contains(QStringLiteral("per_page")))
        filter.perPage = 25; // what the server does when per_page is omitted
    const QJsonValue sort = json.value(QStringLiteral("sort"));
    if (!sort.isUndefined() && !sort.isNull()) {
        if (!sort.isString() || !isValidImageSort(sort.toString()))
            return Error::invalidInput(
                QCoreApplication::translate("Stash",
                                            "invalid sort \"%1\"; use one of %2 or random_<seed>")
                    .arg(sort.toVariant().toString(), imageSortKeys().join(QStringLiteral(", "))));
        filter.sort = sort.toString();
    }
    const QString direction = json.value(QStringLiteral("direction")).toString();
    if (direction == QStringLiteral("DESC"))
        filter.direction = SortDirection::Desc;
    else if (!direction.isEmpty() && direction != QStringLiteral("ASC"))
        return Error::invalidInput(
            QCoreApplication::translate("Stash", "direction must be ASC or DESC"));
    return filter;
}

const QStringList &FindFilter::imageSortKeys()
{
    static const QStringList keys = {
        QStringLiteral("created_at"),      QStringLiteral("date"),
        QStringLiteral("file_count"),      QStringLiteral("file_mod_time"),
        QStringLiteral("filesize"),        QStringLiteral("id"),
        QStringLiteral("o_counter"),       QStringLiteral("path"),
        QStringLiteral("performer_count"), QStringLiteral("random"),
        QStringLiteral("rating"),          QStringLiteral("tag_count"),
        QStringLiteral("title"),           QStringLiteral("updated_at"),
    };
    return keys;
}

QString FindFilter::randomSort(quint32 seed)
{
    return QStringLiteral("random_%1").arg(seed % 100000000u);
}

bool FindFilter::isValidImageSort(const QString &sort)
{
    static const QRegularExpression seeded(QStringLiteral("^random_[0-9]+$"));
    return sort.isEmpty() || imageSortKeys().contains(sort) || seeded.match(sort).hasMatch();
}

} // namespace Stash
