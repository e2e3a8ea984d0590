// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "tag.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QStringList>

/// Small values the tests build and read back.
namespace TestData {

/// The JSON object a test wrote; JSON that is not an object stops the test
/// executable (qFatal) with the parser's reason.
inline QJsonObject parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (!doc.isObject())
        qFatal("bad test JSON (%s): %s", qPrintable(error.errorString()), text.constData());
    return doc.object();
}

/// The ids of `items` (Image, Tag, ...: anything with an `id`), in their order.
template<typename T>
QStringList idsOf(const QList<T> &items)
{
    QStringList ids;
    for (const T &item : items)
        ids.append(item.id);
    return ids;
}

/// A tag with only its id and name.
inline Stash::Tag tag(const QString &id, const QString &name)
{
    Stash::Tag t;
    t.id = id;
    t.name = name;
    return t;
}

} // namespace TestData
