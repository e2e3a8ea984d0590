// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "widgets/chippicker.h"
#include "edit/editimagedialog.h"
#include "widgets/ocounterbutton.h"
#include "awaitfuture.h"
#include "fakestash.h"
#include "changesender.h"
#include "imageeditor.h"
#include "outbox.h"
#include "imagelistmodel.h"
#include "imagequery.h"
#include "imagestore.h"
#include "session.h"
#include "sessionfixture.h"
#include "widgets/ratingwidget.h"
#include "stashclient.h"
#include "uitesthelpers.h"
#include "edit/urllisteditor.h"

#include <QApplication>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Tessera;

using namespace Stash;

namespace {

/// Clicks `button` of the next modal message box, once it appears.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *seenText = nullptr)
{
    UiTest::whenModalIsUp([button, seenText](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box || !box->button(button))
            return false;
        if (seenText)
            *seenText = box->text();
        box->button(button)->click();
        return true;
    });
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

/// The single-image edit dialog against tests/fake-stash: every field reaches
/// the server (and clears), only changed fields are sent, invalid dates block,
/// failures keep the input, unsaved changes prompt, rows are walked, tags are
/// created inline.
class tst_EditImageDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsFullImageAndFileFacts();
    void textFieldsReachServerAndClear();
    void urlsReachServerAndClear();
    void dateFullPartialAndClear();
    void invalidDateBlocksSave();
    void ratingReachesServerAndClears();
    void organizedReachesServer();
    void oCounterChangesAtOnce();
    void studioReachesServerAndClears();
    void performersTagsGalleriesReachServerAndClear();
    void pickerAutocompleteFromServer();
    void onlyChangedFieldsAreSent();
    void failureShowsErrorKeepsInputAndRollsBack();
    void saveWhileServerIsAwayIsKeptAndMovesOn();
    void unsavedChangesPromptOnNext();
    void unsavedChangesPromptOnClose();
    void previousNextIncludingUnloadedRow();
    void keyboardSaveAndSaveNext();
    void createsTagInline();

private:
    EditImageDialog *openDialog(int row);
    bool saveAndWait(EditImageDialog *dialog);
    Image serverImage(const QString &id);
    QJsonObject lastUpdateInput();
    int updateCount();
    template<typename T>
    T *widget(const char *name)
    {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }

    SessionFixture m_fixture;
    Session *m_session = nullptr;
    std::unique_ptr<EditImageDialog> m_dialog;
};

void tst_EditImageDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_fixture.start({QStringLiteral("--images"), QStringLiteral("300")}),
             qPrintable(m_fixture.errorText()));
}

void tst_EditImageDialog::init()
{
    m_session = m_fixture.newSession();
    QVERIFY2(m_session, qPrintable(m_fixture.errorText()));
    m_session->images()->setPageSize(50);
    ImageQuery query;
    query.filter.sort = QStringLiteral("id");
    m_session->images()->setQuery(query);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->images()->rowCount(), 300, 15000);
    QTRY_VERIFY(m_session->images()->isRowLoaded(0));
}

void tst_EditImageDialog::cleanup()
{
    m_dialog.reset();
    m_session = nullptr;
    m_fixture.endSession();
}

EditImageDialog *tst_EditImageDialog::openDialog(int row)
{
    m_dialog = std::make_unique<EditImageDialog>(m_session, row);
    m_dialog->setRatingSystem(m_session->client()->serverInfo()->ratingSystem);
    m_dialog->show();
    if (!QTest::qWaitFor([this] { return !m_dialog->isLoading(); }, 15000))
        return nullptr;
    return m_dialog.get();
}

bool tst_EditImageDialog::saveAndWait(EditImageDialog *dialog)
{
    QSignalSpy saved(dialog, &EditImageDialog::saved);
    dialog->save();
    if (saved.isEmpty() && !saved.wait(15000))
        return false;
    return !dialog->isDirty();
}

Image tst_EditImageDialog::serverImage(const QString &id)
{
    const Result<std::optional<Image>> found = awaitFuture(m_session->client()->findImage(id));
    if (!found || !found.value())
        return Image();
    return *found.value();
}

QJsonObject tst_EditImageDialog::lastUpdateInput()
{
    return m_fixture.server()->lastInput(QStringLiteral("UpdateImage"));
}

