// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "edit/editimagedialog.h"

#include "widgets/chippicker.h"
#include "futurewatch.h"
#include "imageeditor.h"
#include "imagefields.h"
#include "imagelistmodel.h"
#include "imagestore.h"
#include "inputvalidation.h"
#include "widgets/ocounterbutton.h"
#include "widgets/ratingwidget.h"
#include "session.h"
#include "stashclient.h"
#include "edit/urllisteditor.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

/// What the pickers' look-ups returned, by id: a picked chip carries only id
/// and name, the store should get the whole object.
struct EditImageDialog::Known
{
    QHash<QString, Tag> tags;
    QHash<QString, Performer> performers;
    QHash<QString, Studio> studios;
    QHash<QString, Gallery> galleries;
};

namespace {

const ImageFields kEditable = ImageFieldTable::editable();

QString performerName(const Performer &p)
{
    return p.disambiguation.isEmpty() ? p.name
                                      : QStringLiteral("%1 (%2)").arg(p.name, p.disambiguation);
}

QString tagName(const Tag &t)
{
    return t.name;
}

QString studioName(const Studio &s)
{
    return s.name;
}

QString galleryName(const Gallery &g)
{
    return g.displayTitle();
}

/// A picker look-up over one of the client's find calls; `remember` keeps
/// what it finds (it holds its storage itself, so a late answer is harmless).
template<typename T>
ChipPicker::Lookup
lookupOf(StashClient *client,
         QFuture<Result<LookupPage<T>>> (StashClient::*find)(const LookupQuery &),
         QString (*name)(const T &), std::function<void(const T &)> remember)
{
    return [client, find, name, remember](const QString &text) {
        LookupQuery query;
        query.q = text;
        query.perPage = 30;
        return (client->*find)(query).then(
            [name, remember](Result<LookupPage<T>> page) -> Result<QList<Choice>> {
                if (!page)
                    return page.error();
                QList<Choice> choices;
                for (const T &item : page.value().items) {
                    remember(item);
                    choices.append(Choice{item.id, name(item)});
                }
                return choices;
            });
    };
}

/// The picked objects in the picker's order: the image's own object where it
/// already had it (so an untouched list compares equal), else what a look-up
/// found, else just id and name.
template<typename T, typename Make>
QList<T> pickedObjects(const QList<Choice> &choices, const QList<T> &had,
                       const QHash<QString, T> &known, Make make)
{
    QList<T> objects;
    objects.reserve(choices.size());
    for (const Choice &choice : choices) {
        const auto it = std::find_if(had.cbegin(), had.cend(),
                                     [&choice](const T &t) { return t.id == choice.id; });
        if (it != had.cend())
            objects.append(*it);
        else if (known.contains(choice.id))
            objects.append(known.value(choice.id));
        else
            objects.append(make(choice));
    }
    return objects;
}

template<typename T>
QList<Choice> choicesOf(const QList<T> &items, QString (*name)(const T &))
{
    QList<Choice> choices;
    choices.reserve(items.size());
    for (const T &item : items)
        choices.append(Choice{item.id, name(item)});
    return choices;
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

void makeErrorLabel(QLabel *label)
{
    // A red that reads on light and dark themes alike.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0x30, 0x30));
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
}

} // namespace

EditImageDialog::EditImageDialog(Session *session, int row, QWidget *parent)
    : QDialog(parent)
    , m_editor(session->editor())
    , m_client(session->client())
    , m_model(session->images())
    , m_known(std::make_shared<Known>())
{
    buildUi();
    setUpPickers();
    setUpShortcuts();

    connect(m_editor, &ImageEditor::changeConfirmed, this, &EditImageDialog::onChangeConfirmed);
    connect(m_editor, &ImageEditor::changeFailed, this, &EditImageDialog::onChangeFailed);
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

    m_form = new QWidget(this);
    m_title = new QLineEdit(m_form);
    m_code = new QLineEdit(m_form);
    m_urls = new UrlListEditor(m_form);
    m_date = new QLineEdit(m_form);
    m_dateError = new QLabel(m_form);
    m_details = new QPlainTextEdit(m_form);
    m_photographer = new QLineEdit(m_form);
    m_rating = new RatingWidget(m_form);
    m_organized = new QCheckBox(tr("Organized"), m_form);
    m_oCounter = new OCounterButton(m_form);
    m_studio = new ChipPicker(tr("Studio"), true, m_form);
    m_performers = new ChipPicker(tr("Performers"), false, m_form);
    m_tags = new ChipPicker(tr("Tags"), false, m_form);
    m_galleries = new ChipPicker(tr("Galleries"), false, m_form);

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

    auto *form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [form, this](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, m_form);
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
    auto *dateLabel = new QLabel(tr("&Date"), m_form);
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

    // Read-only facts about the primary file.
    auto *facts = new QGroupBox(tr("File"), this);
    facts->setAccessibleName(tr("File"));
    m_path = factLabel(tr("Path"), QStringLiteral("path"), facts);
    m_format = factLabel(tr("Format"), QStringLiteral("format"), facts);
    m_dimensions = factLabel(tr("Dimensions"), QStringLiteral("dimensions"), facts);
    m_size = factLabel(tr("File size"), QStringLiteral("size"), facts);
    m_modified = factLabel(tr("Modified"), QStringLiteral("modified"), facts);
    auto *factsForm = new QFormLayout(facts);
    factsForm->addRow(tr("Path"), m_path);
    factsForm->addRow(tr("Format"), m_format);
    factsForm->addRow(tr("Dimensions"), m_dimensions);
    factsForm->addRow(tr("Size"), m_size);
    factsForm->addRow(tr("Modified"), m_modified);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_form);
    contentLayout->addWidget(facts);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Image details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Error"));
    makeErrorLabel(m_error);
    m_status = new QLabel(this);
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

