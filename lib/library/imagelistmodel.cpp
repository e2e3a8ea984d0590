// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "imagelistmodel.h"

#include "futurewatch.h"
#include "imagestore.h"
#include "stashclient.h"
#include "thumbnailcache.h"

#include <QImage>
#include <QSet>

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace Tessera {

using Stash::Error;

using Stash::FindImagesResult;
using Stash::Image;
using Stash::Result;

ImageListModel::ImageListModel(Stash::StashClient *client, ImageStore *store,
                               ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
    , m_store(store)
    , m_thumbnails(thumbnails)
{
    connect(m_store, &ImageStore::imagesChanged, this, &ImageListModel::onImagesChanged);
    connect(m_store, &ImageStore::imagesRemoved, this, &ImageListModel::removeIds);
    connect(m_store, &ImageStore::imagesReleased, this, &ImageListModel::onImagesReleased);
    connect(m_store, &ImageStore::imagesUnpinned, this, &ImageListModel::onImagesUnpinned);
    if (m_thumbnails) {
        connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this,
                &ImageListModel::onThumbnailSettled);
        connect(m_thumbnails, &ThumbnailCache::thumbnailBroken, this,
                &ImageListModel::onThumbnailSettled);
    }
}

ImageListModel::~ImageListModel()
{
    cancelInFlight();
}

void ImageListModel::setQuery(const ImageQuery &query)
{
    if (m_hasQuery && query == m_query)
        return;
    m_query = query;
    m_hasQuery = true;
    restart();
}

void ImageListModel::refresh()
{
    if (m_hasQuery)
        restart();
}

void ImageListModel::setPageSize(int rows)
{
    m_pageSize = std::max(rows, 1);
}

void ImageListModel::setMaxPagesInFlight(int pages)
{
    m_maxInFlight = std::max(pages, 1);
    pumpPages();
}

void ImageListModel::setMaxResidentPages(int pages)
{
    m_maxResidentPages = std::max(pages, 0);
    releaseFarPages();
}

int ImageListModel::residentPages() const
{
    return int(std::count(m_pageLoaded.begin(), m_pageLoaded.end(), true));
}

void ImageListModel::setThumbnailSize(QSize size)
{
    if (size == m_thumbnailSize || size.isEmpty())
        return;
    m_thumbnailSize = size;
    m_thumbnailWaiters.clear();
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1), {ThumbnailRole});
    updateWantedThumbnails(); // at the new size
}

void ImageListModel::restart()
{
    const bool wasLoading = isLoading();
    const int oldCount = count();
    ++m_generation; // answers still on their way belong to the old list
    cancelInFlight();
    m_pendingPages.clear();
    // The old list's images are not shown any more: let them go (after the
    // reset, so that no row refers to them while they go).
    QStringList shown;
    for (int page = 0; page < int(m_pageLoaded.size()); ++page) {
        if (!m_pageLoaded[page])
            continue;
        const int end = std::min(count(), (page + 1) * m_activePageSize);
        for (int row = page * m_activePageSize; row < end; ++row) {
            if (!m_ids.at(row).isNull())
                shown.append(m_ids.at(row));
        }
    }

    beginResetModel();
    m_ids.clear();
    m_rowOfId.clear();
    m_pageLoaded.clear();
    m_countKnown = false;
    m_firstPageFailed = false;
    m_contradictionSaid = false;
    m_thumbnailWaiters.clear();
    m_wantedFirst = m_wantedLast = -1; // the view declares its range again after the reset
    m_visibleFirst = m_visibleLast = -1;
    m_scrollDirection = 1;
    m_activePageSize = m_pageSize;
    endResetModel();
    m_store->release(shown);

    if (oldCount != 0)
        Q_EMIT countChanged(0);
    requestPage(0);
    setLoading(wasLoading);
}

void ImageListModel::cancelInFlight()
{
    for (auto &future : m_inFlight)
        future.cancel();
    m_inFlight.clear();
}

void ImageListModel::setLoading(bool before)
{
    if (before != isLoading())
        Q_EMIT loadingChanged(isLoading());
}