int tst_EditImageDialog::updateCount()
{
    return m_fixture.server()->rootFieldCount(QStringLiteral("imageUpdate"));
}

void tst_EditImageDialog::loadsFullImageAndFileFacts()
{
    QVERIFY(openDialog(0));
    QCOMPARE(m_dialog->currentId(), QStringLiteral("1"));
    QVERIFY(m_session->store()->hasFullDetails(QStringLiteral("1")));
    const Image image = serverImage(QStringLiteral("1"));
    QCOMPARE(widget<QLineEdit>("title")->text(), image.title);
    QCOMPARE(widget<QLabel>("path")->text(), image.primaryFile()->path);
    QCOMPARE(widget<QLabel>("size")->text(),
             QLocale().formattedDataSize(image.primaryFile()->size));
    QVERIFY(widget<QLabel>("dimensions")
                ->text()
                .contains(QLocale().toString(image.primaryFile()->width)));
    QCOMPARE(m_dialog->windowTitle(),
             QStringLiteral("Edit image — %1 (1 of 300)").arg(image.displayTitle()));
    QVERIFY(!m_dialog->isDirty());
    QVERIFY(!widget<QPushButton>("save")->isEnabled());
    QVERIFY(!widget<QPushButton>("previous")->isEnabled());
    QVERIFY(widget<QPushButton>("next")->isEnabled());
}

void tst_EditImageDialog::textFieldsReachServerAndClear()
{
    QVERIFY(openDialog(2));
    const QString id = m_dialog->currentId();
    widget<QLineEdit>("title")->setText(QStringLiteral("A new title"));
    widget<QLineEdit>("code")->setText(QStringLiteral("CODE-77"));
    widget<QPlainTextEdit>("details")->setPlainText(QStringLiteral("Line one\nLine two"));
    widget<QLineEdit>("photographer")->setText(QStringLiteral("Ada Lovelace"));
    QVERIFY(m_dialog->isDirty());
    QVERIFY(widget<QPushButton>("save")->isEnabled());
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(widget<QLabel>("status")->text(), QStringLiteral("Saved"));

    Image server = serverImage(id);
    QCOMPARE(server.title, QStringLiteral("A new title"));
    QCOMPARE(server.code, QStringLiteral("CODE-77"));
    QCOMPARE(server.details, QStringLiteral("Line one\nLine two"));
    QCOMPARE(server.photographer, QStringLiteral("Ada Lovelace"));
    QCOMPARE(m_session->store()->image(id)->title, QStringLiteral("A new title"));

    widget<QLineEdit>("title")->clear();
    widget<QLineEdit>("code")->clear();
    widget<QPlainTextEdit>("details")->clear();
    widget<QLineEdit>("photographer")->clear();
    QVERIFY(saveAndWait(m_dialog.get()));
    const QJsonObject input = lastUpdateInput();
    for (const char *key : {"title", "code", "details", "photographer"})
        QVERIFY2(input.value(QLatin1String(key)).isNull(), key); // sent as null: cleared
    server = serverImage(id);
    QVERIFY(server.title.isEmpty());
    QVERIFY(server.code.isEmpty());
    QVERIFY(server.details.isEmpty());
    QVERIFY(server.photographer.isEmpty());
}

void tst_EditImageDialog::urlsReachServerAndClear()
{
    QVERIFY(openDialog(3));
    const QString id = m_dialog->currentId();
    auto *urls = widget<UrlListEditor>("urls");
    urls->setUrls({});
    // Two URLs added through the editor's button and typed in.
    for (const QString &url :
         {QStringLiteral("https://example.com/a"), QStringLiteral("https://example.com/b")}) {
        urls->addButton()->click();
        QListWidgetItem *item = urls->list()->item(urls->list()->count() - 1);
        urls->list()->closePersistentEditor(item);
        item->setText(url);
    }
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(serverImage(id).urls, (QStringList{QStringLiteral("https://example.com/a"),
                                                QStringLiteral("https://example.com/b")}));

    // Edit one, remove the other.
    urls->list()->item(0)->setText(QStringLiteral("https://example.com/edited"));
    urls->list()->clearSelection();
    urls->list()->item(1)->setSelected(true);
    urls->removeButton()->click();
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(serverImage(id).urls, QStringList{QStringLiteral("https://example.com/edited")});

    urls->list()->selectAll();
    urls->removeButton()->click();
    QVERIFY(saveAndWait(m_dialog.get()));
    QVERIFY(lastUpdateInput().contains(QStringLiteral("urls")));
    QVERIFY(serverImage(id).urls.isEmpty());
}

