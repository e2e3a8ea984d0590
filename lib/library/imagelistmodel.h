// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "imagequery.h"
#include "stashclient.h" // the page types held in QFuture members

#include <QAbstractListModel>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QSize>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace Tessera {

class ImageStore;
class ThumbnailCache;

/// One ImageQuery as one flat list. Once the first page has answered,
/// rowCount() is the server's count: rows not loaded yet exist and return
/// placeholder data (LoadedRole false, everything else invalid). Pages load
/// on demand from setVisibleRows(), which the view calls with the rows it
/// shows (after scrolling and after modelReset / rowsInserted); the model adds
/// the read-ahead itself, Gwenview style: two screens ahead in the direction
/// of scrolling and one behind. At most maxPagesInFlight() pages load at a
/// time, the newest range first. Thumbnails of that whole range are asked for
/// by the model, the visible ones first (from the middle out), then those
/// ahead, then those behind; data() only answers from the cache, so what is
/// about to scroll in is ready before it is painted. Images go into the
/// ImageStore; the rows follow the store's changes.
///
/// Memory stays bounded: at most maxResidentPages() pages keep their images in
/// the store (plus the pages of the wanted range, which are never released).
/// When a page arrives beyond that, the resident pages farthest from the
/// wanted range are released (ImageStore::release(); pinned images stay).
/// A released row keeps its id (idAt(), IdRole, rowOfId() and selections work
/// as before) but shows placeholder data again, and its page is fetched again
/// when ensureLoaded() covers it.
///
/// fetchMore() only (re)starts the first page: with the list sized from the
/// count there is nothing to append, and QAbstractItemModelTester and the
/// views call fetchMore() on their own schedule.
class ImageListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageListModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,      ///< QString: the title, else the file's basename (= Qt::DisplayRole)
        ThumbnailRole,  ///< QImage when in memory, else invalid (requests it for wanted rows)
        Rating100Role,  ///< int 0..100, invalid when unrated
        OCounterRole,   ///< int
        OrganizedRole,  ///< bool
        TagNamesRole,   ///< QStringList
        DimensionsRole, ///< QSize of the primary file
        FileSizeRole,   ///< qint64 bytes of the primary file
        /// bool: the row's image is in memory, so the display roles have values.
        /// False for a placeholder: a row whose page has not arrived yet or was
        /// released (a released row still answers IdRole).
        LoadedRole,
        PixelKeyRole,        ///< QString: Image::pixelKey()
        ThumbnailBrokenRole, ///< bool: the thumbnail could not be fetched or decoded
        PendingRole,         ///< bool: a change of it is on its way to the server
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 200;
    /// The most rows a search may have; a larger count from the server is
    /// refused with a message (4× the largest libraries Tessera is built for).
    static constexpr int MaxRows = 2'000'000;
    /// 64 pages of 200 rows: 12,800 images (~40 MB at ~3 KB each) around the
    /// wanted range, hundreds of screens to scroll back through without a request.
    static constexpr int DefaultMaxResidentPages = 64;

    /// `client` and `store` must outlive the model; `thumbnails` may be null (no ThumbnailRole).
    ImageListModel(Stash::StashClient *client, ImageStore *store,
                   ThumbnailCache *thumbnails = nullptr, QObject *parent = nullptr);
    ~ImageListModel() override;

    /// Shows `query`: cancels the old query's requests, resets, and loads the
    /// first page (which sizes the list). An equal query changes nothing.
    void setQuery(const ImageQuery &query);
    const ImageQuery &query() const { return m_query; }
    /// Loads the current query again from the start.
    void refresh();

    /// Rows per page request (default 200); takes effect at the next setQuery()/refresh().
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setMaxPagesInFlight(int pages);
    int maxPagesInFlight() const { return m_maxInFlight; }
    /// Pages whose images stay in the store outside the wanted range (0: no
    /// limit). Lowering it releases the farthest pages at once.
    void setMaxResidentPages(int pages);
    int maxResidentPages() const { return m_maxResidentPages; }
    /// Pages whose images were put in the store and not released since.
    int residentPages() const;
    /// The size the grid draws thumbnails at (ThumbnailCache buckets it).
    void setThumbnailSize(QSize size);
    QSize thumbnailSize() const { return m_thumbnailSize; }

    /// Screens read ahead in the direction of scrolling, and behind it.
    static constexpr int ScreensAhead = 2;
    static constexpr int ScreensBehind = 1;
    /// Other read-ahead (0, 0: only what is on screen, as before issue 13;
    /// the scroll benchmark's baseline).
    void setReadAhead(int screensAhead, int screensBehind)
    {
        m_screensAhead = std::max(screensAhead, 0);
        m_screensBehind = std::max(screensBehind, 0);
    }

    /// The view shows rows [firstRow, lastRow]: wants them and the read-ahead
    /// around them (ensureLoaded()), its thumbnails in order of need.
    void setVisibleRows(int firstRow, int lastRow);
    /// Declares the rows needed (the viewer's neighbours, a whole range) and
    /// loads the pages covering them that are not loaded or loading. Replaces
    /// the ranges asked for before: their queued pages are dropped and, when
    /// the slots are needed, their in-flight pages canceled. Thumbnails are
    /// requested for the rows of this range (the visible ones of
    /// setVisibleRows() first); queued thumbnails of other rows are dropped.
    void ensureLoaded(int firstRow, int lastRow);

    /// Rows: the server's count once the first page answered, else 0.
    int count() const { return int(m_ids.size()); }
    bool isCountKnown() const { return m_countKnown; }
    bool isLoading() const { return !m_inFlight.isEmpty(); }
    int pagesInFlight() const { return int(m_inFlight.size()); }
    /// Whether the row's image is in memory (= LoadedRole).
    bool isRowLoaded(int row) const;
    /// The id at `row` once its page has arrived (also after the page was
    /// released), or an empty string for a row never loaded or an invalid row.
    QString idAt(int row) const;
    /// The row of an id whose page has arrived, or -1.
    int rowOfId(const QString &id) const;
    /// Removes the rows of these ids (after a delete), wherever they are loaded.
    void removeIds(const QStringList &ids);
    /// Reads these images again from the server (after a bulk change that
    /// returned ids only): the ones with data in the store, nearest the wanted
    /// range (the visible rows) first, in pages of pageSize() ids.
    void refreshIds(const QStringList &ids);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void countChanged(int count);
    void loadingChanged(bool loading);
    void errorOccurred(const Stash::Error &error);

