// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "image.h"
#include "imagefields.h"
#include "ochange.h"
#include "ratingsystem.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
namespace Stash {
class StashClient;
}

namespace Tessera {

class ChipPicker;
class OCounterButton;
class RatingWidget;
class TagCreator;
class UrlListEditor;

/// The fields of one image (title, code, URLs, date, details, photographer,
/// rating, organized, O-counter, studio, performers, tags, galleries) and the
/// facts of its file, as a form: setImage() shows an image, valuesOver() reads
/// the form back onto one. It checks the date against what the server can
/// store and turns a typed tag name into a tag (TagCreator). Loading, saving
/// and moving between images are the dialog's; the O-counter is not part of
/// the form's values (each click is its own change, oChangeRequested()).
class EditImageForm final : public QWidget
{
    Q_OBJECT

public:
    /// The fields the form edits; what "changed" compares.
    static const ImageFields Editable;

    EditImageForm(Stash::StashClient *client, QWidget *parent = nullptr);
    ~EditImageForm() override;

    void setRatingSystem(const Stash::RatingSystem &system);
    /// Shows `image` in every field (without emitting edited()).
    void setImage(const Stash::Image &image);
    /// `base` with the form's values in the editable fields. Picked objects
    /// are the base's own where it had them, so an untouched list compares equal.
    Stash::Image valuesOver(const Stash::Image &base) const;
    /// The O-counter follows the store, edited or not.
    void setOCounter(int value);
    /// Enables or disables the editable fields (the file facts stay readable).
    void setFieldsEnabled(bool enabled);
    /// The date field holds something the server would refuse.
    bool isDateValid() const { return m_dateValid; }
    void focusDate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    /// The person changed a field.
    void edited();
    void oChangeRequested(Tessera::OChange change);
    /// Progress of an inline tag creation ("Creating tag …"), empty to clear.
    void statusMessage(const QString &text);
    /// Something went wrong outside the save (a tag look-up); empty to clear.
    void errorMessage(const QString &text);

private:
    struct Known; ///< objects the pickers found, by id, so that saves carry their names

    void buildFields();
    QWidget *buildFileFacts();
    void setUpPickers();
    void validateDate();
    void showFileFacts(const Stash::Image &image);
    void askToCreateTag(const QString &name);
    void addTag(const Stash::Tag &tag);

    Stash::StashClient *m_client;
    TagCreator *m_tagCreator;
    std::shared_ptr<Known> m_known;
    bool m_filling = false;
    bool m_dateValid = true;
    bool m_ratingTouched = false; ///< the person changed the rating since setImage()

    QWidget *m_fields;
    QLineEdit *m_title;
    QLineEdit *m_code;
    UrlListEditor *m_urls;
    QLineEdit *m_date;
    QLabel *m_dateError;
    QPlainTextEdit *m_details;
    QLineEdit *m_photographer;
    RatingWidget *m_rating;
    QCheckBox *m_organized;
    OCounterButton *m_oCounter;
    ChipPicker *m_studio;
    ChipPicker *m_performers;
    ChipPicker *m_tags;
    ChipPicker *m_galleries;
    QLabel *m_path;
    QLabel *m_format;
    QLabel *m_dimensions;
    QLabel *m_size;
    QLabel *m_modified;
};

/// Shows an error in a label: red that reads on light and dark themes, wrapped,
/// selectable; hidden until it has text.
void makeErrorLabel(QLabel *label);

} // namespace Tessera
