// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "image.h"

#include <QFileInfo>

namespace Stash {

QString VisualFile::fingerprint(const QString &type) const
{
    for (const Fingerprint &f : fingerprints) {
        if (f.type == type)
            return f.value;
    }
    return {};
}

QString Image::displayTitle() const
{
    if (!title.isEmpty())
        return title;
    if (const VisualFile *file = primaryFile()) {
        if (!file->basename.isEmpty())
            return file->basename;
        return QFileInfo(file->path).fileName();
    }
    return {};
}

const VisualFile *Image::primaryFile() const
{
    return visualFiles.isEmpty() ? nullptr : &visualFiles.first();
}

QString Image::pixelKey() const
{
    const VisualFile *file = primaryFile();
    if (!file)
        return QStringLiteral("image-") + id;
    const QString md5 = file->fingerprint(QStringLiteral("md5"));
    if (!md5.isEmpty())
        return md5;
    return QStringLiteral("file-%1-%2").arg(file->id).arg(file->modTime.toSecsSinceEpoch());
}

QStringList Image::tagIds() const
{
    QStringList ids;
    ids.reserve(tags.size());
    for (const Tag &t : tags)
        ids.append(t.id);
    return ids;
}

QStringList Image::tagNames() const
{
    QStringList names;
    names.reserve(tags.size());
    for (const Tag &t : tags)
        names.append(t.name);
    return names;
}

QStringList Image::performerIds() const
{
    QStringList ids;
    ids.reserve(performers.size());
    for (const Performer &p : performers)
        ids.append(p.id);
    return ids;
}

QStringList Image::galleryIds() const
{
    QStringList ids;
    ids.reserve(galleries.size());
    for (const Gallery &g : galleries)
        ids.append(g.id);
    return ids;
}

QString Gallery::displayTitle() const
{
    if (!title.isEmpty())
        return title;
    return QFileInfo(path).fileName();
}

} // namespace Stash