void ImageListModel::requestPage(int page)
{
    if (m_inFlight.contains(page))
        return;
    auto future =
        m_client->findImages(m_query.pageFilter(page, m_activePageSize), m_query.imageFilter);
    m_inFlight.insert(page, future);
    const quint64 generation = m_generation;
    FutureWatch::onResult(future, this,
                          [this, generation, page](const Result<FindImagesResult> &result) {
                              onPage(generation, page, result);
                          });
}

void ImageListModel::onPage(quint64 generation, int page, const Result<FindImagesResult> &result)
{
    if (generation != m_generation)
        return; // an older query's or an older layout's answer: never mixed in
    const bool wasLoading = isLoading();
    m_inFlight.remove(page);

    if (!result.ok()) {
        if (result.error().kind() != Stash::Error::Kind::Canceled) {
            if (!m_countKnown)
                m_firstPageFailed = true;
            Q_EMIT errorOccurred(result.error());
        }
        pumpPages();
        setLoading(wasLoading);
        return;
    }

    const FindImagesResult &found = result.value();
    if (found.count > MaxRows) {
        // Refused before a row is made: a count like 2,147,483,647 would take
        // all memory (a broken or hostile server; no real library is so big).
        if (!m_countKnown)
            m_firstPageFailed = true;
        Q_EMIT errorOccurred(Error(
            Error::Kind::Decode,
            tr("The server says this search has %L1 images, more than Tessera can list (%L2). "
               "Narrow the search, or check the server.")
                .arg(found.count)
                .arg(MaxRows)));
        pumpPages();
        setLoading(wasLoading);
        return;
    }
    // Into the store first, so that data() finds the images when the rows appear.
    m_store->insertOrUpdate(found.images, ImageStore::Detail::Slim);

    const bool firstAnswer = !m_countKnown;
    m_countKnown = true;
    const int first = page * m_activePageSize;
    // A page shorter than the count promises (and not the last one): the count
    // is wrong. Follow the pages, so no row waits forever for an image that is not there.
    int claimed = std::max(found.count, 0);
    const int promised = std::min(m_activePageSize, claimed - first);
    if (promised > 0 && found.images.size() < promised) {
        claimed = first + int(found.images.size());
        if (!std::exchange(m_contradictionSaid, true))
            Q_EMIT errorOccurred(
                Error(Error::Kind::Decode,
                      tr("The server counts %L1 images but sends only %L2: showing what it sends.")
                          .arg(found.count)
                          .arg(claimed)));
    }
    if (firstAnswer) {
        const int rows = claimed;
        if (rows > 0) {
            beginInsertRows(QModelIndex(), 0, rows - 1);
            m_ids.resize(rows);
            m_pageLoaded.assign((rows + m_activePageSize - 1) / m_activePageSize, false);
            for (int i = 0; i < found.images.size() && first + i < rows; ++i) {
                m_ids[first + i] = found.images.at(i).id;
                m_rowOfId.insert(found.images.at(i).id, first + i);
            }
            if (page < int(m_pageLoaded.size()))
                m_pageLoaded[page] = true;
            endInsertRows();
            Q_EMIT countChanged(rows);
        }
    } else {
        // The library may have changed since the count was taken: follow the server.
        if (claimed != count())
            resizeRows(claimed);
        const int filled = std::min<int>(int(found.images.size()), count() - first);
        for (int i = 0; i < filled; ++i) {
            const QString &id = found.images.at(i).id;
            const QString old = m_ids.at(first + i);
            if (!old.isNull() && old != id && m_rowOfId.value(old) == first + i)
                m_rowOfId.remove(old);
            m_ids[first + i] = id;
            m_rowOfId.insert(id, first + i);
        }
        if (page < int(m_pageLoaded.size()))
            m_pageLoaded[page] = true;
        if (filled > 0)
            Q_EMIT dataChanged(index(first), index(first + filled - 1));
    }

    // Rows that just arrived may lie in the wanted range: ask for their
    // thumbnails (ensureLoaded() does so too, after the first answer).
    if (firstAnswer && m_wantedFirst >= 0)
        ensureLoaded(m_wantedFirst, m_wantedLast);
    else if (m_wantedFirst >= 0 && first <= m_wantedLast &&
             first + m_activePageSize > m_wantedFirst)
        updateWantedThumbnails();
    releaseFarPages();
    pumpPages();
    setLoading(wasLoading);
}