void tst_EditImageDialog::dateFullPartialAndClear()
{
    QVERIFY(openDialog(4));
    const QString id = m_dialog->currentId();
    auto *date = widget<QLineEdit>("date");
    for (const QString &value :
         {QStringLiteral("2021-03-04"), QStringLiteral("2019-11"), QStringLiteral("2005")}) {
        date->setText(value);
        QVERIFY(m_dialog->isDateValid());
        QVERIFY(saveAndWait(m_dialog.get()));
        QCOMPARE(serverImage(id).date, value);
        QCOMPARE(date->text(), value);
    }
    date->clear();
    QVERIFY(saveAndWait(m_dialog.get()));
    QVERIFY(lastUpdateInput().value(QStringLiteral("date")).isNull());
    QVERIFY(serverImage(id).date.isEmpty());
}

void tst_EditImageDialog::invalidDateBlocksSave()
{
    QVERIFY(openDialog(5));
    const int before = updateCount();
    auto *date = widget<QLineEdit>("date");
    auto *error = widget<QLabel>("dateError");
    for (const QString &bad : {QStringLiteral("2021-13-01"), QStringLiteral("2021-02-30"),
                               QStringLiteral("yesterday"), QStringLiteral("21-01-01")}) {
        date->setText(bad);
        QVERIFY2(!m_dialog->isDateValid(), qPrintable(bad));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!widget<QPushButton>("save")->isEnabled());
        m_dialog->save();
        QTest::keyClick(m_dialog.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!m_dialog->isSaving());
    }
    QTest::qWait(100);
    QCOMPARE(updateCount(), before);
    date->setText(QStringLiteral("2021-12-01"));
    QVERIFY(m_dialog->isDateValid());
    QVERIFY(!error->isVisible());
    QVERIFY(widget<QPushButton>("save")->isEnabled());
}

void tst_EditImageDialog::ratingReachesServerAndClears()
{
    QVERIFY(openDialog(6));
    const QString id = m_dialog->currentId();
    auto *rating = widget<RatingWidget>("rating");
    QTest::keyClick(rating, Qt::Key_4); // four stars (full precision)
    QCOMPARE(rating->rating(), std::optional<int>(80));
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(keysOf(lastUpdateInput()),
             (QStringList{QStringLiteral("id"), QStringLiteral("rating100")}));
    QCOMPARE(serverImage(id).rating100, std::optional<int>(80));

    QTest::keyClick(rating, Qt::Key_0);
    QVERIFY(saveAndWait(m_dialog.get()));
    QVERIFY(lastUpdateInput().value(QStringLiteral("rating100")).isNull());
    QCOMPARE(serverImage(id).rating100, std::nullopt);
}

void tst_EditImageDialog::organizedReachesServer()
{
    QVERIFY(openDialog(7));
    const QString id = m_dialog->currentId();
    auto *organized = widget<QCheckBox>("organized");
    const bool was = serverImage(id).organized;
    QCOMPARE(organized->isChecked(), was);
    organized->click();
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(serverImage(id).organized, !was);
    QCOMPARE(keysOf(lastUpdateInput()),
             (QStringList{QStringLiteral("id"), QStringLiteral("organized")}));
    organized->click();
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(serverImage(id).organized, was);
}

void tst_EditImageDialog::oCounterChangesAtOnce()
{
    QVERIFY(openDialog(9));
    const QString id = m_dialog->currentId();
    auto *button = widget<OCounterButton>("oCounter");
    QVERIFY(button);
    const int was = serverImage(id).oCounter;
    QCOMPARE(button->value(), was);
    // A click counts one up on the server right away (no Save), and the button shows it.
    button->click();
    QTRY_COMPARE(serverImage(id).oCounter, was + 1);
    QTRY_COMPARE(button->value(), was + 1);
    QVERIFY(!m_dialog->isDirty());
    // Shift+click counts one down again.
    QTest::mouseClick(button, Qt::LeftButton, Qt::ShiftModifier, QPoint(4, button->height() / 2));
    QTRY_COMPARE(serverImage(id).oCounter, was);
    QTRY_COMPARE(button->value(), was);
}

