// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "selectionediting.h"

#include "edit/deleteimagesdialog.h"
#include "imageeditor.h"
#include "imagestore.h"
#include "selection.h"
#include "session.h"
#include "stashclient.h"
#include "widgets/ocounterbutton.h"

namespace Tessera {

using namespace Stash;

namespace {

/// The undo step's name: "Rate Beach 3 stars", "Clear the rating of 1,200 images".
QString ratingText(int count, const QString &title, std::optional<int> rating100,
                   const RatingSystem &system)
{
    if (count == 1)
        return rating100 ? SelectionEditing::tr("Rate %1 %2").arg(title, system.format(rating100))
                         : SelectionEditing::tr("Clear the rating of %1").arg(title);
    return rating100
               ? SelectionEditing::tr("Rate %L1 images %2").arg(count).arg(system.format(rating100))
               : SelectionEditing::tr("Clear the rating of %L1 images").arg(count);
}

} // namespace

SelectionEditing::SelectionEditing(Session *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{}

void SelectionEditing::withSelectedIds(std::function<void(const QStringList &)> work)
{
    switch (m_session->selection()->withIds(std::move(work))) {
    case Selection::Run::Now:
        return;
    case Selection::Run::Later: // select-all is still collecting ids: as soon as they are here
        Q_EMIT statusMessage(tr("Collecting the selection…"), 3000);
        return;
    case Selection::Run::Never:
        Q_EMIT statusMessage(tr("Select images first."), 3000);
        return;
    }
}

void SelectionEditing::rate(const QStringList &ids, std::optional<int> rating100)
{
    const std::optional<ServerInfo> &server = m_session->client()->serverInfo();
    if (!server || ids.isEmpty())
        return;
    const Image *first = m_session->store()->find(ids.first());
    m_session->editor()->setRating(ids, rating100,
                                   ratingText(int(ids.size()),
                                              first ? first->displayTitle() : ids.first(),
                                              rating100, server->ratingSystem));
}

void SelectionEditing::rateImage(const QString &id, std::optional<int> rating100)
{
    if (m_session->store()->find(id))
        rate({id}, rating100);
}

void SelectionEditing::rateSelection(std::optional<int> rating100)
{
    if (!m_session->client()->serverInfo())
        return;
    withSelectedIds([this, rating100](const QStringList &ids) { rate(ids, rating100); });
}

void SelectionEditing::rateSelectionStars(int stars)
{
    const std::optional<ServerInfo> &server = m_session->client()->serverInfo();
    if (!server)
        return;
    const RatingSystem &system = server->ratingSystem;
    rateSelection(
        system.fromDisplay(system.type == RatingSystem::Type::Decimal ? stars * 2.0 : stars));
}

void SelectionEditing::changeOOfSelection(OChange change)
{
    withSelectedIds([this, change](const QStringList &ids) {
        if (change == OChange::Reset) {
            int highest = 0;
            for (const QString &id : ids) {
                if (const Image *image = m_session->store()->find(id))
                    highest = std::max(highest, image->oCounter);
            }
            if (!OCounterButton::confirmReset(m_window, highest))
                return;
        }
        m_session->editor()->changeO(ids, change); // one undo step for the whole selection
    });
}

void SelectionEditing::toggleOrganizedOfSelection()
{
    withSelectedIds([this](const QStringList &ids) {
        const Image *first = m_session->store()->find(ids.first());
        const bool organized = !(first && first->organized);
        m_session->editor()->setOrganized(
            ids, organized,
            organized ? tr("Mark %L1 images organized").arg(ids.size())
                      : tr("Mark %L1 images not organized").arg(ids.size()));
    });
}

void SelectionEditing::deleteSelection()
{
    withSelectedIds([this](const QStringList &ids) { deleteImages(ids); });
}

void SelectionEditing::deleteImages(const QStringList &ids)
{
    QList<Image> images; // the dialog names the first few
    for (const QString &id : ids) {
        if (images.size() >= 5)
            break;
        if (const Image *image = m_session->store()->find(id))
            images.append(*image);
    }
    DeleteImagesDialog dialog(images, int(ids.size()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->editor()->deleteImages(ids, dialog.deleteFile(), dialog.deleteGenerated());
}

} // namespace Tessera