void ImageListModel::resizeRows(int rows)
{
    rows = std::max(rows, 0);
    const int old = count();
    if (rows > old) {
        beginInsertRows(QModelIndex(), old, rows - 1);
        m_ids.resize(rows);
        endInsertRows();
    } else if (rows < old) {
        beginRemoveRows(QModelIndex(), rows, old - 1);
        for (int row = rows; row < old; ++row) {
            const QString &id = m_ids.at(row);
            if (!id.isNull() && m_rowOfId.value(id) == row)
                m_rowOfId.remove(id);
        }
        m_ids.resize(rows);
        endRemoveRows();
    } else {
        return;
    }
    m_pageLoaded.resize((rows + m_activePageSize - 1) / m_activePageSize, false);
    Q_EMIT countChanged(rows);
}

void ImageListModel::setVisibleRows(int firstRow, int lastRow)
{
    if (firstRow > lastRow)
        std::swap(firstRow, lastRow);
    firstRow = std::max(firstRow, 0);
    lastRow = std::max(lastRow, 0);
    if (m_visibleFirst >= 0 && firstRow != m_visibleFirst)
        m_scrollDirection = firstRow > m_visibleFirst ? 1 : -1;
    m_visibleFirst = firstRow;
    m_visibleLast = lastRow;
    const int screen = lastRow - firstRow + 1;
    const int ahead = m_screensAhead * screen;
    const int behind = m_screensBehind * screen;
    const int before = m_scrollDirection > 0 ? behind : ahead;
    const int after = m_scrollDirection > 0 ? ahead : behind;
    const int last = count() > 0 ? std::min(lastRow + after, count() - 1) : lastRow + after;
    ensureLoaded(std::max(0, firstRow - before), last);
}

void ImageListModel::ensureLoaded(int firstRow, int lastRow)
{
    if (firstRow > lastRow)
        std::swap(firstRow, lastRow);
    m_wantedFirst = std::max(firstRow, 0);
    m_wantedLast = std::max(lastRow, 0);
    if (!m_countKnown || m_ids.isEmpty())
        return; // the first page's answer brings us back here

    const int first = std::min(m_wantedFirst, count() - 1);
    const int last = std::min(m_wantedLast, count() - 1);
    const int firstPage = first / m_activePageSize;
    const int lastPage = last / m_activePageSize;

    // Nearest the middle of the range first: that is where the visible rows are.
    const int middle = (firstPage + lastPage) / 2;
    QList<int> pages;
    for (int page = firstPage; page <= lastPage; ++page) {
        if (!isPageLoaded(page) && !m_inFlight.contains(page))
            pages.append(page);
    }
    std::stable_sort(pages.begin(), pages.end(), [middle](int a, int b) {
        return std::abs(a - middle) < std::abs(b - middle);
    });
    m_pendingPages = pages; // older ranges' queued pages are not wanted any more

    // Free the slots held by pages of an older range if this range needs them.
    if (!m_pendingPages.isEmpty() && m_inFlight.size() >= m_maxInFlight) {
        const bool wasLoading = isLoading();
        for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
            if (it.key() < firstPage || it.key() > lastPage) {
                it->cancel();
                it = m_inFlight.erase(it);
            } else {
                ++it;
            }
        }
        pumpPages();
        setLoading(wasLoading);
    } else {
        const bool wasLoading = isLoading();
        pumpPages();
        setLoading(wasLoading);
    }
    updateWantedThumbnails();
}

void ImageListModel::pumpPages()
{
    while (m_inFlight.size() < m_maxInFlight && !m_pendingPages.isEmpty()) {
        const int page = m_pendingPages.takeFirst();
        if (!isPageLoaded(page) && !m_inFlight.contains(page))
            requestPage(page);
    }
}

bool ImageListModel::isPageLoaded(int page) const
{
    return page >= 0 && page < int(m_pageLoaded.size()) && m_pageLoaded[page];
}