void tst_EditImageDialog::studioReachesServerAndClears()
{
    QVERIFY(openDialog(8));
    const QString id = m_dialog->currentId();
    auto *studio = widget<ChipPicker>("studio");
    const Image before = serverImage(id);
    const QString target = before.studio && before.studio->id == QStringLiteral("7")
                               ? QStringLiteral("8")
                               : QStringLiteral("7");
    LookupQuery query;
    query.ids = {target};
    const auto found = awaitFuture(m_session->client()->findStudios(query));
    QVERIFY(found.ok() && found.value().items.size() == 1);
    const Studio s = found.value().items.first();
    studio->setChoices({Choice{s.id, s.name}});
    QVERIFY(saveAndWait(m_dialog.get()));
    Image server = serverImage(id);
    QVERIFY(server.studio);
    QCOMPARE(server.studio->id, target);
    QCOMPARE(m_session->store()->image(id)->studio->name, s.name);

    studio->clear();
    QVERIFY(saveAndWait(m_dialog.get()));
    QVERIFY(lastUpdateInput().value(QStringLiteral("studio_id")).isNull());
    QVERIFY(!serverImage(id).studio);
}

void tst_EditImageDialog::performersTagsGalleriesReachServerAndClear()
{
    // Zip and folder galleries cannot lose images (the server refuses): take
    // an image that is in none of them.
    int row = 9;
    for (;; ++row) {
        QVERIFY(row < 300);
        const Image image = serverImage(QString::number(row + 1));
        if (std::none_of(image.galleries.cbegin(), image.galleries.cend(),
                         [](const Gallery &g) { return g.isFileBased(); }))
            break;
    }
    QVERIFY(openDialog(row));
    const QString id = m_dialog->currentId();
    LookupQuery query;
    query.ids = {QStringLiteral("3"), QStringLiteral("11")};
    const auto performers = awaitFuture(m_session->client()->findPerformers(query));
    const auto tags = awaitFuture(m_session->client()->findTags(query));
    query.ids = {QStringLiteral("33"), QStringLiteral("40")}; // manual galleries
    const auto galleries = awaitFuture(m_session->client()->findGalleries(query));
    QVERIFY(performers.ok() && tags.ok() && galleries.ok());

    QList<Choice> p, t, g;
    for (const Performer &x : performers.value().items)
        p.append(Choice{x.id, x.name});
    for (const Tag &x : tags.value().items)
        t.append(Choice{x.id, x.name});
    for (const Gallery &x : galleries.value().items)
        g.append(Choice{x.id, x.displayTitle()});
    widget<ChipPicker>("performers")->setChoices(p);
    widget<ChipPicker>("tags")->setChoices(t);
    widget<ChipPicker>("galleries")->setChoices(g);
    QVERIFY2(saveAndWait(m_dialog.get()), qPrintable(m_dialog->errorText()));

    Image server = serverImage(id);
    QStringList ids = server.performerIds();
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("11"), QStringLiteral("3")}));
    ids = server.tagIds();
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("11"), QStringLiteral("3")}));
    ids = server.galleryIds();
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("33"), QStringLiteral("40")}));

    // Removing one chip through its button.
    auto *tagPicker = widget<ChipPicker>("tags");
    const QString removeName = tr("Remove %1").arg(t.first().name);
    QToolButton *chip = nullptr;
    for (auto *b : tagPicker->findChildren<QToolButton *>())
        if (b->accessibleName() == removeName)
            chip = b;
    QVERIFY(chip);
    chip->click();
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(keysOf(lastUpdateInput()),
             (QStringList{QStringLiteral("id"), QStringLiteral("tag_ids")}));
    QCOMPARE(serverImage(id).tagIds(), QStringList{t.last().id});

    widget<ChipPicker>("performers")->clear();
    widget<ChipPicker>("tags")->clear();
    widget<ChipPicker>("galleries")->clear();
    QVERIFY(saveAndWait(m_dialog.get()));
    server = serverImage(id);
    QVERIFY(server.performers.isEmpty());
    QVERIFY(server.tags.isEmpty());
    QVERIFY(server.galleries.isEmpty());
}