private:
    void restart();
    void requestPage(int page);
    void onPage(quint64 generation, int page, const Stash::Result<Stash::FindImagesResult> &result);
    void resizeRows(int count);
    void pumpPages();
    void cancelInFlight();
    void setLoading(bool before);
    bool isPageLoaded(int page) const;
    void recomputeLoadedPages();
    void releaseFarPages();
    void releasePages(const QList<int> &pages);
    void onImagesReleased(const QStringList &ids);
    void onImagesUnpinned(const QStringList &ids);
    /// Asks for the wanted rows' thumbnails, best first, and drops the rest.
    void updateWantedThumbnails();
    /// Higher for rows needed sooner: visible (middle out), ahead, behind.
    int thumbnailPriority(int row) const;
    void onImagesChanged(const QStringList &ids);
    void onThumbnailSettled(const QString &pixelKey);
    /// The rows of those of `ids` the list holds, in the order of `ids`.
    QList<int> rowsOf(const QStringList &ids) const;
    void emitRowRuns(QList<int> rows);

    Stash::StashClient *m_client;
    ImageStore *m_store;
    ThumbnailCache *m_thumbnails;

    ImageQuery m_query;
    bool m_hasQuery = false;
    int m_pageSize = DefaultPageSize;
    int m_activePageSize = DefaultPageSize; ///< the page size of the current generation
    int m_maxInFlight = 2;
    int m_maxResidentPages = DefaultMaxResidentPages;
    QSize m_thumbnailSize{256, 256};

    /// Advanced by every reset and removal: answers of older generations are dropped.
    quint64 m_generation = 0;
    bool m_countKnown = false;
    bool m_firstPageFailed = false;
    bool m_contradictionSaid = false; ///< a count its pages contradict was reported (per query)
    QList<QString> m_ids;             ///< one per row; null for rows whose page never arrived
    QHash<QString, int> m_rowOfId;
    /// Per page: its images are in the store (arrived, not released since).
    std::vector<bool> m_pageLoaded;
    QHash<int, QFuture<Stash::Result<Stash::FindImagesResult>>> m_inFlight;
    QList<int> m_pendingPages; ///< wanted, not loaded, not in flight; best first
    int m_wantedFirst = -1;
    int m_wantedLast = -1;
    /// What setVisibleRows() last said is on screen (-1: no view declared it).
    int m_visibleFirst = -1;
    int m_visibleLast = -1;
    int m_scrollDirection = 1; ///< +1 down (and at first), -1 up
    int m_screensAhead = ScreensAhead;
    int m_screensBehind = ScreensBehind;
    /// Thumbnails asked for, by pixelKey: which ids to repaint when they settle.
    QHash<QString, QStringList> m_thumbnailWaiters;
};

} // namespace Tessera
