// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagefilter.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <functional>
#include <utility>

namespace Stash {

namespace {

constexpr std::array<std::pair<CriterionModifier, const char *>, 13> kModifierNames = {{
    {CriterionModifier::Equals, "EQUALS"},
    {CriterionModifier::NotEquals, "NOT_EQUALS"},
    {CriterionModifier::GreaterThan, "GREATER_THAN"},
    {CriterionModifier::LessThan, "LESS_THAN"},
    {CriterionModifier::IsNull, "IS_NULL"},
    {CriterionModifier::NotNull, "NOT_NULL"},
    {CriterionModifier::IncludesAll, "INCLUDES_ALL"},
    {CriterionModifier::Includes, "INCLUDES"},
    {CriterionModifier::Excludes, "EXCLUDES"},
    {CriterionModifier::MatchesRegex, "MATCHES_REGEX"},
    {CriterionModifier::NotMatchesRegex, "NOT_MATCHES_REGEX"},
    {CriterionModifier::Between, "BETWEEN"},
    {CriterionModifier::NotBetween, "NOT_BETWEEN"},
}};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject encode(const StringCriterion &c)
{
    return {{QStringLiteral("value"), c.value},
            {QStringLiteral("modifier"), criterionModifierName(c.modifier)}};
}

QJsonObject encode(const IntCriterion &c)
{
    QJsonObject json{{QStringLiteral("value"), c.value},
                     {QStringLiteral("modifier"), criterionModifierName(c.modifier)}};
    if (c.value2)
        json.insert(QStringLiteral("value2"), *c.value2);
    return json;
}

QJsonObject encode(const DateCriterion &c)
{
    QJsonObject json{{QStringLiteral("value"), c.value},
                     {QStringLiteral("modifier"), criterionModifierName(c.modifier)}};
    if (c.value2)
        json.insert(QStringLiteral("value2"), *c.value2);
    return json;
}

QJsonObject encode(const MultiCriterion &c)
{
    QJsonObject json{{QStringLiteral("value"), toArray(c.value)},
                     {QStringLiteral("modifier"), criterionModifierName(c.modifier)}};
    if (!c.excludes.isEmpty())
        json.insert(QStringLiteral("excludes"), toArray(c.excludes));
    return json;
}

QJsonObject encode(const HierarchicalCriterion &c)
{
    QJsonObject json{{QStringLiteral("value"), toArray(c.value)},
                     {QStringLiteral("modifier"), criterionModifierName(c.modifier)},
                     {QStringLiteral("depth"), c.depth}};
    if (!c.excludes.isEmpty())
        json.insert(QStringLiteral("excludes"), toArray(c.excludes));
    return json;
}

QJsonObject encode(const ResolutionCriterion &c)
{
    return {{QStringLiteral("value"), c.value},
            {QStringLiteral("modifier"), criterionModifierName(c.modifier)}};
}

template<typename C>
void put(QJsonObject &json, const char *key, const std::optional<C> &criterion)
{
    if (criterion)
        json.insert(QLatin1String(key), encode(*criterion));
}

// ---- reading ----------------------------------------------------------------

/// Reads one criterion object field by field; remembers the first problem.
class CriterionReader
{
public:
    CriterionReader(const QString &field, const QJsonValue &value)
        : m_field(field)
    {
        if (!value.isObject())
            fail(QCoreApplication::translate("Stash", "image filter \"%1\" must be an object")
                     .arg(m_field));
        m_json = value.toObject();
    }

    bool allowOnly(std::initializer_list<const char *> keys)
    {
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            bool known = false;
            for (const char *k : keys)
                known = known || it.key() == QLatin1String(k);
            if (!known)
                return fail(QCoreApplication::translate(
                                "Stash", "image filter \"%1\" has unknown field \"%2\"")
                                .arg(m_field, it.key()));
        }
        return ok();
    }

    CriterionModifier modifier()
    {
        const QJsonValue v = m_json.value(QStringLiteral("modifier"));
        const auto m = criterionModifierFromName(v.toString());
        if (!m) {
            fail(QCoreApplication::translate(
                     "Stash",
                     "image filter \"%1\" needs a valid \"modifier\" (EQUALS, INCLUDES, ...)")
                     .arg(m_field));
            return CriterionModifier::Equals;
        }
        return *m;
    }