void tst_EditImageDialog::pickerAutocompleteFromServer()
{
    QVERIFY(openDialog(10));
    m_dialog->activateWindow();
    auto *performers = widget<ChipPicker>("performers");
    performers->clear();
    LookupQuery query;
    query.ids = {QStringLiteral("5")};
    const auto found = awaitFuture(m_session->client()->findPerformers(query));
    QVERIFY(found.ok() && !found.value().items.isEmpty());
    const Performer wanted = found.value().items.first();

    QLineEdit *edit = performers->lineEdit();
    edit->setFocus();
    QTest::keyClicks(edit, wanted.name);
    // The server's suggestions arrive in the completer.
    QTRY_VERIFY_WITH_TIMEOUT(edit->completer()->model()->rowCount() > 0, 10000);
    QAbstractItemView *popup = edit->completer()->popup();
    if (popup->isVisible()) {
        popup->setCurrentIndex(popup->model()->index(0, 0));
        QTest::keyClick(popup, Qt::Key_Return);
    } else {
        QTest::keyClick(edit, Qt::Key_Return);
    }
    QTRY_COMPARE(performers->choices().size(), 1);
    const QString pickedId = performers->ids().first();
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(serverImage(m_dialog->currentId()).performerIds(), QStringList{pickedId});
}

void tst_EditImageDialog::onlyChangedFieldsAreSent()
{
    QVERIFY(openDialog(11));
    widget<QLineEdit>("photographer")->setText(QStringLiteral("Only me"));
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(keysOf(lastUpdateInput()),
             (QStringList{QStringLiteral("id"), QStringLiteral("photographer")}));

    // Typing and typing back is no change: nothing to save.
    const int count = updateCount();
    auto *title = widget<QLineEdit>("title");
    const QString was = title->text();
    title->setText(was + QStringLiteral("x"));
    QVERIFY(m_dialog->isDirty());
    title->setText(was);
    QVERIFY(!m_dialog->isDirty());
    QVERIFY(!widget<QPushButton>("save")->isEnabled());

    widget<QLineEdit>("code")->setText(QStringLiteral("C1"));
    widget<QCheckBox>("organized")->click();
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(updateCount(), count + 1);
    QCOMPARE(keysOf(lastUpdateInput()), (QStringList{QStringLiteral("code"), QStringLiteral("id"),
                                                     QStringLiteral("organized")}));
}

void tst_EditImageDialog::failureShowsErrorKeepsInputAndRollsBack()
{
    QVERIFY(openDialog(12));
    const QString id = m_dialog->currentId();
    const QString oldTitle = m_session->store()->image(id)->title;
    QVERIFY(m_fixture.server()->control(QJsonObject{{QStringLiteral("graphqlErrorNext"), 1}}));
    widget<QLineEdit>("title")->setText(QStringLiteral("Will fail"));

    QSignalSpy failed(m_dialog.get(), &EditImageDialog::saveFailed);
    m_dialog->save();
    QVERIFY(failed.wait(15000));
    QVERIFY(!m_dialog->errorText().isEmpty());
    QVERIFY(widget<QLabel>("error")->isVisible());
    QCOMPARE(widget<QLineEdit>("title")->text(), QStringLiteral("Will fail"));
    QVERIFY(m_dialog->isDirty());
    QVERIFY(widget<QPushButton>("save")->isEnabled());
    QCOMPARE(m_session->store()->image(id)->title, oldTitle);
    QCOMPARE(serverImage(id).title, oldTitle);

    // An HTTP 500 is a passing failure: the outbox sends it again by itself,
    // and the save that gets through clears the error.
    m_session->editor()->sender()->outbox()->setDelayScale(0.05);
    QVERIFY(m_fixture.server()->control(QJsonObject{{QStringLiteral("failNext"), 1}}));
    QVERIFY(saveAndWait(m_dialog.get()));
    QCOMPARE(failed.count(), 1);
    QVERIFY(m_dialog->errorText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->editor()->isBusy(), 15000);
    QCOMPARE(serverImage(id).title, QStringLiteral("Will fail"));
    QCOMPARE(m_fixture.server()->injected(QStringLiteral("fail")), 1);
}