void ImageListModel::recomputeLoadedPages()
{
    const int rows = count();
    m_pageLoaded.assign((rows + m_activePageSize - 1) / m_activePageSize, false);
    for (int page = 0; page < int(m_pageLoaded.size()); ++page) {
        const int end = std::min(rows, (page + 1) * m_activePageSize);
        bool loaded = true;
        for (int row = page * m_activePageSize; row < end && loaded; ++row)
            loaded = !m_ids.at(row).isNull() && m_store->contains(m_ids.at(row));
        m_pageLoaded[page] = loaded;
    }
}

void ImageListModel::releaseFarPages()
{
    if (m_maxResidentPages <= 0 || m_pageLoaded.empty())
        return;
    // The wanted range's pages are never released; the others go farthest first.
    int wantedFirstPage = -1;
    int wantedLastPage = -1;
    if (m_wantedFirst >= 0 && count() > 0) {
        wantedFirstPage = std::min(m_wantedFirst, count() - 1) / m_activePageSize;
        wantedLastPage = std::min(m_wantedLast, count() - 1) / m_activePageSize;
    }
    int resident = 0;
    QList<int> candidates;
    for (int page = 0; page < int(m_pageLoaded.size()); ++page) {
        if (!m_pageLoaded[page])
            continue;
        ++resident;
        if (page < wantedFirstPage || page > wantedLastPage)
            candidates.append(page);
    }
    if (resident <= m_maxResidentPages || candidates.isEmpty())
        return;
    const auto distance = [=](int page) {
        return page < wantedFirstPage ? wantedFirstPage - page : page - wantedLastPage;
    };
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](int a, int b) { return distance(a) > distance(b); });
    candidates.resize(std::min<qsizetype>(candidates.size(), resident - m_maxResidentPages));
    releasePages(candidates);
}

void ImageListModel::releasePages(const QList<int> &pages)
{
    QStringList ids;
    for (int page : pages) {
        m_pageLoaded[page] = false; // ensureLoaded() fetches it again
        const int end = std::min(count(), (page + 1) * m_activePageSize);
        for (int row = page * m_activePageSize; row < end; ++row) {
            if (!m_ids.at(row).isNull())
                ids.append(m_ids.at(row));
        }
    }
    // Pinned images stay (and keep showing); onImagesReleased() repaints the rest.
    m_store->release(ids);
}

void ImageListModel::onImagesReleased(const QStringList &ids)
{
    // Ours from releasePages(), or another owner's: either way these rows are
    // placeholders now, and their pages must be fetched again when wanted.
    QList<int> rows;
    bool wantedHit = false;
    for (const QString &id : ids) {
        const int row = m_rowOfId.value(id, -1);
        if (row < 0)
            continue;
        rows.append(row);
        const int page = row / m_activePageSize;
        if (isPageLoaded(page)) {
            m_pageLoaded[page] = false;
            wantedHit = wantedHit || (row >= m_wantedFirst && row <= m_wantedLast);
        }
    }
    emitRowRuns(std::move(rows));
    if (wantedHit)
        ensureLoaded(m_wantedFirst, m_wantedLast); // rows in view went: back they come
}

int ImageListModel::thumbnailPriority(int row) const
{
    // Bands far apart, so that every visible row comes before any row ahead,
    // and every row ahead before any behind; within a band, nearest first.
    constexpr int Band = 1 << 24;
    const bool declared =
        m_visibleFirst >= 0 && m_visibleFirst >= m_wantedFirst && m_visibleLast <= m_wantedLast;
    const int first = declared ? m_visibleFirst : m_wantedFirst;
    const int last = declared ? m_visibleLast : m_wantedLast;
    if (row >= first && row <= last)
        return 3 * Band - std::abs(2 * row - (first + last)); // from the middle out
    const bool below = row > last;
    const int distance = below ? row - last : first - row;
    const bool ahead = below == (m_scrollDirection > 0);
    return (ahead ? 2 * Band : Band) - distance;
}

