// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "edit/editimageform.h"

#include "edit/urllisteditor.h"
#include "imagefields.h"
#include "inputvalidation.h"
#include "stashclient.h"
#include "widgets/chippicker.h"
#include "widgets/lookups.h"
#include "widgets/ocounterbutton.h"
#include "widgets/ratingwidget.h"
#include "widgets/tagcreator.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

const ImageFields EditImageForm::Editable = ImageFieldTable::editable();

/// What the pickers' look-ups returned, by id: a picked chip carries only id
/// and name, the store should get the whole object.
struct EditImageForm::Known
{
    QHash<QString, Tag> tags;
    QHash<QString, Performer> performers;
    QHash<QString, Studio> studios;
    QHash<QString, Gallery> galleries;
};

namespace {

/// The picked objects in the picker's order: the image's own object where it
/// already had it (so an untouched list compares equal), else what a look-up
/// found, else just id and name (`T::*name` is where a name goes).
template<typename T>
QList<T> pickedObjects(const QList<Choice> &choices, const QList<T> &had,
                       const QHash<QString, T> &known, QString T::*name)
{
    QList<T> objects;
    objects.reserve(choices.size());
    for (const Choice &choice : choices) {
        const auto it = std::find_if(had.cbegin(), had.cend(),
                                     [&choice](const T &t) { return t.id == choice.id; });
        if (it != had.cend()) {
            objects.append(*it);
        } else if (known.contains(choice.id)) {
            objects.append(known.value(choice.id));
        } else {
            T object;
            object.id = choice.id;
            object.*name = choice.name;
            objects.append(object);
        }
    }
    return objects;
}

QLabel *factLabel(const QString &accessibleName, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

void makeErrorLabel(QLabel *label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}

EditImageForm::EditImageForm(StashClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_tagCreator(new TagCreator(client, this))
    , m_known(std::make_shared<Known>())
{
    buildFields();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addWidget(buildFileFacts());
    layout->addStretch(1);
    setUpPickers();
}

EditImageForm::~EditImageForm() = default;

void EditImageForm::buildFields()
{
    m_fields = new QWidget(this);
    m_title = new QLineEdit(m_fields);
    m_code = new QLineEdit(m_fields);
    m_urls = new UrlListEditor(m_fields);
    m_date = new QLineEdit(m_fields);
    m_dateError = new QLabel(m_fields);
    m_details = new QPlainTextEdit(m_fields);
    m_photographer = new QLineEdit(m_fields);
    m_rating = new RatingWidget(m_fields);
    m_organized = new QCheckBox(tr("Organized"), m_fields);
    m_oCounter = new OCounterButton(m_fields);
    m_studio = new ChipPicker(tr("Studio"), true, m_fields);
    m_performers = new ChipPicker(tr("Performers"), false, m_fields);
    m_tags = new ChipPicker(tr("Tags"), false, m_fields);
    m_galleries = new ChipPicker(tr("Galleries"), false, m_fields);

    const struct
    {
        QWidget *widget;
        const char *objectName;
        QString accessibleName;
    } named[] = {
        {m_title, "title", tr("Title")},
        {m_code, "code", tr("Studio code")},
        {m_urls, "urls", tr("URLs")},
        {m_date, "date", tr("Date")},
        {m_dateError, "dateError", tr("Date problem")},
        {m_details, "details", tr("Details")},
        {m_photographer, "photographer", tr("Photographer")},
        {m_rating, "rating", tr("Rating")},
        {m_organized, "organized", tr("Organized")},
        {m_oCounter, "oCounter", tr("O-counter")},
        {m_studio, "studio", tr("Studio")},
        {m_performers, "performers", tr("Performers")},
        {m_tags, "tags", tr("Tags")},
        {m_galleries, "galleries", tr("Galleries")},
    };
    for (const auto &n : named) {
        n.widget->setObjectName(QLatin1String(n.objectName));
        n.widget->setAccessibleName(n.accessibleName);
    }
    m_studio->lineEdit()->setPlaceholderText(tr("Type to find a studio"));
    m_performers->lineEdit()->setPlaceholderText(tr("Type to find performers"));
    m_tags->lineEdit()->setPlaceholderText(tr("Type to find tags; Enter creates a new one"));
    m_galleries->lineEdit()->setPlaceholderText(tr("Type to find galleries"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_date->setToolTip(tr("YYYY-MM-DD, or YYYY-MM or YYYY for a partial date"));
    m_details->setTabChangesFocus(true);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 4);
    makeErrorLabel(m_dateError);

    auto *form = new QFormLayout(m_fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [form, this](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, m_fields);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&Title"), m_title);
    addRow(tr("C&ode"), m_code);
    addRow(tr("&URLs"), m_urls);
    auto *dateBox = new QVBoxLayout;
    dateBox->setSpacing(2);
    dateBox->addWidget(m_date);
    dateBox->addWidget(m_dateError);
    auto *dateLabel = new QLabel(tr("&Date"), m_fields);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateBox);
    addRow(tr("D&etails"), m_details);
    addRow(tr("P&hotographer"), m_photographer);
    addRow(tr("&Rating"), m_rating);
    form->addRow(QString(), m_organized);
    addRow(tr("&O-counter"), m_oCounter);
    addRow(tr("&Studio"), m_studio);
    addRow(tr("&Performers"), m_performers);
    addRow(tr("T&ags"), m_tags);
    addRow(tr("&Galleries"), m_galleries);

    const auto changed = [this] {
        if (!m_filling)
            Q_EMIT edited();
    };
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_code, &QLineEdit::textChanged, this, changed);
    connect(m_urls, &UrlListEditor::changed, this, changed);
    connect(m_date, &QLineEdit::textChanged, this, [this, changed] {
        validateDate();
        changed();
    });
    connect(m_details, &QPlainTextEdit::textChanged, this, changed);
    connect(m_photographer, &QLineEdit::textChanged, this, changed);
    connect(m_rating, &RatingWidget::ratingChanged, this, [this, changed] {
        if (!m_filling)
            m_ratingTouched = true;
        changed();
    });
    connect(m_organized, &QCheckBox::toggled, this, changed);
    connect(m_oCounter, &OCounterButton::changeRequested, this, &EditImageForm::oChangeRequested);
    for (ChipPicker *picker : {m_studio, m_performers, m_tags, m_galleries})
        connect(picker, &ChipPicker::changed, this, changed);
}

QWidget *EditImageForm::buildFileFacts()
{
    auto *facts = new QGroupBox(tr("File"), this);
    facts->setAccessibleName(tr("File"));
    m_path = factLabel(tr("Path"), QStringLiteral("path"), facts);
    m_format = factLabel(tr("Format"), QStringLiteral("format"), facts);
    m_dimensions = factLabel(tr("Dimensions"), QStringLiteral("dimensions"), facts);
    m_size = factLabel(tr("File size"), QStringLiteral("size"), facts);
    m_modified = factLabel(tr("Modified"), QStringLiteral("modified"), facts);
    auto *form = new QFormLayout(facts);
    form->addRow(tr("Path"), m_path);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Dimensions"), m_dimensions);
    form->addRow(tr("Size"), m_size);
    form->addRow(tr("Modified"), m_modified);
    return facts;
}

void EditImageForm::setUpPickers()
{
    const std::shared_ptr<Known> known = m_known;
    m_tags->setLookup(
        Lookups::tags(m_client, [known](const Tag &t) { known->tags.insert(t.id, t); }));
    m_performers->setLookup(Lookups::performers(
        m_client, [known](const Performer &p) { known->performers.insert(p.id, p); }));
    m_studio->setLookup(
        Lookups::studios(m_client, [known](const Studio &s) { known->studios.insert(s.id, s); }));
    m_galleries->setLookup(Lookups::galleries(
        m_client, [known](const Gallery &g) { known->galleries.insert(g.id, g); }));

    // Enter on a name that is not a tag yet offers to create it (see eventFilter).
    m_tags->lineEdit()->installEventFilter(this);
    connect(m_tagCreator, &TagCreator::found, this, &EditImageForm::addTag);
    connect(m_tagCreator, &TagCreator::creationNeeded, this, &EditImageForm::askToCreateTag);
    connect(m_tagCreator, &TagCreator::created, this, [this](const Tag &tag) {
        addTag(tag);
        Q_EMIT statusMessage(tr("Created tag “%1”").arg(tag.name));
    });
    connect(m_tagCreator, &TagCreator::failed, this, [this](const QString &, const QString &why) {
        Q_EMIT statusMessage(QString());
        Q_EMIT errorMessage(why);
    });
}

void EditImageForm::setRatingSystem(const RatingSystem &system)
{
    m_filling = true;
    m_rating->setRatingSystem(system);
    m_filling = false;
}

void EditImageForm::setImage(const Image &image)
{
    m_filling = true;
    m_title->setText(image.title);
    m_code->setText(image.code);
    m_urls->setUrls(image.urls);
    m_date->setText(image.date);
    // setPlainText would reset the undo history and the cursor even when equal.
    if (m_details->toPlainText() != image.details)
        m_details->setPlainText(image.details);
    m_photographer->setText(image.photographer);
    m_rating->setRating(image.rating100);
    m_ratingTouched = false;
    m_organized->setChecked(image.organized);
    m_oCounter->setValue(image.oCounter);
    m_studio->setChoices(image.studio ? QList<Choice>{Lookups::choiceOf(*image.studio)}
                                      : QList<Choice>());
    m_performers->setChoices(Lookups::choicesOf(image.performers));
    m_tags->setChoices(Lookups::choicesOf(image.tags));
    m_galleries->setChoices(Lookups::choicesOf(image.galleries));
    m_filling = false;
    validateDate();
    showFileFacts(image);
}

Image EditImageForm::valuesOver(const Image &base) const
{
    Image image = base;
    image.title = m_title->text();
    image.code = m_code->text();
    image.urls = m_urls->urls();
    image.date = m_date->text().trimmed();
    image.details = m_details->toPlainText();
    image.photographer = m_photographer->text();
    // The control may round to the rating system's precision: only what the
    // person set counts as a change.
    if (m_ratingTouched)
        image.rating100 = m_rating->rating();
    image.organized = m_organized->isChecked();

    const QList<Choice> studio = m_studio->choices();
    if (studio.isEmpty()) {
        image.studio.reset();
    } else {
        const QList<Studio> had = image.studio ? QList<Studio>{*image.studio} : QList<Studio>();
        image.studio =
            pickedObjects<Studio>(studio.mid(0, 1), had, m_known->studios, &Studio::name).first();
    }
    image.performers = pickedObjects<Performer>(m_performers->choices(), image.performers,
                                                m_known->performers, &Performer::name);
    image.tags = pickedObjects<Tag>(m_tags->choices(), image.tags, m_known->tags, &Tag::name);
    image.galleries = pickedObjects<Gallery>(m_galleries->choices(), image.galleries,
                                             m_known->galleries, &Gallery::title);
    return image;
}

void EditImageForm::setOCounter(int value)
{
    m_oCounter->setValue(value);
}

void EditImageForm::setFieldsEnabled(bool enabled)
{
    m_fields->setEnabled(enabled);
}

void EditImageForm::focusDate()
{
    m_date->setFocus();
}

void EditImageForm::validateDate()
{
    const QString text = m_date->text().trimmed();
    const bool allowPartial =
        m_client->serverInfo() && m_client->serverInfo()->supportsPartialDates();
    const std::optional<Error> problem = InputValidation::checkDate(
        text.isEmpty() ? Tristate<QString>::null() : Tristate<QString>(text), allowPartial);
    m_dateValid = !problem;
    if (!problem) {
        m_dateError->clear();
        m_dateError->hide();
    } else if (!allowPartial && InputValidation::isPartialDate(text)) {
        m_dateError->setText(tr("This server only stores full dates: enter YYYY-MM-DD."));
        m_dateError->show();
    } else {
        m_dateError->setText(allowPartial ? tr("Not a date: enter YYYY-MM-DD, YYYY-MM or YYYY.")
                                          : tr("Not a date: enter YYYY-MM-DD."));
        m_dateError->show();
    }
}

void EditImageForm::showFileFacts(const Image &image)
{
    const VisualFile *file = image.primaryFile();
    const QLocale locale;
    const QString none = tr("—");
    m_path->setText(file ? file->path : none);
    m_format->setText(file && !file->format.isEmpty() ? file->format : none);
    m_dimensions->setText(file && file->width > 0 ? tr("%1 × %2").arg(locale.toString(file->width),
                                                                      locale.toString(file->height))
                                                  : none);
    m_size->setText(file ? locale.formattedDataSize(file->size) : none);
    m_modified->setText(file && file->modTime.isValid()
                            ? locale.toString(file->modTime.toLocalTime(), QLocale::ShortFormat)
                            : none);
}

// ---- creating a tag inline ----------------------------------------------------

bool EditImageForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tags->lineEdit() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        QCompleter *completer = m_tags->lineEdit()->completer();
        const bool popup = completer && completer->popup() && completer->popup()->isVisible();
        if (enter && key->modifiers() == Qt::NoModifier && !popup &&
            !m_tags->lineEdit()->text().trimmed().isEmpty()) {
            m_tagCreator->findOrCreate(m_tags->lineEdit()->text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EditImageForm::askToCreateTag(const QString &name)
{
    QMessageBox box(QMessageBox::Question, tr("Create tag"), tr("Create tag “%1”?").arg(name),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setAccessibleName(tr("Create tag"));
    box.setInformativeText(tr("There is no tag of that name in Stash yet."));
    box.button(QMessageBox::Yes)->setText(tr("Create"));
    box.button(QMessageBox::No)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    Q_EMIT statusMessage(tr("Creating tag “%1”…").arg(name));
    m_tagCreator->create(name);
}

void EditImageForm::addTag(const Tag &tag)
{
    m_known->tags.insert(tag.id, tag);
    QList<Choice> choices = m_tags->choices();
    if (!std::any_of(choices.cbegin(), choices.cend(),
                     [&tag](const Choice &c) { return c.id == tag.id; }))
        choices.append(Lookups::choiceOf(tag));
    m_tags->lineEdit()->clear();
    m_tags->setChoices(choices);
}

} // namespace Tessera
