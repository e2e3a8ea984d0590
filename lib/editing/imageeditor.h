// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "imagefields.h"
#include "ochange.h"
#include "result.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <optional>

class QUndoStack;
namespace Stash {
class StashClient;
}

namespace Tessera {

class ChangeSender;
class ImageStore;
class ValueGroups;

/// Every change a person makes to images goes through here: it is shown at
/// once (the store is patched), kept in the outbox and sent to the server in
/// chunks of at most ChunkSize images, confirmed with what the server returns,
/// and is one step on the undo stack. Failures that pass (no network, a server
/// error) are retried by the outbox until the server answers; a refusal rolls
/// that part back in the store and changeFailed() says what failed;
/// retryFailed() makes the change again.
class ImageEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageEditor)

public:
    /// Kept so that ImageEditor::OChange still names the enum of ochange.h.
    using OChange = Tessera::OChange;

    /// The most images one request changes.
    static constexpr int ChunkSize = 500;

    ImageEditor(Stash::StashClient *client, ImageStore *store, QObject *parent = nullptr);
    ~ImageEditor() override;

    QUndoStack *undoStack() const { return m_undoStack; }
    /// Every change to the server goes through here (and its outbox).
    ChangeSender *sender() const { return m_sender; }
    Stash::StashClient *client() const { return m_client; }
    ImageStore *store() const { return m_store; }
    bool isBusy() const;

    /// One undoable step that gives each image in `after` the values of
    /// `fields` it holds there. Undo restores each image's own previous values.
    /// Images must be in the store (the dialog and the grid have them).
    void edit(const QList<Stash::Image> &after, ImageFields fields, const QString &text);
    /// Sets (or with nullopt clears) the rating of every image; unknown ids are fetched first.
    void setRating(const QStringList &ids, std::optional<int> rating100, const QString &text);
    void setOrganized(const QStringList &ids, bool organized, const QString &text);
    /// One undo step of O-counter changes on these images (repeated clicks on
    /// the same images fold into it); unknown ids are read first.
    void changeO(const QStringList &ids, OChange change);
    void changeO(const QString &id, OChange change);
    /// Not undoable: the image is gone from Stash (and with deleteFile, from
    /// disk). The images stay in the store until the server confirmed it.
    void deleteImages(const QStringList &ids, bool deleteFile, bool deleteGenerated);

    /// Sends the last failed change again (a new undo step).
    void retryFailed();
    bool canRetry() const { return bool(m_retry); }

    /// Shows `images`' values of `fields` in the store (the images it holds;
    /// others are read fresh when they come into view). Sends nothing.
    void showFields(const QList<Stash::Image> &images, ImageFields fields);
    void showValues(const ValueGroups &values);

    // ---- the sends of the undo steps (ImageFieldsCommand, OCounterCommand) ----

    /// Patches the store to `targets`, sends the change (a group of many
    /// images as bulk chunks, single images as updates), and where the server
    /// refuses a chunk restores its `fallbacks` and tells `onFailure`.
    void applyFields(const ValueGroups &targets, const ValueGroups &fallbacks, const QString &text,
                     std::function<void()> onFailure);
    /// Shows `localValue` at once, then sends `count` increments or decrements
    /// (or one reset from `fallback`) of one image's O-counter; count 0 only sets
    /// the local value. Each refused step takes its own change off the screen
    /// and calls `onFailure` once.
    void sendO(const QString &id, OChange change, int count, int localValue, int fallback,
               const QString &text, std::function<void()> onFailure);

Q_SIGNALS:
    /// The server took a change of these images (its values are in the store now).
    void changeConfirmed(const QStringList &ids);
    void changeFailed(const QString &what, const Stash::Error &error);
    void imagesDeleted(const QStringList &ids);
    void deleteFailed(const QStringList &ids, const Stash::Error &error);
    void busyChanged(bool busy);

private:
    /// The current values of an image while a change is prepared: the store's,
    /// else what was read for it (only the change's fields, id not set); null
    /// for an image the server no longer has.
    using ValueLookup = std::function<const Stash::Image *(const QString &id)>;
    /// Runs `then` once the current values of `fields` of every id are known:
    /// the store's, else read from the server (only those fields, grouped by
    /// value; they are not added to the store). With no fields, whole images are
    /// read into the store.
    void withCurrentValues(const QStringList &ids, ImageFields fields, const QString &text,
                           std::function<void(const ValueLookup &)> then);
    /// One undo step that gives each image of `after` its values there, from
    /// its current values (read first where the store has not got them).
    void editValues(const ValueGroups &after, const QString &text);
    void reportFailure(const QString &text, const Stash::Error &error, std::function<void()> retry);
    /// A change that could not even be queued: said after the undo stack settled.
    void reportNotQueued(const QString &text, const Stash::Error &error,
                         std::function<void()> onFailure);

    Stash::StashClient *m_client;
    ImageStore *m_store;
    QUndoStack *m_undoStack;
    ChangeSender *m_sender;
    std::function<void()> m_retry;
};

} // namespace Tessera
