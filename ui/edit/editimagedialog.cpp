// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "edit/editimagedialog.h"
#include "widgets/plaintext.h"

#include "edit/editimageform.h"
#include "futurewatch.h"
#include "changesender.h"
#include "imageeditor.h"
#include "imagefields.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "session.h"
#include "stashclient.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

EditImageDialog::EditImageDialog(Session *session, int row, QWidget *parent)
    : QDialog(parent)
    , m_editor(session->editor())
    , m_client(session->client())
    , m_model(session->images())
{
    buildUi();
    setUpShortcuts();

    connect(m_editor, &ImageEditor::changeConfirmed, this, &EditImageDialog::onChangeConfirmed);
    connect(m_editor, &ImageEditor::changeFailed, this, &EditImageDialog::onChangeFailed);
    connect(m_editor->sender(), &ChangeSender::troubleChanged, this, &EditImageDialog::onSaveKept);
    ImageStore *store = m_editor->store();
    connect(store, &ImageStore::imagesChanged, this, &EditImageDialog::onStoreChanged);
    connect(store, &ImageStore::imagesRemoved, this, &EditImageDialog::onStoreRemoved);

    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                onModelRowsChanged(topLeft.row(), bottomRight.row());
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onModelRowsChanged(first, last); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        // The image may have moved up; follow it.
        if (!m_id.isEmpty()) {
            const int row = m_model->rowOfId(m_id);
            if (row >= 0)
                m_row = row;
        }
        updateTitle();
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateTitle();
        updateState();
    });

    showRow(row);
}

EditImageDialog::~EditImageDialog() = default;