    QString string(const char *key, bool required)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QCoreApplication::translate("Stash", "image filter \"%1\" needs \"%2\"")
                         .arg(m_field, QLatin1String(key)));
            return {};
        }
        if (!v.isString())
            fail(QCoreApplication::translate("Stash",
                                             "image filter \"%1\" field \"%2\" must be a string")
                     .arg(m_field, QLatin1String(key)));
        return v.toString();
    }

    std::optional<int> integer(const char *key, bool required)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QCoreApplication::translate("Stash", "image filter \"%1\" needs \"%2\"")
                         .arg(m_field, QLatin1String(key)));
            return std::nullopt;
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInt())) {
            fail(QCoreApplication::translate("Stash",
                                             "image filter \"%1\" field \"%2\" must be an integer")
                     .arg(m_field, QLatin1String(key)));
            return std::nullopt;
        }
        return v.toInt();
    }

    QStringList ids(const char *key)
    {
        const QJsonValue v = m_json.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            fail(QCoreApplication::translate(
                     "Stash", "image filter \"%1\" field \"%2\" must be a list of ids")
                     .arg(m_field, QLatin1String(key)));
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array) {
            if (item.isString())
                out.append(item.toString());
            else if (item.isDouble())
                out.append(QString::number(item.toInteger()));
            else
                fail(QCoreApplication::translate(
                         "Stash", "image filter \"%1\" field \"%2\" must be a list of ids")
                         .arg(m_field, QLatin1String(key)));
        }
        return out;
    }

    bool ok() const { return m_error.isEmpty(); }
    /// Keeps the first problem: a whole sentence that names m_field.
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    Error error() const { return Error::invalidInput(m_error); }

private:
    QString m_field;
    QJsonObject m_json;
    QString m_error;
};

using FieldReader = std::function<std::optional<Error>(ImageFilter &, const QJsonValue &)>;

template<typename C>
FieldReader readerFor(std::optional<C> ImageFilter::*member, const char *name,
                      std::function<C(CriterionReader &)> read)
{
    const QString field = QLatin1String(name);
    return [member, field, read](ImageFilter &filter,
                                 const QJsonValue &value) -> std::optional<Error> {
        CriterionReader reader(field, value);
        if (!reader.ok())
            return reader.error();
        C criterion = read(reader);
        if (!reader.ok())
            return reader.error();
        filter.*member = criterion;
        return std::nullopt;
    };
}

StringCriterion readString(CriterionReader &r)
{
    r.allowOnly({"value", "modifier"});
    return {r.string("value", true), r.modifier()};
}

IntCriterion readInt(CriterionReader &r)
{
    r.allowOnly({"value", "value2", "modifier"});
    IntCriterion c;
    c.value = r.integer("value", true).value_or(0);
    c.value2 = r.integer("value2", false);
    c.modifier = r.modifier();
    return c;
}

DateCriterion readDate(CriterionReader &r)
{
    r.allowOnly({"value", "value2", "modifier"});
    DateCriterion c;
    c.value = r.string("value", true);
    const QString v2 = r.string("value2", false);
    if (!v2.isEmpty())
        c.value2 = v2;
    c.modifier = r.modifier();
    return c;
}

MultiCriterion readMulti(CriterionReader &r)
{
    r.allowOnly({"value", "modifier", "excludes"});
    return {r.ids("value"), r.modifier(), r.ids("excludes")};
}

HierarchicalCriterion readHierarchical(CriterionReader &r)
{
    r.allowOnly({"value", "modifier", "depth", "excludes"});
    HierarchicalCriterion c;
    c.value = r.ids("value");
    c.modifier = r.modifier();
    c.depth = r.integer("depth", false).value_or(0);
    c.excludes = r.ids("excludes");
    return c;
}

ResolutionCriterion readResolution(CriterionReader &r)
{
    r.allowOnly({"value", "modifier"});
    return {r.string("value", true), r.modifier()};
}