void ImageListModel::updateWantedThumbnails()
{
    if (!m_thumbnails || m_wantedFirst < 0)
        return;
    QSet<QString> keys;
    const int last = std::min(m_wantedLast, count() - 1);
    for (int row = m_wantedFirst; row <= last; ++row) {
        const QString &id = m_ids.at(row);
        if (id.isNull())
            continue;
        const Image *image = m_store->find(id);
        if (!image)
            continue;
        const QString pixelKey = image->pixelKey();
        keys.insert(pixelKey);
        if (m_thumbnails->isBroken(pixelKey) || m_thumbnails->isInMemory(pixelKey, m_thumbnailSize))
            continue;
        m_thumbnails->request(*image, m_thumbnailSize, thumbnailPriority(row));
        QStringList &waiting = m_thumbnailWaiters[pixelKey];
        if (!waiting.contains(id))
            waiting.append(id);
    }
    for (auto it = m_thumbnailWaiters.begin(); it != m_thumbnailWaiters.end();) {
        if (keys.contains(it.key()))
            ++it;
        else
            it = m_thumbnailWaiters.erase(it);
    }
    m_thumbnails->setWanted(keys);
}

void ImageListModel::onImagesUnpinned(const QStringList &ids)
{
    // A pin kept these through their page's release (the viewer's image, an
    // edit in flight): now they go too, unless their page is back or coming.
    QStringList loose;
    for (const QString &id : ids) {
        const int row = m_rowOfId.value(id, -1);
        if (row < 0 || (row >= m_wantedFirst && row <= m_wantedLast))
            continue;
        const int page = row / m_activePageSize;
        if (!isPageLoaded(page) && !m_inFlight.contains(page) && m_store->contains(id))
            loose.append(id);
    }
    if (!loose.isEmpty())
        m_store->release(loose);
}

bool ImageListModel::isRowLoaded(int row) const
{
    return row >= 0 && row < count() && !m_ids.at(row).isNull() && m_store->contains(m_ids.at(row));
}

QString ImageListModel::idAt(int row) const
{
    if (row < 0 || row >= count())
        return {};
    return m_ids.at(row);
}

int ImageListModel::rowOfId(const QString &id) const
{
    return m_rowOfId.value(id, -1);
}

QList<int> ImageListModel::rowsOf(const QStringList &ids) const
{
    QList<int> rows;
    for (const QString &id : ids) {
        const int row = m_rowOfId.value(id, -1);
        if (row >= 0)
            rows.append(row);
    }
    return rows;
}

void ImageListModel::removeIds(const QStringList &ids)
{
    QList<int> rows = rowsOf(ids);
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    const bool wasLoading = isLoading();
    // Pages in flight were asked for with the old offsets: drop them and ask again.
    ++m_generation;
    cancelInFlight();
    m_pendingPages.clear();

    // Contiguous runs, from the bottom up, so earlier rows keep their numbers.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int firstRow = rows.at(start);
        const int lastRow = rows.at(end);
        beginRemoveRows(QModelIndex(), firstRow, lastRow);
        m_ids.remove(firstRow, lastRow - firstRow + 1);
        endRemoveRows();
        end = start - 1;
    }

    m_rowOfId.clear();
    for (int row = 0; row < count(); ++row) {
        if (!m_ids.at(row).isNull())
            m_rowOfId.insert(m_ids.at(row), row);
    }
    recomputeLoadedPages();
    Q_EMIT countChanged(count());
    if (m_wantedFirst >= 0)
        ensureLoaded(m_wantedFirst, m_wantedLast);
    setLoading(wasLoading);
}

int ImageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString &id = m_ids.at(row);
    if (id.isNull())
        return role == LoadedRole ? QVariant(false) : QVariant(); // its page has not arrived yet
    if (role == IdRole)
        return id;
    const Image *image = m_store->find(id);
    if (role == LoadedRole)
        return image != nullptr;
    if (!image)
        return {}; // released: a placeholder until its page comes again

    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return image->displayTitle();
    case Rating100Role:
        return image->rating100 ? QVariant(*image->rating100) : QVariant();
    case OCounterRole:
        return image->oCounter;
    case OrganizedRole:
        return image->organized;
    case PendingRole:
        return m_store->isPending(image->id);
    case TagNamesRole:
        return image->tagNames();
    case DimensionsRole: {
        const Stash::VisualFile *file = image->primaryFile();
        return file ? QSize(file->width, file->height) : QSize();
    }
    case FileSizeRole: {
        const Stash::VisualFile *file = image->primaryFile();
        return file ? file->size : qint64(0);
    }
    case PixelKeyRole:
        return image->pixelKey();
    case ThumbnailBrokenRole:
        return m_thumbnails && m_thumbnails->isBroken(image->pixelKey());
    case ThumbnailRole: {
        if (!m_thumbnails)
            return {};
        const QString pixelKey = image->pixelKey();
        // Only from the cache: the model asked for the wanted rows' thumbnails
        // already (updateWantedThumbnails), and painting never queues a fetch.
        const QImage thumbnail = m_thumbnails->cached(pixelKey, m_thumbnailSize);
        return thumbnail.isNull() ? QVariant() : QVariant(thumbnail);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ImageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "imageId");
    names.insert(TitleRole, "title");
    names.insert(ThumbnailRole, "thumbnail");
    names.insert(Rating100Role, "rating100");
    names.insert(OCounterRole, "oCounter");
    names.insert(OrganizedRole, "organized");
    names.insert(TagNamesRole, "tagNames");
    names.insert(DimensionsRole, "dimensions");
    names.insert(FileSizeRole, "fileSize");
    names.insert(LoadedRole, "loaded");
    names.insert(PixelKeyRole, "pixelKey");
    names.insert(ThumbnailBrokenRole, "thumbnailBroken");
    names.insert(PendingRole, "pending");
    return names;
}

