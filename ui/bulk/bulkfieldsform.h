// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "bulkimageupdate.h"
#include "widgets/chippicker.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QLineEdit;
class QPushButton;

namespace Stash {
struct RatingSystem;
}

namespace Tessera {

class RatingWidget;

/// The bulk panel's "Fields" form: rating, organized, studio, the text fields
/// and the URLs, each for every selected image. Only emits intents; the panel
/// does the work.
class BulkFieldsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkFieldsForm)

public:
    explicit BulkFieldsForm(QWidget *parent = nullptr);

    void setRatingSystem(const Stash::RatingSystem &system);
    void setStudioLookup(ChipPicker::Lookup lookup);

    RatingWidget *ratingWidget() const { return m_rating; }
    QPushButton *clearRatingButton() const { return m_clearRating; }
    QPushButton *organizedButton() const { return m_organized; }
    QPushButton *notOrganizedButton() const { return m_notOrganized; }
    ChipPicker *studioPicker() const { return m_studio; }
    QPushButton *setStudioButton() const { return m_setStudio; }
    QPushButton *clearStudioButton() const { return m_clearStudio; }
    /// serverName: title code date details photographer.
    QLineEdit *textField(const QString &serverName) const;
    QPushButton *applyTextButton(const QString &serverName) const;

Q_SIGNALS:
    /// nullopt clears.
    void ratingRequested(std::optional<int> rating100);
    void organizedRequested(bool organized);
    /// nullopt clears.
    void studioRequested(const std::optional<Choice> &studio);
    /// An empty value clears.
    void textRequested(const QString &serverName, const QString &value);
    void urlsRequested(Stash::BulkMode mode, const QStringList &urls);
    void statusMessage(const QString &text, int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    RatingWidget *m_rating = nullptr;
    QPushButton *m_clearRating = nullptr;
    QPushButton *m_organized = nullptr;
    QPushButton *m_notOrganized = nullptr;
    ChipPicker *m_studio = nullptr;
    QPushButton *m_setStudio = nullptr;
    QPushButton *m_clearStudio = nullptr;
    QHash<QString, QLineEdit *> m_textFields;
    QHash<QString, QPushButton *> m_textApply;
    QLineEdit *m_urlEdit = nullptr;
};

} // namespace Tessera