void EditImageDialog::buildUi()
{
    setObjectName(QStringLiteral("EditImageDialog"));
    setAccessibleName(tr("Edit image"));
    setSizeGripEnabled(true);

    m_form = new EditImageForm(m_client, this);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Image details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Error"));
    makeErrorLabel(m_error);
    m_status = plainLabel(new QLabel(this));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));

    m_previous = new QPushButton(tr("◀ Previous"), this);
    m_previous->setObjectName(QStringLiteral("previous"));
    m_previous->setAccessibleName(tr("Previous image"));
    m_previous->setToolTip(tr("Previous image (Ctrl+Page Up, Alt+Left)"));
    m_next = new QPushButton(tr("Next ▶"), this);
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setAccessibleName(tr("Next image"));
    m_next->setToolTip(tr("Next image (Ctrl+Page Down, Alt+Right)"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setAccessibleName(tr("Save"));
    m_save->setToolTip(tr("Save (Ctrl+S); Ctrl+Enter saves and moves to the next image"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setAccessibleName(tr("Close"));
    // Enter belongs to the fields (the pickers pick with it): no default button.
    for (QPushButton *button : {m_previous, m_next, m_save, m_close}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    resize(640, 760);

    connect(m_previous, &QPushButton::clicked, this, &EditImageDialog::previous);
    connect(m_next, &QPushButton::clicked, this, &EditImageDialog::next);
    connect(m_save, &QPushButton::clicked, this, &EditImageDialog::save);
    connect(m_close, &QPushButton::clicked, this, &EditImageDialog::reject);

    connect(m_form, &EditImageForm::edited, this, [this] {
        if (!m_saving)
            setStatus(QString());
        updateState();
    });
    // The O-counter is not part of Save: each click is its own undoable change, as in the grid.
    connect(m_form, &EditImageForm::oChangeRequested, this, [this](OChange change) {
        if (!m_id.isEmpty())
            m_editor->changeO(m_id, change);
    });
    connect(m_form, &EditImageForm::statusMessage, this, &EditImageDialog::setStatus);
    connect(m_form, &EditImageForm::errorMessage, this, &EditImageDialog::showError);
}

void EditImageDialog::setUpShortcuts()
{
    const auto add = [this](const QKeySequence &keys, void (EditImageDialog::*slot)()) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::CTRL | Qt::Key_S), &EditImageDialog::save);
    add(QKeySequence(Qt::CTRL | Qt::Key_Return), &EditImageDialog::saveAndNext);
    add(QKeySequence(Qt::CTRL | Qt::Key_Enter), &EditImageDialog::saveAndNext);
    add(QKeySequence(Qt::CTRL | Qt::Key_PageUp), &EditImageDialog::previous);
    add(QKeySequence(Qt::ALT | Qt::Key_Left), &EditImageDialog::previous);
    add(QKeySequence(Qt::CTRL | Qt::Key_PageDown), &EditImageDialog::next);
    add(QKeySequence(Qt::ALT | Qt::Key_Right), &EditImageDialog::next);
}

void EditImageDialog::setRatingSystem(const RatingSystem &system)
{
    m_form->setRatingSystem(system);
}

bool EditImageDialog::isDirty() const
{
    return m_loaded &&
           ImageFieldValues::differing(*m_loaded, formImage()) & EditImageForm::Editable;
}

Image EditImageDialog::formImage() const
{
    return m_form->valuesOver(m_loaded.value_or(Image()));
}

bool EditImageDialog::isDateValid() const
{
    return m_form->isDateValid();
}

QString EditImageDialog::errorText() const
{
    return m_error->text();
}

// ---- moving between rows ---------------------------------------------------

void EditImageDialog::next()
{
    goToRow(m_row + 1);
}

void EditImageDialog::previous()
{
    goToRow(m_row - 1);
}

void EditImageDialog::goToRow(int row)
{
    if (row < 0 || row >= m_model->rowCount() || row == m_row)
        return;
    whenSettled([this, row] { showRow(row); });
}

void EditImageDialog::reject()
{
    whenSettled([this] { QDialog::reject(); });
}

void EditImageDialog::whenSettled(std::function<void()> then)
{
    if (m_saving) {
        // The move (or close) waits for the server's answer; a failure cancels it.
        m_afterSave = std::move(then);
        return;
    }
    if (!isDirty()) {
        then();
        return;
    }
    const QString title = m_loaded->displayTitle();
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("“%1” has changes that are not saved.").arg(title),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setAccessibleName(tr("Unsaved changes"));
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        if (!m_form->isDateValid()) {
            showError(tr("The date is not valid; correct it or clear it, then save."));
            m_form->focusDate();
            return;
        }
        startSave(std::move(then));
        return;
    case QMessageBox::Discard:
        // Back to the values as loaded, so a dialog shown again is clean.
        m_form->setImage(*m_loaded);
        showError(QString());
        then();
        return;
    default:
        return;
    }
}

void EditImageDialog::showRow(int row)
{
    m_row = row;
    m_id.clear();
    m_loaded.reset();
    m_sent.reset();
    ++m_loadGeneration;
    showError(QString());
    Q_EMIT currentRowChanged(row);

    const QString id = m_model->idAt(row);
    m_editor->store()->setPinned(this, {}); // loadCurrent() pins the next one
    if (id.isEmpty()) {
        // Not loaded yet: ask the model for it and wait for its dataChanged.
        m_waitingRow = row;
        m_loading = true;
        m_form->setFieldsEnabled(false);
        setStatus(tr("Loading…"));
        updateTitle();
        updateState();
        m_model->ensureLoaded(row, row);
        return;
    }
    m_waitingRow = -1;
    m_id = id;
    loadCurrent();
}

void EditImageDialog::onModelRowsChanged(int first, int last)
{
    if (m_waitingRow < 0 || m_waitingRow < first || m_waitingRow > last)
        return;
    const QString id = m_model->idAt(m_waitingRow);
    if (id.isEmpty())
        return;
    m_waitingRow = -1;
    m_id = id;
    loadCurrent();
}

void EditImageDialog::loadCurrent()
{
    const quint64 generation = ++m_loadGeneration;
    // Saving goes through the store (ImageEditor::edit() finds the image there):
    // the grid must not release it while this dialog shows it.
    m_editor->store()->setPinned(this, {m_id});
    m_loading = true;
    m_loaded.reset();
    m_form->setFieldsEnabled(false);
    setStatus(tr("Loading…"));
    // Show what the grid knows at once; the full image replaces it.
    if (const std::optional<Image> known = m_editor->store()->image(m_id))
        m_form->setImage(*known);
    updateTitle();
    updateState();

    const QString id = m_id;
    FutureWatch::onResult(
        m_client->findImage(id), this,
        [this, generation, id](const Result<std::optional<Image>> &result) {
            if (generation != m_loadGeneration)
                return; // moved on meanwhile
            m_loading = false;
            if (!result) {
                setStatus(QString());
                showError(tr("Could not load the image: %1").arg(result.error().message()));
                updateState();
                return;
            }
            if (!result.value()) {
                setStatus(QString());
                showError(tr("This image is no longer in Stash."));
                updateState();
                return;
            }
            m_editor->store()->insertOrUpdate(*result.value(), ImageStore::Detail::Full);
            onLoaded(id, m_editor->store()->image(id).value_or(*result.value()));
        });
}

void EditImageDialog::onLoaded(const QString &id, const Image &image)
{
    m_loaded = image;
    m_form->setImage(image);
    m_form->setFieldsEnabled(true);
    setStatus(QString());
    updateTitle();
    updateState();
    Q_EMIT imageLoaded(id);
}

void EditImageDialog::updateState()
{
    const bool dirty = isDirty();
    m_save->setEnabled(m_loaded && dirty && m_form->isDateValid() && !m_saving && !m_loading);
    m_previous->setEnabled(m_row > 0);
    m_next->setEnabled(m_row + 1 < m_model->rowCount());
}

void EditImageDialog::updateTitle()
{
    QString title;
    if (m_loaded)
        title = m_loaded->displayTitle();
    else if (const Image *image = m_id.isEmpty() ? nullptr : m_editor->store()->find(m_id))
        title = image->displayTitle();
    else
        title = tr("Loading…");
    const QLocale locale;
    setWindowTitle(
        tr("Edit image — %1 (%2 of %3)")
            .arg(title, locale.toString(m_row + 1), locale.toString(m_model->rowCount())));
}

// ---- saving -----------------------------------------------------------------

void EditImageDialog::save()
{
    startSave({});
}

void EditImageDialog::saveAndNext()
{
    if (m_saving)
        return;
    if (!isDirty()) {
        next();
        return;
    }
    startSave([this] {
        if (m_row + 1 < m_model->rowCount())
            showRow(m_row + 1);
    });
}

void EditImageDialog::startSave(std::function<void()> then)
{
    if (!m_loaded || m_loading || m_saving)
        return;
    if (!m_form->isDateValid()) {
        showError(tr("The date is not valid; correct it or clear it, then save."));
        return;
    }
    const Image form = formImage();
    const ImageFields fields =
        ImageFieldValues::differing(*m_loaded, form) & EditImageForm::Editable;
    if (!fields) {
        if (then)
            then();
        return;
    }
    // The stored image may have moved on (a rating from the grid): change only
    // what was edited here.
    Image after = m_editor->store()->image(m_id).value_or(*m_loaded);
    ImageFieldValues::copy(form, after, fields);
    showError(QString());

    const Image *current = m_editor->store()->find(m_id);
    if (current && ImageFieldValues::sameValues(*current, after, fields)) {
        // Nothing left to send: the store (and so the server) has these values.
        m_loaded = *current;
        m_form->setImage(*current);
        setStatus(tr("Saved"));
        updateState();
        Q_EMIT saved(m_id);
        if (then)
            then();
        return;
    }

    m_saving = true;
    m_sent = form;
    m_afterSave = std::move(then);
    m_saveText = tr("Edit %1").arg(after.displayTitle());
    setStatus(tr("Saving…"));
    updateState();
    m_editor->edit({after}, fields, m_saveText);
    // Sends fail for a passing reason (offline, a server error): the change is
    // kept safe in the outbox, so the dialog need not wait for the server.
    if (m_editor->sender()->troubleSince().isValid())
        QMetaObject::invokeMethod(this, &EditImageDialog::onSaveKept, Qt::QueuedConnection);
}

void EditImageDialog::onSaveKept()
{
    if (!m_saving || !m_editor->sender()->troubleSince().isValid())
        return;
    m_saving = false;
    const std::optional<Image> stored = m_editor->store()->image(m_id);
    if (stored)
        m_loaded = *stored; // the change as shown; the server's answer updates it later
    m_keptId = m_id;
    finishSave(tr("Saved on this computer; it goes to the server when it answers again."));
}

void EditImageDialog::finishSave(const QString &status)
{
    m_sent.reset();
    showError(QString());
    setStatus(status);
    updateTitle();
    updateState();
    Q_EMIT saved(m_id);
    if (auto then = std::exchange(m_afterSave, {}))
        then();
}

void EditImageDialog::onChangeConfirmed(const QStringList &ids)
{
    if (!m_saving && !m_keptId.isEmpty() && m_keptId == m_id && ids.contains(m_id) &&
        !m_editor->store()->isPending(m_id)) {
        m_keptId.clear(); // what was kept on this computer has reached the server
        setStatus(tr("Saved"));
        return;
    }
    if (!m_saving || !ids.contains(m_id))
        return;
    m_saving = false;
    const std::optional<Image> stored = m_editor->store()->image(m_id);
    if (stored) {
        // Typed on while the save was out? Keep that; else show what the server stored.
        const bool untouched = m_sent && !(ImageFieldValues::differing(*m_sent, formImage()) &
                                           EditImageForm::Editable);
        m_loaded = *stored;
        if (untouched)
            m_form->setImage(*stored);
    }
    finishSave(tr("Saved"));
}

void EditImageDialog::onChangeFailed(const QString &what, const Error &error)
{
    if (!m_saving || what != m_saveText)
        return;
    // The store rolled back; the form keeps the input so nothing typed is lost.
    m_saving = false;
    m_sent.reset();
    m_afterSave = {};
    setStatus(QString());
    showError(tr("Could not save: %1").arg(error.message()));
    updateState();
    Q_EMIT saveFailed(m_id, error.message());
}

void EditImageDialog::onStoreChanged(const QStringList &ids)
{
    if (m_id.isEmpty() || !m_loaded || m_loading || !ids.contains(m_id))
        return;
    if (const Image *current = m_editor->store()->find(m_id))
        m_form->setOCounter(current->oCounter); // O clicks apply at once, dirty or not
    if (m_saving)
        return;
    // Changed elsewhere (undo, the grid's rating): follow it unless the user
    // has edits here, which win for their fields at save.
    if (isDirty())
        return;
    if (const std::optional<Image> image = m_editor->store()->image(m_id)) {
        m_loaded = *image;
        m_form->setImage(*image);
        updateTitle();
        updateState();
    }
}

void EditImageDialog::onStoreRemoved(const QStringList &ids)
{
    if (m_id.isEmpty() || !ids.contains(m_id))
        return;
    m_loaded.reset();
    m_saving = false;
    m_afterSave = {};
    m_form->setFieldsEnabled(false);
    showError(tr("This image was deleted."));
    updateState();
}

void EditImageDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EditImageDialog::setStatus(const QString &message)
{
    m_status->setText(message);
}

} // namespace Tessera