bool ImageListModel::canFetchMore(const QModelIndex &parent) const
{
    // Only the first page is fetched "more"; the rest load from ensureLoaded().
    return !parent.isValid() && m_hasQuery && !m_countKnown && !m_firstPageFailed &&
           !m_inFlight.contains(0);
}

void ImageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const bool wasLoading = isLoading();
    requestPage(0);
    setLoading(wasLoading);
}

void ImageListModel::onImagesChanged(const QStringList &ids)
{
    const QList<int> rows = rowsOf(ids);
    emitRowRuns(rows);
    // A changed file has another fingerprint, so another thumbnail to ask for.
    const bool wanted = std::any_of(rows.begin(), rows.end(), [this](int row) {
        return row >= m_wantedFirst && row <= m_wantedLast;
    });
    if (wanted)
        updateWantedThumbnails();
}

void ImageListModel::onThumbnailSettled(const QString &pixelKey)
{
    const QStringList ids = m_thumbnailWaiters.take(pixelKey);
    QList<int> rows = rowsOf(ids);
    std::sort(rows.begin(), rows.end());
    for (int row : std::as_const(rows))
        Q_EMIT dataChanged(index(row), index(row), {ThumbnailRole, ThumbnailBrokenRole});
}

void ImageListModel::emitRowRuns(QList<int> rows)
{
    // One dataChanged per run of adjacent rows: a bulk edit of 5,000 images in
    // view is a few signals, and a single edit touches exactly its own row.
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int start = 0;
    while (start < rows.size()) {
        int end = start;
        while (end + 1 < rows.size() && rows.at(end + 1) == rows.at(end) + 1)
            ++end;
        Q_EMIT dataChanged(index(rows.at(start)), index(rows.at(end)));
        start = end + 1;
    }
}

void ImageListModel::refreshIds(const QStringList &ids)
{
    // Only what is held: released and never-loaded rows are read fresh anyway
    // when they come back into view.
    QList<std::pair<int, QString>> byDistance;
    const int centre = m_wantedFirst < 0 ? 0 : (m_wantedFirst + m_wantedLast) / 2;
    for (const QString &id : ids) {
        if (!m_store->contains(id))
            continue;
        const int row = m_rowOfId.value(id, -1);
        byDistance.append({row < 0 ? INT_MAX : std::abs(row - centre), id});
    }
    std::stable_sort(byDistance.begin(), byDistance.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ordered;
    ordered.reserve(byDistance.size());
    for (const auto &entry : std::as_const(byDistance))
        ordered.append(entry.second);
    for (qsizetype start = 0; start < ordered.size(); start += m_pageSize) {
        const QStringList chunk = ordered.mid(start, m_pageSize);
        FutureWatch::onResult(
            m_client->findImages(Stash::FindFilter(), Stash::ImageFilter(), chunk), this,
            [this](const Stash::Result<Stash::FindImagesResult> &page) {
                if (!page)
                    return;
                // An image changed again meanwhile shows that change, not this older read.
                m_store->insertOrUpdate(m_store->withoutPending(page.value().images));
            });
    }
}

} // namespace Tessera
