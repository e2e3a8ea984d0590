// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "valuegroups.h"

namespace Tessera {

using namespace Stash;

ValueGroups::ValueGroups(ImageFields fields)
    : m_fields(fields)
{}

ValueGroups ValueGroups::ofAll(const QStringList &ids, const Image &values, ImageFields fields)
{
    ValueGroups all(fields);
    if (ids.isEmpty())
        return all;
    Group group;
    ImageFieldValues::copy(values, group.values, fields);
    group.ids = ids; // shared, not copied id by id
    all.m_groups.append(std::move(group));
    all.m_imageCount = ids.size();
    all.m_lastGroup = 0;
    return all;
}

qsizetype ValueGroups::add(const QString &id, const Image &source)
{
    ++m_imageCount;
    if (m_lastGroup >= 0 &&
        ImageFieldValues::sameValues(m_groups[m_lastGroup].values, source, m_fields)) {
        m_groups[m_lastGroup].ids.append(id);
        return m_lastGroup;
    }
    // A linear search: the steps that hold many images set one value on all of
    // them (their before has at most one group per rating); the steps whose
    // images all differ (the edit dialog's) hold one image.
    for (qsizetype i = 0; i < m_groups.size(); ++i) {
        if (ImageFieldValues::sameValues(m_groups[i].values, source, m_fields)) {
            m_groups[i].ids.append(id);
            m_lastGroup = i;
            return i;
        }
    }
    Group group;
    ImageFieldValues::copy(source, group.values, m_fields);
    group.ids.append(id);
    m_groups.append(std::move(group));
    m_lastGroup = m_groups.size() - 1;
    return m_lastGroup;
}

QStringList ValueGroups::ids() const
{
    QStringList ids;
    ids.reserve(m_imageCount);
    for (const Group &group : m_groups)
        ids.append(group.ids);
    return ids;
}

QList<Image> ValueGroups::images() const
{
    QList<Image> images;
    images.reserve(m_imageCount);
    for (const Group &group : m_groups) {
        for (const QString &id : group.ids) {
            Image image = group.values;
            image.id = id;
            images.append(std::move(image));
        }
    }
    return images;
}

ValueGroups ValueGroups::only(const QSet<QString> &ids) const
{
    ValueGroups kept(m_fields);
    for (const Group &group : m_groups) {
        for (const QString &id : group.ids) {
            if (ids.contains(id))
                kept.add(id, group.values);
        }
    }
    return kept;
}

} // namespace Tessera
