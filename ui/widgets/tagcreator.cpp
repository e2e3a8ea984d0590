// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "widgets/tagcreator.h"

#include "futurewatch.h"
#include "stashclient.h"

namespace Tessera {

using namespace Stash;

TagCreator::TagCreator(StashClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

std::optional<Tag> TagCreator::match(const QList<Tag> &candidates, const QString &name)
{
    const QString wanted = name.simplified();
    for (const Tag &tag : candidates) {
        if (tag.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return tag;
    }
    for (const Tag &tag : candidates) {
        if (tag.aliases.contains(wanted, Qt::CaseInsensitive))
            return tag;
    }
    return std::nullopt;
}

void TagCreator::findOrCreate(const QString &name)
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty() || m_busy)
        return;
    m_busy = true;
    LookupQuery query;
    query.q = wanted;
    query.perPage = LookupCount;
    FutureWatch::onResult(
        m_client->findTags(query), this, [this, wanted](const Result<LookupPage<Tag>> &page) {
            m_busy = false;
            if (!page) {
                Q_EMIT failed(wanted, tr("Could not look up tags: %1").arg(page.error().message()));
                return;
            }
            if (const std::optional<Tag> tag = match(page.value().items, wanted))
                Q_EMIT found(*tag);
            else
                Q_EMIT creationNeeded(wanted);
        });
}

void TagCreator::create(const QString &name)
{
    const QString wanted = name.simplified();
    if (wanted.isEmpty() || m_busy)
        return;
    m_busy = true;
    FutureWatch::onResult(
        m_client->createTag(wanted), this, [this, wanted](const Result<Tag> &tag) {
            m_busy = false;
            if (!tag) {
                Q_EMIT failed(
                    wanted,
                    tr("Could not create the tag “%1”: %2").arg(wanted, tag.error().message()));
                return;
            }
            Q_EMIT created(tag.value());
        });
}

} // namespace Tessera
