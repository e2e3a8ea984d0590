// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "replyprobe.h"

#include "imagefilter.h"
#include "jsondecoder.h"
#include "ratingsystem.h"
#include "replyinterpreter.h"
#include "savedfilter.h"
#include "serverinfo.h"

#include <QJsonArray>

using namespace Stash;

namespace ReplyProbe {

namespace {

/// Bounds the walk so one input stays fast under the fuzzer.
constexpr int MaxDepth = 12;
constexpr int MaxNodes = 4000;

class Walker
{
public:
    explicit Walker(Outcome &outcome)
        : m_outcome(outcome)
    {}

    void walk(const QJsonValue &value, int depth)
    {
        if (depth > MaxDepth || ++m_nodes > MaxNodes)
            return;
        if (value.isArray()) {
            count(JsonDecoder().images(value).ok());
            const QJsonArray items = value.toArray();
            for (const QJsonValue &item : items)
                walk(item, depth + 1);
        } else if (value.isObject()) {
            readObject(value.toObject());
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                walk(it.value(), depth + 1);
        }
    }

private:
    void count(bool) { ++m_outcome.decodersRun; }

    /// Every decoder Tessera has, as if this object were what it expects.
    void readObject(const QJsonObject &object)
    {
        count(JsonDecoder().image(object).ok());
        count(JsonDecoder().tag(object).ok());
        count(JsonDecoder().performer(object).ok());
        count(JsonDecoder().studio(object).ok());
        count(JsonDecoder().gallery(object).ok());
        count(ImageFilter::fromJson(object).ok());
        count(SavedFilter::imageFilterFromSaved(object).ok());
        (void)Capabilities::fromIntrospection(object);
        (void)RatingSystem::fromUiConfiguration(object);
        // The client's own result shapes: counts, ids, sizes, flags.
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QByteArray key = it.key().toUtf8();
            JsonDecoder scalars;
            switch (it.value().type()) {
            case QJsonValue::Double:
                (void)scalars.integer(object, key.constData());
                (void)scalars.number(object, key.constData());
                (void)scalars.wholeNumber(object, key.constData());
                break;
            case QJsonValue::String:
                (void)scalars.string(object, key.constData());
                break;
            case QJsonValue::Bool:
                (void)scalars.boolean(object, key.constData());
                break;
            default:
                (void)scalars.array(object, key.constData());
                (void)scalars.object(object, key.constData());
                break;
            }
            count(scalars.ok());
        }
    }

    Outcome &m_outcome;
    int m_nodes = 0;
};

/// The root fields as the client reads them; true when every value fit.
bool readAsTheClientDoes(const QString &field, const QJsonValue &value)
{
    JsonDecoder decoder;
    if (field == QLatin1String("findImage"))
        return value.isNull() || decoder.image(value).ok();
    if (field == QLatin1String("findImages")) {
        const QJsonObject page = value.toObject();
        (void)decoder.integer(page, "count");
        return decoder.ok() && decoder.images(page.value(QLatin1String("images"))).ok();
    }
    if (field == QLatin1String("findTags")) {
        const QJsonArray tags = decoder.array(value.toObject(), "tags");
        for (const QJsonValue &tag : tags)
            if (!JsonDecoder().tag(tag).ok())
                return false;
        return decoder.ok();
    }
    return true;
}

} // namespace

Outcome run(const QByteArray &body)
{
    Outcome outcome;
    ReplyFacts facts;
    facts.httpStatus = 200;
    facts.contentType = "application/json";
    facts.body = body;
    (void)ReplyInterpreter::media(facts);
    const Result<QJsonObject> data = ReplyInterpreter::graphql(facts);
    if (!data.ok())
        return outcome;
    outcome.interpreted = true;
    const QJsonObject &root = data.value();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("findImage") && it.key() != QLatin1String("findImages") &&
            it.key() != QLatin1String("findTags"))
            continue;
        if (readAsTheClientDoes(it.key(), it.value()))
            ++outcome.rootFieldsRead;
        else
            ++outcome.rootFieldsRefused;
    }
    Walker(outcome).walk(root, 0);
    return outcome;
}

} // namespace ReplyProbe
