// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QObject>

class QUrl;

namespace Stash {
class StashClient;
}

namespace Tessera {

class BulkEditRunner;
class FullImageLoader;
class ImageEditor;
class ImageListModel;
class ImageStore;
class Selection;
class ThumbnailCache;

/// Everything that belongs to one connected Stash server: the client, the
/// images it sent (store and list model), their thumbnails and full images,
/// the editor with its undo history, the bulk runner and the selection. The
/// windows and widgets take it and share it; reset() forgets the server.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    /// Undo steps kept; older ones are dropped.
    static constexpr int UndoLimit = 500;

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    Stash::StashClient *client() const { return m_client; }
    ImageStore *store() const { return m_store; }
    /// The list of the current query's images (the grid's model).
    ImageListModel *images() const { return m_images; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    FullImageLoader *fullImages() const { return m_fullImages; }
    ImageEditor *editor() const { return m_editor; }
    BulkEditRunner *bulk() const { return m_bulk; }
    Selection *selection() const { return m_selection; }

    /// A change of server is coming: forgets the selection, the images, the undo
    /// history, the decoded thumbnails and full images, and the session cookie;
    /// the changes still on their way stay in the old server's outbox file.
    void reset();

    /// Keeps the changes for the server at `baseUrl` in its own outbox file (in
    /// `folder`, by default under AppDataLocation) and sends what an earlier run
    /// left there. False with ChangeSender::outboxError(): changes are then
    /// refused with that message rather than kept in memory only.
    bool openOutboxFor(const QUrl &baseUrl, const QString &folder = {});
    /// The outbox file of a server: one per server address, whatever profile reaches it.
    static QString outboxPath(const QUrl &baseUrl, const QString &folder = {});

private:
    Stash::StashClient *m_client;
    ImageStore *m_store;
    ThumbnailCache *m_thumbnails;
    ImageListModel *m_images;
    FullImageLoader *m_fullImages;
    ImageEditor *m_editor;
    BulkEditRunner *m_bulk;
    Selection *m_selection;
};

} // namespace Tessera
