// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "session.h"

#include "bulkeditrunner.h"
#include "changesender.h"
#include "fullimageloader.h"
#include "imageeditor.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "selection.h"
#include "stashclient.h"
#include "thumbnailcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUrl>

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
    // Changes nobody on screen was told of (an earlier run's, a refused one): read again.
    connect(m_editor->sender(), &ChangeSender::imagesChangedOnServer, m_images,
            &ImageListModel::refreshIds);
}

Session::~Session() = default;

QString Session::outboxPath(const QUrl &baseUrl, const QString &folder)
{
    const QString root = folder.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                   QStringLiteral("/outbox")
                             : folder;
    // The address without what does not name the server (a user name, a
    // trailing slash); hashed, so it is a safe file name.
    QString path = baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString address = (baseUrl.scheme() + QStringLiteral("://") + baseUrl.host() +
                             QLatin1Char(':') + QString::number(baseUrl.port()) + path)
                                .toLower();
    const QByteArray hash =
        QCryptographicHash::hash(address.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return root + QLatin1Char('/') + QString::fromLatin1(hash) + QStringLiteral(".sqlite");
}

bool Session::openOutboxFor(const QUrl &baseUrl, const QString &folder)
{
    const QString path = outboxPath(baseUrl, folder);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return m_editor->sender()->openOutbox(path);
}

void Session::reset()
{
    m_editor->sender()->closeOutbox();
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
    m_client->clearCookies();
}

} // namespace Tessera