    const auto edited = [this] {
        if (m_filling)
            return;
        if (!m_saving)
            setStatus(QString());
        updateState();
    };
    connect(m_title, &QLineEdit::textChanged, this, edited);
    connect(m_code, &QLineEdit::textChanged, this, edited);
    connect(m_urls, &UrlListEditor::changed, this, edited);
    connect(m_date, &QLineEdit::textChanged, this, [this, edited] {
        validateDate();
        edited();
    });
    connect(m_details, &QPlainTextEdit::textChanged, this, edited);
    connect(m_photographer, &QLineEdit::textChanged, this, edited);
    connect(m_rating, &RatingWidget::ratingChanged, this, [this, edited] {
        if (!m_filling)
            m_ratingTouched = true;
        edited();
    });
    connect(m_organized, &QCheckBox::toggled, this, edited);
    // The O-counter is not part of Save: each click is its own undoable change, as in the grid.
    connect(m_oCounter, &OCounterButton::changeRequested, this,
            [this](ImageEditor::OChange change) {
                if (!m_id.isEmpty())
                    m_editor->changeO(m_id, change);
            });
    for (ChipPicker *picker : {m_studio, m_performers, m_tags, m_galleries})
        connect(picker, &ChipPicker::changed, this, edited);
}

void EditImageDialog::setUpPickers()
{
    const std::shared_ptr<Known> known = m_known;
    m_tags->setLookup(lookupOf<Tag>(m_client, &StashClient::findTags, &tagName,
                                    [known](const Tag &t) { known->tags.insert(t.id, t); }));
    m_performers->setLookup(
        lookupOf<Performer>(m_client, &StashClient::findPerformers, &performerName,
                            [known](const Performer &p) { known->performers.insert(p.id, p); }));
    m_studio->setLookup(
        lookupOf<Studio>(m_client, &StashClient::findStudios, &studioName,
                         [known](const Studio &s) { known->studios.insert(s.id, s); }));
    m_galleries->setLookup(
        lookupOf<Gallery>(m_client, &StashClient::findGalleries, &galleryName,
                          [known](const Gallery &g) { known->galleries.insert(g.id, g); }));

    // Enter on a name that is not a tag yet offers to create it (see eventFilter).
    m_tags->lineEdit()->installEventFilter(this);
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
    m_ratingSystem = system;
    m_filling = true;
    m_rating->setRatingSystem(system);
    m_filling = false;
}