const QHash<QString, FieldReader> &fieldReaders()
{
    using F = ImageFilter;
    static const QHash<QString, FieldReader> readers = [] {
        QHash<QString, FieldReader> r;
        auto add = [&r](const char *name, FieldReader reader) {
            r.insert(QLatin1String(name), std::move(reader));
        };
        add("id", readerFor<IntCriterion>(&F::id, "id", readInt));
        add("title", readerFor<StringCriterion>(&F::title, "title", readString));
        add("details", readerFor<StringCriterion>(&F::details, "details", readString));
        add("code", readerFor<StringCriterion>(&F::code, "code", readString));
        add("photographer",
            readerFor<StringCriterion>(&F::photographer, "photographer", readString));
        add("checksum", readerFor<StringCriterion>(&F::checksum, "checksum", readString));
        add("path", readerFor<StringCriterion>(&F::path, "path", readString));
        add("url", readerFor<StringCriterion>(&F::url, "url", readString));
        add("rating100", readerFor<IntCriterion>(&F::rating100, "rating100", readInt));
        add("o_counter", readerFor<IntCriterion>(&F::oCounter, "o_counter", readInt));
        add("file_count", readerFor<IntCriterion>(&F::fileCount, "file_count", readInt));
        add("tag_count", readerFor<IntCriterion>(&F::tagCount, "tag_count", readInt));
        add("performer_count",
            readerFor<IntCriterion>(&F::performerCount, "performer_count", readInt));
        add("performer_age", readerFor<IntCriterion>(&F::performerAge, "performer_age", readInt));
        add("date", readerFor<DateCriterion>(&F::date, "date", readDate));
        add("created_at", readerFor<DateCriterion>(&F::createdAt, "created_at", readDate));
        add("updated_at", readerFor<DateCriterion>(&F::updatedAt, "updated_at", readDate));
        add("resolution",
            readerFor<ResolutionCriterion>(&F::resolution, "resolution", readResolution));
        add("tags", readerFor<HierarchicalCriterion>(&F::tags, "tags", readHierarchical));
        add("studios", readerFor<HierarchicalCriterion>(&F::studios, "studios", readHierarchical));
        add("performer_tags", readerFor<HierarchicalCriterion>(&F::performerTags, "performer_tags",
                                                               readHierarchical));
        add("performers", readerFor<MultiCriterion>(&F::performers, "performers", readMulti));
        add("galleries", readerFor<MultiCriterion>(&F::galleries, "galleries", readMulti));
        for (const char *name : {"organized", "performer_favorite"}) {
            auto member = qstrcmp(name, "organized") == 0 ? &F::organized : &F::performerFavorite;
            const QString field = QLatin1String(name);
            r.insert(field, [member, field](F &f, const QJsonValue &v) -> std::optional<Error> {
                if (!v.isBool())
                    return Error::invalidInput(
                        QCoreApplication::translate("Stash",
                                                    "image filter \"%1\" must be true or false")
                            .arg(field));
                f.*member = v.toBool();
                return std::nullopt;
            });
        }
        add("is_missing", [](F &f, const QJsonValue &v) -> std::optional<Error> {
            if (!v.isString())
                return Error::invalidInput(QCoreApplication::translate(
                    "Stash", "image filter \"is_missing\" must be a string"));
            f.isMissing = v.toString();
            return std::nullopt;
        });
        add("orientation", [](F &f, const QJsonValue &v) -> std::optional<Error> {
            const QJsonArray values = v.toObject().value(QStringLiteral("value")).toArray();
            QStringList list;
            for (const QJsonValue &item : values) {
                const QString s = item.toString();
                if (s != QStringLiteral("LANDSCAPE") && s != QStringLiteral("PORTRAIT") &&
                    s != QStringLiteral("SQUARE"))
                    return Error::invalidInput(QCoreApplication::translate(
                        "Stash", "image filter \"orientation\" takes {\"value\": "
                                 "[LANDSCAPE|PORTRAIT|SQUARE]}"));
                list.append(s);
            }
            if (!v.isObject() || v.toObject().size() != 1 || list.isEmpty())
                return Error::invalidInput(QCoreApplication::translate(
                    "Stash",
                    "image filter \"orientation\" takes {\"value\": [LANDSCAPE|PORTRAIT|SQUARE]}"));
            f.orientation = list;
            return std::nullopt;
        });
        for (const char *name : {"galleries_filter", "performers_filter", "studios_filter",
                                 "tags_filter", "files_filter"}) {
            const QString field = QLatin1String(name);
            r.insert(field, [field](F &f, const QJsonValue &v) -> std::optional<Error> {
                if (!v.isObject())
                    return Error::invalidInput(QCoreApplication::translate(
                                                   "Stash", "image filter \"%1\" must be an object")
                                                   .arg(field));
                f.relatedFilters.insert(field, v);
                return std::nullopt;
            });
        }
        return r;
    }();
    return readers;
}

} // namespace

