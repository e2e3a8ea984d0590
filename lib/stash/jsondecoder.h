// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "image.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace Stash {

/// Turns the server's JSON into our values. Missing or null fields get their
/// defaults (the slim fragment leaves many out); a field of the wrong type is a
/// Decode error naming its path, never a silent zero.
class JsonDecoder
{
public:
    Result<Image> image(const QJsonValue &json);
    Result<QList<Image>> images(const QJsonValue &json);
    Result<Tag> tag(const QJsonValue &json);
    Result<Performer> performer(const QJsonValue &json);
    Result<Studio> studio(const QJsonValue &json);
    Result<Gallery> gallery(const QJsonValue &json);

    /// Helpers for the client's own result shapes.
    QString string(const QJsonObject &o, const char *key);
    int integer(const QJsonObject &o, const char *key);
    double number(const QJsonObject &o, const char *key);
    /// A whole number that fits a qint64 (file sizes, bit rates); else a Decode error.
    qint64 wholeNumber(const QJsonObject &o, const char *key);
    bool boolean(const QJsonObject &o, const char *key);
    QJsonArray array(const QJsonObject &o, const char *key);
    QJsonObject object(const QJsonObject &o, const char *key);

    bool ok() const { return m_error.isEmpty(); }
    Error error() const;

private:
    void readImage(const QJsonObject &o, Image &image);
    void readFile(const QJsonObject &o, VisualFile &file);
    void readTag(const QJsonObject &o, Tag &tag);
    void readPerformer(const QJsonObject &o, Performer &performer);
    void readStudio(const QJsonObject &o, Studio &studio);
    void readGallery(const QJsonObject &o, Gallery &gallery);
    QStringList strings(const QJsonObject &o, const char *key);
    QDateTime time(const QJsonObject &o, const char *key);
    QUrl url(const QJsonObject &o, const char *key);
    std::optional<int> optionalInt(const QJsonObject &o, const char *key);
    bool present(const QJsonObject &o, const char *key);
    void wrongType(const char *key, const char *expected);

    template<typename T>
    Result<T> one(const QJsonValue &json, void (JsonDecoder::*read)(const QJsonObject &, T &),
                  const QString &missing);
    template<typename T, typename Reader>
    QList<T> list(const QJsonObject &o, const char *key, Reader read);

    QString m_error;
};

} // namespace Stash