bool EditImageDialog::isDirty() const
{
    return m_loaded && ImageFieldValues::differing(*m_loaded, formImage()) & kEditable;
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
        if (!m_dateValid) {
            showError(tr("The date is not valid; correct it or clear it, then save."));
            m_date->setFocus();
            return;
        }
        startSave(std::move(then));
        return;
    case QMessageBox::Discard:
        // Back to the values as loaded, so a dialog shown again is clean.
        fill(*m_loaded);
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
        setFormEnabled(false);
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
    setFormEnabled(false);
    setStatus(tr("Loading…"));
    // Show what the grid knows at once; the full image replaces it.
    if (const std::optional<Image> known = m_editor->store()->image(m_id))
        fill(*known);
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
    fill(image);
    setFormEnabled(true);
    setStatus(QString());
    updateTitle();
    updateState();
    Q_EMIT imageLoaded(id);
}

void EditImageDialog::fill(const Image &image)
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
    m_studio->setChoices(image.studio ? QList<Choice>{Choice{image.studio->id, image.studio->name}}
                                      : QList<Choice>());
    m_performers->setChoices(choicesOf<Performer>(image.performers, &performerName));
    m_tags->setChoices(choicesOf<Tag>(image.tags, &tagName));
    m_galleries->setChoices(choicesOf<Gallery>(image.galleries, &galleryName));
    m_filling = false;
    validateDate();
    updateFileFacts(image);
}

void EditImageDialog::setFormEnabled(bool enabled)
{
    m_form->setEnabled(enabled);
}

Image EditImageDialog::formImage() const
{
    Image image = m_loaded.value_or(Image());
    image.title = m_title->text();
    image.code = m_code->text();
    image.urls = m_urls->urls();
    image.date = m_date->text().trimmed();
    image.details = m_details->toPlainText();
    image.photographer = m_photographer->text();
    // The control may round to the rating system's precision: only what the
    // user set counts as a change.
    if (m_ratingTouched)
        image.rating100 = m_rating->rating();
    image.organized = m_organized->isChecked();

    const QList<Choice> studio = m_studio->choices();
    if (studio.isEmpty()) {
        image.studio.reset();
    } else {
        const QList<Studio> had = image.studio ? QList<Studio>{*image.studio} : QList<Studio>();
        image.studio =
            pickedObjects<Studio>(studio.mid(0, 1), had, m_known->studios, [](const Choice &c) {
                Studio s;
                s.id = c.id;
                s.name = c.name;
                return s;
            }).first();
    }
    image.performers = pickedObjects<Performer>(m_performers->choices(), image.performers,
                                                m_known->performers, [](const Choice &c) {
                                                    Performer p;
                                                    p.id = c.id;
                                                    p.name = c.name;
                                                    return p;
                                                });
    image.tags =
        pickedObjects<Tag>(m_tags->choices(), image.tags, m_known->tags, [](const Choice &c) {
            Tag t;
            t.id = c.id;
            t.name = c.name;
            return t;
        });
    image.galleries = pickedObjects<Gallery>(m_galleries->choices(), image.galleries,
                                             m_known->galleries, [](const Choice &c) {
                                                 Gallery g;
                                                 g.id = c.id;
                                                 g.title = c.name;
                                                 return g;
                                             });
    return image;
}

void EditImageDialog::validateDate()
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

void EditImageDialog::updateState()
{
    const bool dirty = isDirty();
    m_save->setEnabled(m_loaded && dirty && m_dateValid && !m_saving && !m_loading);
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

void EditImageDialog::updateFileFacts(const Image &image)
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
    if (!m_dateValid) {
        showError(tr("The date is not valid; correct it or clear it, then save."));
        return;
    }
    const Image form = formImage();
    const ImageFields fields = ImageFieldValues::differing(*m_loaded, form) & kEditable;
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
        fill(*current);
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
}