QString criterionModifierName(CriterionModifier modifier)
{
    for (const auto &[m, name] : kModifierNames) {
        if (m == modifier)
            return QLatin1String(name);
    }
    return {};
}

std::optional<CriterionModifier> criterionModifierFromName(const QString &name)
{
    for (const auto &[m, n] : kModifierNames) {
        if (name == QLatin1String(n))
            return m;
    }
    return std::nullopt;
}

QJsonObject ImageFilter::toJson() const
{
    QJsonObject json;
    put(json, "id", id);
    put(json, "title", title);
    put(json, "details", details);
    put(json, "code", code);
    put(json, "photographer", photographer);
    put(json, "checksum", checksum);
    put(json, "path", path);
    put(json, "url", url);
    put(json, "rating100", rating100);
    put(json, "o_counter", oCounter);
    put(json, "file_count", fileCount);
    put(json, "tag_count", tagCount);
    put(json, "performer_count", performerCount);
    put(json, "performer_age", performerAge);
    put(json, "date", date);
    put(json, "created_at", createdAt);
    put(json, "updated_at", updatedAt);
    put(json, "resolution", resolution);
    put(json, "tags", tags);
    put(json, "studios", studios);
    put(json, "performer_tags", performerTags);
    put(json, "performers", performers);
    put(json, "galleries", galleries);
    if (organized)
        json.insert(QStringLiteral("organized"), *organized);
    if (performerFavorite)
        json.insert(QStringLiteral("performer_favorite"), *performerFavorite);
    if (isMissing)
        json.insert(QStringLiteral("is_missing"), *isMissing);
    if (orientation)
        json.insert(QStringLiteral("orientation"),
                    QJsonObject{{QStringLiteral("value"), toArray(*orientation)}});
    for (auto it = relatedFilters.begin(); it != relatedFilters.end(); ++it)
        json.insert(it.key(), it.value());
    if (sub && combine != Combine::None) {
        const char *key = combine == Combine::And ? "AND" : combine == Combine::Or ? "OR" : "NOT";
        json.insert(QLatin1String(key), sub->toJson());
    }
    return json;
}

Result<ImageFilter> ImageFilter::fromJson(const QJsonObject &json)
{
    ImageFilter filter;
    int combinations = 0;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        if (key == QStringLiteral("AND") || key == QStringLiteral("OR") ||
            key == QStringLiteral("NOT")) {
            if (++combinations > 1)
                return Error::invalidInput(QCoreApplication::translate(
                    "Stash", "an image filter may hold only one of AND, OR and NOT per level"));
            if (!it.value().isObject())
                return Error::invalidInput(
                    QCoreApplication::translate("Stash", "image filter \"%1\" must be an object")
                        .arg(key));
            Result<ImageFilter> sub = fromJson(it.value().toObject());
            if (!sub)
                return sub.error();
            filter.combine = key == QStringLiteral("AND")  ? Combine::And
                             : key == QStringLiteral("OR") ? Combine::Or
                                                           : Combine::Not;
            filter.sub = std::make_shared<const ImageFilter>(sub.takeValue());
            continue;
        }
        const auto reader = fieldReaders().constFind(key);
        if (reader == fieldReaders().constEnd())
            return Error::invalidInput(
                QCoreApplication::translate("Stash", "unknown image filter field \"%1\"").arg(key));
        if (std::optional<Error> error = (*reader)(filter, it.value()))
            return *error;
    }
    return filter;
}

} // namespace Stash
