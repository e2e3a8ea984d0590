// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "session.h"

#include "bulkeditrunner.h"
#include "fullimageloader.h"
#include "imageeditor.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "selection.h"
#include "stashclient.h"
#include "thumbnailcache.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QUndoStack>

namespace Tessera {

using namespace Stash;

Session::Session(QObject *parent)
    : QObject(parent)
    , m_client(new StashClient(nullptr, this))
    , m_store(new ImageStore(this))
    , m_thumbnails(new ThumbnailCache(m_client, this))
    , m_images(new ImageListModel(m_client, m_store, m_thumbnails, this))
    , m_fullImages(new FullImageLoader(m_client, this))
    , m_editor(new ImageEditor(m_client, m_store, this))
    , m_bulk(new BulkEditRunner(m_editor, this))
    , m_selection(new Selection(m_images, m_client, this))
{
    m_editor->undoStack()->setUndoLimit(UndoLimit);
    // Bulk changes come back as ids only: read the changed rows again, visible ones first.
    connect(m_bulk, &BulkEditRunner::finished, m_images,
            [this](const BulkEditRunner::Report &report) { m_images->refreshIds(report.applied); });
}

Session::~Session() = default;

void Session::reset()
{
    m_selection->reset();
    m_store->clear();
    // Undo steps name images of the old server: undoing them on the new one would edit others.
    m_editor->undoStack()->clear();
    // Thumbnails are keyed by the pixels' fingerprint, which one server does
    // not share with another: drop the decoded ones and the failures.
    m_thumbnails->cancelAll();
    m_thumbnails->clearMemory();
    m_thumbnails->clearBroken();
    m_fullImages->clear();
    // The old server's session cookie must not linger (and never reach another server).
    m_client->network()->setCookieJar(new QNetworkCookieJar);
}

} // namespace Tessera
