// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "selectionshares.h"

#include "futurewatch.h"
#include "stashclient.h"

#include <QCoreApplication>

namespace Tessera {

using namespace Stash;

SelectionShares::SelectionShares(StashClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

SelectionShares::~SelectionShares()
{
    m_read.cancel();
}

void SelectionShares::setIds(const QStringList &ids)
{
    m_ids = ids;
    startReading();
}

void SelectionShares::refresh()
{
    startReading();
}

int SelectionShares::shareOf(ListKind kind, const QString &id) const
{
    return m_shares[int(kind)].value(id).count;
}

QList<SharedValue> SelectionShares::shares(ListKind kind) const
{
    return m_shares[int(kind)].values();
}

QStringList SelectionShares::valuesOf(const QString &imageId, ListKind kind) const
{
    return m_values[int(kind)].value(imageId);
}

void SelectionShares::whenKnown(std::function<void()> work)
{
    if (m_known) {
        work();
        return;
    }
    m_afterKnown.append(std::move(work));
    if (!m_reading)
        startReading();
}

void SelectionShares::startReading()
{
    ++m_generation;
    m_read.cancel();
    m_known = false;
    m_done = 0;
    for (auto &shares : m_shares)
        shares.clear();
    for (auto &values : m_values)
        values.clear();
    if (m_ids.isEmpty()) {
        m_reading = false;
        m_afterKnown.clear(); // nothing to act on
        Q_EMIT updated();
        return;
    }
    m_reading = true;
    readNextChunk();
}

void SelectionShares::readNextChunk()
{
    if (m_done >= m_ids.size()) {
        m_reading = false;
        m_known = true;
        Q_EMIT updated();
        const auto waiting = std::exchange(m_afterKnown, {});
        for (const auto &work : waiting)
            work();
        return;
    }
    Q_EMIT progress(m_done, int(m_ids.size()));
    const QStringList chunk = m_ids.mid(m_done, m_chunkSize);
    m_read = m_client->findImageFields(
        chunk, {QStringLiteral("tags"), QStringLiteral("performers"), QStringLiteral("galleries")});
    const quint64 generation = m_generation;
    FutureWatch::onResult(
        m_read, this,
        [this, generation, size = int(chunk.size())](const Result<QList<Image>> &images) {
            if (generation != m_generation)
                return; // the selection changed meanwhile
            if (!images) {
                m_reading = false;
                m_afterKnown.clear();
                Q_EMIT failed(images.error());
                return;
            }
            count(images.value());
            m_done += size;
            readNextChunk();
        });
}

void SelectionShares::count(const QList<Image> &images)
{
    const auto note = [this](ListKind kind, const QString &imageId, const QString &id,
                             const QString &name) {
        SharedValue &share = m_shares[int(kind)][id];
        share.value = BulkValue{id, name};
        ++share.count;
        m_values[int(kind)][imageId].append(id);
    };
    for (const Image &image : images) {
        for (const Tag &t : image.tags)
            note(ListKind::Tags, image.id, t.id, t.name);
        for (const Performer &p : image.performers)
            note(ListKind::Performers, image.id, p.id, p.name);
        for (const Gallery &g : image.galleries) {
            const QString title = g.displayTitle();
            note(ListKind::Galleries, image.id, g.id,
                 title.isEmpty()
                     ? QCoreApplication::translate("Tessera::BulkEditPanel", "Gallery %1").arg(g.id)
                     : title);
        }
    }
}

} // namespace Tessera
