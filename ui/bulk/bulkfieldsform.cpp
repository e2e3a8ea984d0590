// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/bulkfieldsform.h"

#include "bulkedits.h"
#include "ratingsystem.h"
#include "widgets/ratingwidget.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Tessera {

using namespace Stash;

namespace {

// The form's words were the bulk panel's and keep its translation context, so
// their translations stay in force (lupdate reads the literal context).
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

BulkFieldsForm::BulkFieldsForm(QWidget *parent)
    : QWidget(parent)
{
    QWidget *box = this;
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *title = new QLabel(translate("Tessera::BulkEditPanel", "Fields"), box);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    form->addRow(title);

    const auto row = [box](std::initializer_list<QWidget *> widgets) {
        auto *w = new QWidget(box);
        auto *h = new QHBoxLayout(w);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(4);
        for (QWidget *widget : widgets) {
            widget->setParent(w);
            h->addWidget(widget,
                         widget->sizePolicy().horizontalPolicy() == QSizePolicy::Expanding ? 1 : 0);
        }
        return w;
    };

    m_rating = new RatingWidget;
    m_rating->setAccessibleName(
        translate("Tessera::BulkEditPanel", "Rating of all selected images"));
    m_rating->setToolTip(
        translate("Tessera::BulkEditPanel", "Rate every selected image (keys 1–5 here; 0 clears)"));
    m_rating->installEventFilter(this);
    connect(m_rating, &RatingWidget::ratingChanged, this, &BulkFieldsForm::ratingRequested);
    m_clearRating = new QPushButton(translate("Tessera::BulkEditPanel", "Clear"));
    m_clearRating->setAccessibleName(
        translate("Tessera::BulkEditPanel", "Clear the rating of all selected images"));
    connect(m_clearRating, &QPushButton::clicked, this,
            [this] { Q_EMIT ratingRequested(std::nullopt); });
    auto *ratingRow = row({m_rating, m_clearRating});
    static_cast<QHBoxLayout *>(ratingRow->layout())->addStretch(1);
    form->addRow(translate("Tessera::BulkEditPanel", "Rating"), ratingRow);

    m_organized = new QPushButton(translate("Tessera::BulkEditPanel", "Organized"));
    m_organized->setAccessibleName(
        translate("Tessera::BulkEditPanel", "Mark all selected images organized"));
    m_notOrganized = new QPushButton(translate("Tessera::BulkEditPanel", "Not organized"));
    m_notOrganized->setAccessibleName(
        translate("Tessera::BulkEditPanel", "Mark all selected images not organized"));
    connect(m_organized, &QPushButton::clicked, this, [this] { Q_EMIT organizedRequested(true); });
    connect(m_notOrganized, &QPushButton::clicked, this,
            [this] { Q_EMIT organizedRequested(false); });
    auto *organizedRow = row({m_organized, m_notOrganized});
    static_cast<QHBoxLayout *>(organizedRow->layout())->addStretch(1);
    form->addRow(translate("Tessera::BulkEditPanel", "Organized"), organizedRow);

    m_studio = new ChipPicker(translate("Tessera::BulkEditPanel", "Studio…"), true);
    m_studio->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_setStudio = new QPushButton(translate("Tessera::BulkEditPanel", "Set"));
    m_setStudio->setAccessibleName(
        translate("Tessera::BulkEditPanel", "Set the studio of all selected images"));
    m_clearStudio = new QPushButton(translate("Tessera::BulkEditPanel", "Clear"));
    m_clearStudio->setAccessibleName(
        translate("Tessera::BulkEditPanel", "Clear the studio of all selected images"));
    connect(m_setStudio, &QPushButton::clicked, this, [this] {
        if (m_studio->choices().isEmpty()) {
            Q_EMIT statusMessage(translate("Tessera::BulkEditPanel", "Choose a studio first."),
                                 3000);
            return;
        }
        Q_EMIT studioRequested(m_studio->choices().first());
    });
    connect(m_clearStudio, &QPushButton::clicked, this,
            [this] { Q_EMIT studioRequested(std::nullopt); });
    form->addRow(translate("Tessera::BulkEditPanel", "Studio"),
                 row({m_studio, m_setStudio, m_clearStudio}));

    for (const BulkTextField &text : BulkEdits::textFields()) {
        const QString field = text.serverName;
        const QString label = text.label;
        auto *edit = new QLineEdit;
        edit->setAccessibleName(
            translate("Tessera::BulkEditPanel", "%1 for all selected images").arg(label));
        edit->setPlaceholderText(
            field == QLatin1String("date")
                ? translate("Tessera::BulkEditPanel", "YYYY-MM-DD, YYYY-MM or YYYY")
                : translate("Tessera::BulkEditPanel", "Empty clears"));
        edit->setClearButtonEnabled(true);
        edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        auto *apply = new QPushButton(translate("Tessera::BulkEditPanel", "Apply"));
        apply->setAccessibleName(
            translate("Tessera::BulkEditPanel", "Apply the %1 to all selected images")
                .arg(text.noun));
        const auto run = [this, field, edit] { Q_EMIT textRequested(field, edit->text()); };
        connect(apply, &QPushButton::clicked, this, run);
        connect(edit, &QLineEdit::returnPressed, this, run);
        m_textFields.insert(field, edit);
        m_textApply.insert(field, apply);
        form->addRow(label, row({edit, apply}));
    }

    m_urlEdit = new QLineEdit;
    m_urlEdit->setAccessibleName(
        translate("Tessera::BulkEditPanel", "URLs for all selected images"));
    m_urlEdit->setPlaceholderText(translate("Tessera::BulkEditPanel", "URLs, separated by spaces"));
    m_urlEdit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *addUrl = new QPushButton(translate("Tessera::BulkEditPanel", "Add"));
    addUrl->setAccessibleName(
        translate("Tessera::BulkEditPanel", "Add these URLs to all selected images"));
    auto *removeUrl = new QPushButton(translate("Tessera::BulkEditPanel", "Remove"));
    removeUrl->setAccessibleName(
        translate("Tessera::BulkEditPanel", "Remove these URLs from all selected images"));
    auto *setUrls = new QPushButton(translate("Tessera::BulkEditPanel", "Set"));
    setUrls->setAccessibleName(
        translate("Tessera::BulkEditPanel", "Give all selected images exactly these URLs"));
    const auto urls = [this] {
        return m_urlEdit->text().split(QRegularExpression(QStringLiteral("\\s+")),
                                       Qt::SkipEmptyParts);
    };
    connect(addUrl, &QPushButton::clicked, this,
            [this, urls] { Q_EMIT urlsRequested(BulkMode::Add, urls()); });
    connect(removeUrl, &QPushButton::clicked, this,
            [this, urls] { Q_EMIT urlsRequested(BulkMode::Remove, urls()); });
    connect(setUrls, &QPushButton::clicked, this,
            [this, urls] { Q_EMIT urlsRequested(BulkMode::Set, urls()); });
    form->addRow(translate("Tessera::BulkEditPanel", "URLs"), m_urlEdit);
    auto *urlButtons = row({addUrl, removeUrl, setUrls});
    static_cast<QHBoxLayout *>(urlButtons->layout())->addStretch(1);
    form->addRow(QString(), urlButtons);
}

void BulkFieldsForm::setRatingSystem(const RatingSystem &system)
{
    m_rating->setRatingSystem(system);
}

void BulkFieldsForm::setStudioLookup(ChipPicker::Lookup lookup)
{
    m_studio->setLookup(std::move(lookup));
}

QLineEdit *BulkFieldsForm::textField(const QString &serverName) const
{
    return m_textFields.value(serverName);
}

QPushButton *BulkFieldsForm::applyTextButton(const QString &serverName) const
{
    return m_textApply.value(serverName);
}

bool BulkFieldsForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_rating && event->type() == QEvent::ShortcutOverride) {
        // Digits rate here, not through the main window's shortcuts for the grid.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key >= Qt::Key_0 && key <= Qt::Key_5) || key == Qt::Key_Delete ||
            key == Qt::Key_Backspace) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Tessera
