// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "image.h"
#include "ratingsystem.h"
#include "stasherror.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QObject;
class QWidget;
namespace Stash {
class StashClient;
}

namespace Tessera {

class EditImageForm;
class ImageEditor;
class ImageListModel;
class Session;

/// Edits one image's metadata (title, code, URLs, date, details, photographer,
/// rating, organized, studio, performers, tags, galleries) and shows its file
/// facts. Loads the full image from the server on open and on every move;
/// Previous/Next walk the model's rows without closing. Save sends only the
/// fields that changed, through ImageEditor (optimistic, undoable), and waits
/// for the server: a refusal is shown in the dialog and the input is kept.
/// Works shown (non-modal) or with exec().
class EditImageDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Edits the image at `row` of the session's images, through its editor.
    EditImageDialog(Session *session, int row, QWidget *parent = nullptr);
    ~EditImageDialog() override;

    void setRatingSystem(const Stash::RatingSystem &system);

    int currentRow() const { return m_row; }
    QString currentId() const { return m_id; }
    /// The form differs from the image as loaded (or last saved).
    bool isDirty() const;
    bool isLoading() const { return m_loading; }
    bool isSaving() const { return m_saving; }
    /// The date field holds something the server would refuse.
    bool isDateValid() const;
    /// The error of the last failed save or load, as shown; empty when none.
    QString errorText() const;

public Q_SLOTS:
    /// Sends the changed fields; does nothing while invalid, loading or saving.
    void save();
    /// Saves (if anything changed), then moves to the next row once the server took it.
    void saveAndNext();
    void next();
    void previous();
    /// Moves to `row` (asking about unsaved changes first).
    void goToRow(int row);
    void reject() override;

Q_SIGNALS:
    /// The full image of `id` is in the form.
    void imageLoaded(const QString &id);
    /// The server took the changes of `id`.
    void saved(const QString &id);
    /// The server refused (or could not be reached); the input is kept.
    void saveFailed(const QString &id, const QString &message);
    void currentRowChanged(int row);

private:
    void buildUi();
    void setUpShortcuts();

    /// If there are unsaved changes, asks Save / Discard / Cancel. `then` runs
    /// when it is fine to go on (now, or after the save was confirmed).
    void whenSettled(std::function<void()> then);
    void showRow(int row);
    void loadCurrent();
    void onLoaded(const QString &id, const Stash::Image &image);
    /// The loaded image with the form's values.
    Stash::Image formImage() const;
    void updateState();
    void startSave(std::function<void()> then);
    void onChangeConfirmed(const QStringList &ids);
    /// The save is kept in the outbox while the server cannot be reached: go on as saved.
    void onSaveKept();
    /// The end of a save that worked: status, title, buttons, saved(), then what waited for it.
    void finishSave(const QString &status);
    void onChangeFailed(const QString &what, const Stash::Error &error);
    void onStoreChanged(const QStringList &ids);
    void onStoreRemoved(const QStringList &ids);
    void onModelRowsChanged(int first, int last);
    void showError(const QString &message);
    void setStatus(const QString &message);
    void updateTitle();

    ImageEditor *m_editor;
    Stash::StashClient *m_client;
    ImageListModel *m_model;

    int m_row = -1;
    QString m_id;
    int m_waitingRow = -1;                ///< a row not loaded yet that the model is asked for
    std::optional<Stash::Image> m_loaded; ///< as loaded or last saved: what "changed" compares to
    bool m_loading = false;
    bool m_saving = false;
    QString m_keptId; ///< saved on this computer only, until the server confirms it
    quint64 m_loadGeneration = 0;
    QString m_saveText;                 ///< the undo text of the save in flight
    std::optional<Stash::Image> m_sent; ///< the form as sent
    std::function<void()> m_afterSave;  ///< what waits for the save (a move, closing)

    EditImageForm *m_form;
    QLabel *m_error;
    QLabel *m_status;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_save;
    QPushButton *m_close;
};

} // namespace Tessera
