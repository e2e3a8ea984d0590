// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "gallery.h"
#include "performer.h"
#include "studio.h"
#include "tag.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Stash {

struct Fingerprint
{
    QString type; ///< "md5", "oshash", "phash", ...
    QString value;
    friend bool operator==(const Fingerprint &, const Fingerprint &) = default;
};

/// One file behind an image: a still (ImageFile) or a clip (VideoFile).
struct VisualFile
{
    enum class Type { Image, Video };

    Type type = Type::Image;
    QString id;
    QString path;
    QString basename;
    qint64 size = 0;
    QDateTime modTime;
    QString format; ///< empty on servers before v0.29 (ImageFile.format does not exist there)
    int width = 0;
    int height = 0;
    double duration = 0; ///< clips only
    QString videoCodec;
    QString audioCodec;
    double frameRate = 0;
    qint64 bitRate = 0;
    QList<Fingerprint> fingerprints;
    QString parentFolderPath; ///< v0.29+ only
    QString zipFilePath;      ///< v0.29+ only

    QString fingerprint(const QString &type) const;
    friend bool operator==(const VisualFile &, const VisualFile &) = default;
};

struct ImagePaths
{
    QUrl thumbnail;
    QUrl preview; ///< empty for stills
    QUrl image;
    friend bool operator==(const ImagePaths &, const ImagePaths &) = default;
};

/// An image as the server describes it. Which fields are filled depends on
/// the fragment asked for: the slim one (grid) or the full one (viewer, dialog).
struct Image
{
    QString id;
    QString title; ///< the stored title; empty when unset (see displayTitle())
    QString code;
    std::optional<int> rating100;
    QStringList urls;
    QString date; ///< YYYY-MM-DD, or YYYY-MM / YYYY on v0.30+; empty when unset
    QString details;
    QString photographer;
    int oCounter = 0;
    bool organized = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<VisualFile> visualFiles; ///< index 0 is the primary file
    ImagePaths paths;
    QList<Gallery> galleries;
    std::optional<Studio> studio;
    QList<Tag> tags;
    QList<Performer> performers;

    /// What the UI shows: the title, else the primary file's basename (as Stash's UI does).
    QString displayTitle() const;
    const VisualFile *primaryFile() const;
    /// What identifies the pixels of the primary file, stable across metadata
    /// edits (unlike the ?t= URLs): md5, else file id + modification time.
    QString pixelKey() const;

    QStringList tagIds() const;
    QStringList tagNames() const;
    QStringList performerIds() const;
    QStringList galleryIds() const;

    friend bool operator==(const Image &, const Image &) = default;
};

} // namespace Stash

Q_DECLARE_METATYPE(Stash::Image)