void tst_EditImageDialog::saveWhileServerIsAwayIsKeptAndMovesOn()
{
    // The server fails every request: the save is kept in the outbox, so Save
    // and next moves on instead of waiting; the title arrives once it answers.
    QVERIFY(openDialog(14));
    const QString id = m_dialog->currentId();
    m_session->editor()->sender()->outbox()->setDelayScale(0.02);
    QVERIFY(m_fixture.server()->control(QJsonObject{{QStringLiteral("failRate"), 1}}));
    widget<QLineEdit>("title")->setText(QStringLiteral("Typed while offline"));
    QSignalSpy saved(m_dialog.get(), &EditImageDialog::saved);
    QSignalSpy failed(m_dialog.get(), &EditImageDialog::saveFailed);
    m_dialog->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
    QVERIFY(!m_dialog->isDirty());
    QVERIFY2(widget<QLabel>("status")->text().contains(QStringLiteral("Saved on this computer")),
             qPrintable(widget<QLabel>("status")->text()));
    QCOMPARE(m_session->store()->image(id)->title, QStringLiteral("Typed while offline"));
    QVERIFY(m_session->store()->isPending(id));

    // Once the server is away, the next save does not wait at all.
    widget<QLineEdit>("title")->setText(QStringLiteral("Typed while offline, twice"));
    m_dialog->saveAndNext();
    QTRY_COMPARE(m_dialog->currentRow(), 15);
    QCOMPARE(saved.count(), 2);
    QCOMPARE(failed.count(), 0);

    QVERIFY(m_fixture.server()->control(QJsonObject{{QStringLiteral("failRate"), 0}}));
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->editor()->isBusy(), 15000);
    QCOMPARE(serverImage(id).title, QStringLiteral("Typed while offline, twice"));
}

void tst_EditImageDialog::unsavedChangesPromptOnNext()
{
    QVERIFY(openDialog(20));
    const QString firstId = m_dialog->currentId();
    const QString oldTitle = m_session->store()->image(firstId)->title;
    widget<QLineEdit>("title")->setText(QStringLiteral("Unsaved"));

    // Cancel: stays, keeps the input.
    QString seen;
    answerNextMessageBox(QMessageBox::Cancel, &seen);
    widget<QPushButton>("next")->click();
    QVERIFY(seen.contains(QStringLiteral("not saved")));
    QCOMPARE(m_dialog->currentRow(), 20);
    QCOMPARE(widget<QLineEdit>("title")->text(), QStringLiteral("Unsaved"));

    // Discard: moves on, nothing sent.
    const int count = updateCount();
    answerNextMessageBox(QMessageBox::Discard);
    m_dialog->next();
    QCOMPARE(m_dialog->currentRow(), 21);
    QTRY_VERIFY(!m_dialog->isLoading());
    QCOMPARE(updateCount(), count);
    QCOMPARE(serverImage(firstId).title, oldTitle);

    // Save: saved first, then moved.
    const QString secondId = m_dialog->currentId();
    widget<QLineEdit>("title")->setText(QStringLiteral("Saved on the way"));
    answerNextMessageBox(QMessageBox::Save);
    QSignalSpy rowChanged(m_dialog.get(), &EditImageDialog::currentRowChanged);
    m_dialog->next();
    QVERIFY(rowChanged.wait(15000));
    QCOMPARE(m_dialog->currentRow(), 22);
    QCOMPARE(serverImage(secondId).title, QStringLiteral("Saved on the way"));
}

void tst_EditImageDialog::unsavedChangesPromptOnClose()
{
    QVERIFY(openDialog(1));
    widget<QLineEdit>("code")->setText(QStringLiteral("X"));
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(widget<QLineEdit>("code")->text(), QStringLiteral("X"));

    answerNextMessageBox(QMessageBox::Discard);
    m_dialog->close();
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(!m_dialog->isDirty());
}