void EditImageDialog::onChangeConfirmed(const QStringList &ids)
{
    if (!m_saving || !ids.contains(m_id))
        return;
    m_saving = false;
    const std::optional<Image> stored = m_editor->store()->image(m_id);
    if (stored) {
        // Typed on while the save was out? Keep that; else show what the server stored.
        const bool untouched =
            m_sent && !(ImageFieldValues::differing(*m_sent, formImage()) & kEditable);
        m_loaded = *stored;
        if (untouched)
            fill(*stored);
    }
    m_sent.reset();
    showError(QString());
    setStatus(tr("Saved"));
    updateTitle();
    updateState();
    Q_EMIT saved(m_id);
    if (auto then = std::exchange(m_afterSave, {}))
        then();
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
        m_oCounter->setValue(current->oCounter); // O clicks apply at once, dirty or not
    if (m_saving)
        return;
    // Changed elsewhere (undo, the grid's rating): follow it unless the user
    // has edits here, which win for their fields at save.
    if (isDirty())
        return;
    if (const std::optional<Image> image = m_editor->store()->image(m_id)) {
        m_loaded = *image;
        fill(*image);
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
    setFormEnabled(false);
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

// ---- creating a tag inline ----------------------------------------------------

bool EditImageDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tags->lineEdit() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        QCompleter *completer = m_tags->lineEdit()->completer();
        const bool popup = completer && completer->popup() && completer->popup()->isVisible();
        if (enter && key->modifiers() == Qt::NoModifier && !popup &&
            !m_tags->lineEdit()->text().trimmed().isEmpty()) {
            createTagFromInput();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EditImageDialog::createTagFromInput()
{
    const QString name = m_tags->lineEdit()->text().simplified();
    if (name.isEmpty() || m_creatingTag)
        return;
    m_creatingTag = true;
    LookupQuery query;
    query.q = name;
    query.perPage = 100;
    FutureWatch::onResult(
        m_client->findTags(query), this, [this, name](const Result<LookupPage<Tag>> &page) {
            if (!page) {
                m_creatingTag = false;
                showError(tr("Could not look up tags: %1").arg(page.error().message()));
                return;
            }
            // An existing tag (or alias) of that name is simply added.
            const QList<Tag> &items = page.value().items;
            for (const Tag &tag : items) {
                if (tag.name.compare(name, Qt::CaseInsensitive) == 0) {
                    m_creatingTag = false;
                    m_known->tags.insert(tag.id, tag);
                    addTagChoice(tag.id, tag.name);
                    return;
                }
            }
            for (const Tag &tag : items) {
                if (tag.aliases.contains(name, Qt::CaseInsensitive)) {
                    m_creatingTag = false;
                    m_known->tags.insert(tag.id, tag);
                    addTagChoice(tag.id, tag.name);
                    return;
                }
            }
            QMessageBox box(QMessageBox::Question, tr("Create tag"),
                            tr("Create tag “%1”?").arg(name), QMessageBox::Yes | QMessageBox::No,
                            this);
            box.setAccessibleName(tr("Create tag"));
            box.setInformativeText(tr("There is no tag of that name in Stash yet."));
            box.button(QMessageBox::Yes)->setText(tr("Create"));
            box.button(QMessageBox::No)->setText(tr("Cancel"));
            box.setDefaultButton(QMessageBox::Yes);
            box.setEscapeButton(QMessageBox::No);
            if (box.exec() != QMessageBox::Yes) {
                m_creatingTag = false;
                return;
            }
            setStatus(tr("Creating tag “%1”…").arg(name));
            FutureWatch::onResult(m_client->createTag(name), this,
                                  [this, name](const Result<Tag> &tag) {
                                      m_creatingTag = false;
                                      if (!tag) {
                                          setStatus(QString());
                                          showError(tr("Could not create the tag “%1”: %2")
                                                        .arg(name, tag.error().message()));
                                          return;
                                      }
                                      m_known->tags.insert(tag.value().id, tag.value());
                                      addTagChoice(tag.value().id, tag.value().name);
                                      setStatus(tr("Created tag “%1”").arg(tag.value().name));
                                  });
        });
}

void EditImageDialog::addTagChoice(const QString &id, const QString &name)
{
    QList<Choice> choices = m_tags->choices();
    if (!std::any_of(choices.cbegin(), choices.cend(),
                     [&id](const Choice &c) { return c.id == id; }))
        choices.append(Choice{id, name});
    m_tags->lineEdit()->clear();
    m_tags->setChoices(choices);
}

} // namespace Tessera
