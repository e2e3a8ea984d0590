#pragma once

#include "imagequery.h"
#include "stashclient.h" // the page types held in QFuture members

#include <QAbstractListModel>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QSize>
#include <QStringList>

#include <vector>

class ImageStore;
class ThumbnailCache;

/// One ImageQuery as one flat list. Once the first page has answered,
/// rowCount() is the server's count: rows not loaded yet exist and return
/// placeholder data (LoadedRole false, everything else invalid). Pages load
/// on demand from ensureLoaded(), which the view calls with its visible range
/// plus read-ahead (after scrolling and after modelReset / rowsInserted), at
/// most maxPagesInFlight() at a time, the newest range first. Images go into
/// the ImageStore; the rows follow the store's changes.
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
        TitleRole,           ///< QString: the title, else the file's basename (= Qt::DisplayRole)
        ThumbnailRole,       ///< QImage when in memory, else invalid (requests it for wanted rows)
        Rating100Role,       ///< int 0..100, invalid when unrated
        OCounterRole,        ///< int
        OrganizedRole,       ///< bool
        TagNamesRole,        ///< QStringList
        DimensionsRole,      ///< QSize of the primary file
        FileSizeRole,        ///< qint64 bytes of the primary file
        LoadedRole,          ///< bool: false for a placeholder row
        PixelKeyRole,        ///< QString: Image::pixelKey()
        ThumbnailBrokenRole, ///< bool: the thumbnail could not be fetched or decoded
    };
    Q_ENUM(Role)

    static constexpr int DefaultPageSize = 200;

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
    /// The size the grid draws thumbnails at (ThumbnailCache buckets it).
    void setThumbnailSize(QSize size);
    QSize thumbnailSize() const { return m_thumbnailSize; }

    /// Declares the rows the view needs (visible + read-ahead) and loads the
    /// pages covering them that are not loaded or loading. Replaces the ranges
    /// asked for before: their queued pages are dropped and, when the slots are
    /// needed, their in-flight pages canceled. Thumbnails are requested only
    /// for rows in this range; queued thumbnails of other rows are dropped.
    void ensureLoaded(int firstRow, int lastRow);

    /// Rows: the server's count once the first page answered, else 0.
    int count() const { return int(m_ids.size()); }
    bool isCountKnown() const { return m_countKnown; }
    bool isLoading() const { return !m_inFlight.isEmpty(); }
    int pagesInFlight() const { return int(m_inFlight.size()); }
    bool isRowLoaded(int row) const;
    /// The id at `row`, or an empty string for a placeholder or invalid row.
    QString idAt(int row) const;
    /// The row of a loaded image, or -1.
    int rowOfId(const QString &id) const;
    /// Removes the rows of these ids (after a delete), wherever they are loaded.
    void removeIds(const QStringList &ids);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
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
    void updateWantedThumbnails();
    void onImagesChanged(const QStringList &ids);
    void onThumbnailSettled(const QString &pixelKey);
    void emitRowRuns(QList<int> rows);

    Stash::StashClient *m_client;
    ImageStore *m_store;
    ThumbnailCache *m_thumbnails;

    ImageQuery m_query;
    bool m_hasQuery = false;
    int m_pageSize = DefaultPageSize;
    int m_activePageSize = DefaultPageSize; ///< the page size of the current generation
    int m_maxInFlight = 2;
    QSize m_thumbnailSize{256, 256};

    /// Advanced by every reset and removal: answers of older generations are dropped.
    quint64 m_generation = 0;
    bool m_countKnown = false;
    bool m_firstPageFailed = false;
    QList<QString> m_ids; ///< one per row; null for rows not loaded yet
    QHash<QString, int> m_rowOfId;
    std::vector<bool> m_pageLoaded;
    QHash<int, QFuture<Stash::Result<Stash::FindImagesResult>>> m_inFlight;
    QList<int> m_pendingPages; ///< wanted, not loaded, not in flight; best first
    int m_wantedFirst = -1;
    int m_wantedLast = -1;
    /// Thumbnails asked for from data(), by pixelKey: which ids to repaint when they settle.
    mutable QHash<QString, QStringList> m_thumbnailWaiters;
};
