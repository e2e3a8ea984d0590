// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "image.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

namespace Tessera {

/// The one place that holds each image (id → Stash::Image). The grid model,
/// the viewer and the dialogs read from it, so an edit shows everywhere.
///
/// It is a cache, not the library: the grid model release()s the images of
/// pages scrolled far away, so memory stays bounded with 500,000 images. Who
/// needs an image to stay (the viewer's current image, the edit dialog's, an
/// edit waiting for the server's answer) pins it; release() leaves pinned
/// images alone. Released images come back with the next page that lists them.
class ImageStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageStore)

public:
    /// Which GraphQL fragment the images came from.
    enum class Detail {
        Slim, ///< the grid fragment: only its fields replace what is stored
        Full, ///< the viewer / dialog fragment: replaces the stored image
    };

    explicit ImageStore(QObject *parent = nullptr);

    /// Adds new images and merges known ones. A Slim image takes the new values
    /// of the fields the slim fragment carries (title, date, rating, organized,
    /// O-counter, updated_at, paths, tags, the files' slim facts) and keeps the
    /// full-only ones already known (urls, details, code, photographer, studio,
    /// performers, galleries, created_at, codec facts). Emits imagesAdded for
    /// new ids and imagesChanged for known ids whose value changed.
    void insertOrUpdate(const QList<Stash::Image> &images, Detail detail = Detail::Slim);
    void insertOrUpdate(const Stash::Image &image, Detail detail = Detail::Slim);

    /// Edits one stored image in place (optimistic patches); emits imagesChanged
    /// if the value changed. False if the id is unknown.
    bool patch(const QString &id, const std::function<void(Stash::Image &)> &edit);

    /// A copy of the stored image, if known.
    std::optional<Stash::Image> image(const QString &id) const;
    /// The stored image without a copy, or nullptr; valid until the store changes.
    const Stash::Image *find(const QString &id) const;
    bool contains(const QString &id) const;
    /// Whether the stored image came (at least once) from the full fragment.
    bool hasFullDetails(const QString &id) const;
    int size() const { return int(m_images.size()); }

    /// Forgets these images (after a delete); emits imagesRemoved for the known ones.
    void remove(const QStringList &ids);

    /// Drops the cached data of these images unless pinned: they still exist on
    /// the server, so this is not a removal (no imagesRemoved, list rows stay).
    /// Emits imagesReleased and returns the ids actually dropped.
    QStringList release(const QStringList &ids);
    /// Keeps these ids from release() until as many unpin() calls (a count per
    /// id). Ids not in the store yet may be pinned too. The last unpin() of an
    /// id emits imagesUnpinned, so that whoever released around it (the grid
    /// model) can let it go now.
    void pin(const QStringList &ids);
    void unpin(const QStringList &ids);
    bool isPinned(const QString &id) const { return m_pins.contains(id); }
    /// A change of these images is on its way to the server (a count per id, like
    /// pins, which it implies): views show a "pending" mark until as many
    /// settlePending() calls. Emits imagesChanged for the ids whose mark appears.
    void markPending(const QStringList &ids);
    /// The server answered one change of each id (confirmed or refused).
    void settlePending(const QStringList &ids);
    bool isPending(const QString &id) const { return m_pending.contains(id); }
    /// `images` without those a change is still on its way for: what may go
    /// into the store from an answer or a rollback without hiding a newer change.
    QList<Stash::Image> withoutPending(const QList<Stash::Image> &images) const;
    int pendingImageCount() const { return int(m_pending.size()); }
    /// Replaces what `owner` pins with `ids` (empty: nothing); when `owner` is
    /// destroyed its pins go with it. For a window that shows one image at a time.
    void setPinned(const QObject *owner, const QStringList &ids);
    /// Forgets everything (a new server); emits imagesRemoved with every id.
    void clear();

    /// `image` with the fields of a slim `update` laid over it (what insertOrUpdate does).
    static Stash::Image mergedSlim(const Stash::Image &image, const Stash::Image &update);

Q_SIGNALS:
    void imagesAdded(const QStringList &ids);
    void imagesChanged(const QStringList &ids);
    void imagesRemoved(const QStringList &ids);
    /// These images' data was dropped from memory (see release()); they still exist.
    void imagesReleased(const QStringList &ids);
    /// No one pins these ids any more.
    void imagesUnpinned(const QStringList &ids);

private:
    void share(Stash::Image &image);

    QHash<QString, Stash::Image> m_images;
    QSet<QString> m_full;
    QHash<QString, int> m_pins;    ///< id → pin count (> 0)
    QHash<QString, int> m_pending; ///< id → changes on their way (> 0)
    QHash<const QObject *, QStringList> m_ownerPins;
    /// Tag ids and names, fingerprint types: the same few strings in thousands
    /// of images, kept once (QString shares its data when copied).
    QSet<QString> m_shared;
};

} // namespace Tessera