void tst_EditImageDialog::previousNextIncludingUnloadedRow()
{
    QVERIFY(openDialog(0));
    QSignalSpy loaded(m_dialog.get(), &EditImageDialog::imageLoaded);
    widget<QPushButton>("next")->click();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(m_dialog->currentRow(), 1);
    QCOMPARE(m_dialog->currentId(), QStringLiteral("2"));
    QTest::keyClick(m_dialog.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(m_dialog->currentId(), QStringLiteral("3"));
    QTest::keyClick(m_dialog.get(), Qt::Key_Right, Qt::AltModifier);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(m_dialog->currentId(), QStringLiteral("4"));
    QTest::keyClick(m_dialog.get(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(m_dialog->currentId(), QStringLiteral("3"));
    QTest::keyClick(m_dialog.get(), Qt::Key_PageUp, Qt::ControlModifier);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(m_dialog->currentId(), QStringLiteral("2"));
    widget<QPushButton>("previous")->click();
    QVERIFY(loaded.wait(15000));
    QCOMPARE(m_dialog->currentRow(), 0);
    QVERIFY(!widget<QPushButton>("previous")->isEnabled());

    // A row whose page the model has not loaded (page size 50).
    QVERIFY(!m_session->images()->isRowLoaded(175));
    m_dialog->goToRow(175);
    QCOMPARE(m_dialog->currentRow(), 175);
    QVERIFY(m_dialog->isLoading());
    QVERIFY(loaded.wait(15000));
    QCOMPARE(m_dialog->currentId(), QStringLiteral("176"));
    QCOMPARE(widget<QLineEdit>("title")->text(), serverImage(QStringLiteral("176")).title);
    QVERIFY(m_dialog->windowTitle().endsWith(QStringLiteral("(176 of 300)")));

    // The last row: next does nothing.
    m_dialog->goToRow(299);
    QVERIFY(loaded.wait(15000));
    QVERIFY(!widget<QPushButton>("next")->isEnabled());
    m_dialog->next();
    QCOMPARE(m_dialog->currentRow(), 299);
}

void tst_EditImageDialog::keyboardSaveAndSaveNext()
{
    QVERIFY(openDialog(30));
    const QString id = m_dialog->currentId();
    auto *title = widget<QLineEdit>("title");
    title->setFocus();
    title->setText(QStringLiteral("Saved with Ctrl+S"));
    QSignalSpy saved(m_dialog.get(), &EditImageDialog::saved);
    QTest::keyClick(title, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(saved.wait(15000));
    QCOMPARE(serverImage(id).title, QStringLiteral("Saved with Ctrl+S"));
    QCOMPARE(m_dialog->currentRow(), 30);

    widget<QLineEdit>("code")->setText(QStringLiteral("NEXT"));
    QSignalSpy loaded(m_dialog.get(), &EditImageDialog::imageLoaded);
    QTest::keyClick(widget<QLineEdit>("code"), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(loaded.wait(15000));
    QCOMPARE(m_dialog->currentRow(), 31);
    QCOMPARE(serverImage(id).code, QStringLiteral("NEXT"));
}

void tst_EditImageDialog::createsTagInline()
{
    QVERIFY(openDialog(40));
    const QString id = m_dialog->currentId();
    auto *tags = widget<ChipPicker>("tags");
    const int before = int(tags->choices().size());
    const QString name = QStringLiteral("Brand new tag 4711");

    QString asked;
    answerNextMessageBox(QMessageBox::Yes, &asked);
    tags->lineEdit()->setText(name);
    QTest::keyClick(tags->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(int(tags->choices().size()), before + 1, 15000);
    QCOMPARE(asked, QStringLiteral("Create tag “%1”?").arg(name));
    QCOMPARE(tags->choices().last().name, name);
    QVERIFY(tags->lineEdit()->text().isEmpty());

    QVERIFY(saveAndWait(m_dialog.get()));
    QVERIFY(serverImage(id).tagNames().contains(name));
    LookupQuery query;
    query.q = name;
    const auto found = awaitFuture(m_session->client()->findTags(query));
    QVERIFY(found.ok());
    QCOMPARE(found.value().items.size(), 1);

    // An existing name (any case) is added without asking or creating.
    tags->clear();
    tags->lineEdit()->setText(name.toUpper());
    QTest::keyClick(tags->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(int(tags->choices().size()), 1);
    QCOMPARE(tags->choices().first().name, name);
    QVERIFY(!QApplication::activeModalWidget());

    // Declining creates nothing.
    tags->clear();
    QString declined;
    answerNextMessageBox(QMessageBox::No, &declined);
    tags->lineEdit()->setText(QStringLiteral("Never created 99"));
    QTest::keyClick(tags->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!declined.isEmpty(), 15000);
    QTest::qWait(100);
    QVERIFY(tags->choices().isEmpty());
    query.q = QStringLiteral("Never created 99");
    QCOMPARE(awaitFuture(m_session->client()->findTags(query)).value().count, 0);
}

QTEST_MAIN(tst_EditImageDialog)
#include "tst_editimagedialog.moc"
