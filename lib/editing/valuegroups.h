// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "imagefields.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace Tessera {

/// The values of some fields of many images, each distinct set of values kept
/// once with the ids of the images that hold it. An undo step of "rate all
/// 500,000 results" keeps at most 102 ratings and the ids, not 500,000 whole
/// images twice (about 0.5 KB each), and every group is one bulk change.
class ValueGroups
{
public:
    struct Group
    {
        /// Only `fields()` of it are meaningful; its id is empty.
        Stash::Image values;
        QStringList ids;
    };

    explicit ValueGroups(ImageFields fields = {});

    ImageFields fields() const { return m_fields; }
    /// Every one of `ids` with the values `values` holds in `fields` (one group).
    static ValueGroups ofAll(const QStringList &ids, const Stash::Image &values,
                             ImageFields fields);

    /// Adds image `id` with the values `source` holds in fields() (its id is not
    /// used); returns the index of the group it joined.
    qsizetype add(const QString &id, const Stash::Image &source);
    qsizetype add(const Stash::Image &image) { return add(image.id, image); }
    /// Every id, group by group.
    QStringList ids() const;

    const QList<Group> &groups() const { return m_groups; }
    qsizetype imageCount() const { return m_imageCount; }
    bool isEmpty() const { return m_imageCount == 0; }
    /// The images with their values, one Stash::Image each (only fields() set).
    QList<Stash::Image> images() const;
    /// The groups restricted to `ids` (the fallback of one refused chunk).
    ValueGroups only(const QSet<QString> &ids) const;

private:
    ImageFields m_fields;
    QList<Group> m_groups;
    qsizetype m_imageCount = 0;
    qsizetype m_lastGroup = -1; ///< where the previous image went: neighbours often agree
};

} // namespace Tessera
