// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulkedits.h"

#include "imagefields.h"
#include "inputvalidation.h"
#include "ratingsystem.h"

#include <QCoreApplication>

namespace Tessera {

using namespace Stash;

namespace {

// The words moved here from the bulk panel and keep its translation context
// (spelled out: lupdate reads only literals), so their translations stay in force.
constexpr char kContext[] = "Tessera::BulkEditPanel";

/// A text marked with QT_TRANSLATE_NOOP in one of the tables below.
QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

/// One list field, handled alike for tags, performers and galleries.
struct ListRow
{
    std::optional<BulkList> BulkImageUpdate::*member;
    /// Names the edit's objects (to show them at once).
    void (*name)(BulkEdit &edit, const QList<BulkValue> &values);
    const char *add;     ///< undo text of ADD
    const char *remove;  ///< undo text of REMOVE
    const char *added;   ///< partial result of ADD
    const char *removed; ///< partial result of REMOVE
    const char *clear;   ///< undo text of SET to nothing
    const char *set;     ///< undo text of SET
    /// The gallery sentences name the images first ("Add 5 images to gallery X").
    bool countFirst;
};

/// Names an edit's objects: a Tag or Performer by its name, a Gallery by its title.
template<typename T, QString T::*label, QList<T> BulkEdit::*list>
void nameAll(BulkEdit &edit, const QList<BulkValue> &values)
{
    for (const BulkValue &v : values) {
        T named;
        named.id = v.id;
        named.*label = v.name;
        (edit.*list).append(named);
    }
}

const ListRow kLists[] = {
    {&BulkImageUpdate::tagIds, &nameAll<Stash::Tag, &Stash::Tag::name, &BulkEdit::tags>,
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Add tag %1 to %L2 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Remove tag %1 from %L2 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Added tag %1 to %L2 of %L3 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Removed tag %1 from %L2 of %L3 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Remove all tags from %L1 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Set tags of %L1 images"), false},
    {&BulkImageUpdate::performerIds,
     &nameAll<Stash::Performer, &Stash::Performer::name, &BulkEdit::performers>,
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Add performer %1 to %L2 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Remove performer %1 from %L2 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Added performer %1 to %L2 of %L3 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Removed performer %1 from %L2 of %L3 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Remove all performers from %L1 images"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Set performers of %L1 images"), false},
    {&BulkImageUpdate::galleryIds,
     &nameAll<Stash::Gallery, &Stash::Gallery::title, &BulkEdit::galleries>,
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Add %L1 images to gallery %2"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Remove %L1 images from gallery %2"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Added %L1 of %L2 images to gallery %3"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Removed %L1 of %L2 images from gallery %3"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Remove %L1 images from all galleries"),
     QT_TRANSLATE_NOOP("Tessera::BulkEditPanel", "Set galleries of %L1 images"), true},
};

/// The text fields the panel's form offers, in its order; their names and words are
/// ImageFieldTable's.
struct TextRow
{
    ImageField field;
    Tristate<QString> BulkImageUpdate::*member;
};

const TextRow kTexts[] = {
    {ImageField::Title, &BulkImageUpdate::title},
    {ImageField::Code, &BulkImageUpdate::code},
    {ImageField::Date, &BulkImageUpdate::date},
    {ImageField::Details, &BulkImageUpdate::details},
    {ImageField::Photographer, &BulkImageUpdate::photographer},
};

const TextRow *textRow(const QString &serverName)
{
    const ImageFieldRow *field = ImageFieldTable::byServerName(serverName);
    for (const TextRow &row : kTexts) {
        if (field && field->field == row.field)
            return &row;
    }
    return nullptr;
}

/// A label or noun of ImageFieldTable, in the language of the screen.
QString fieldWord(const char *text)
{
    return QCoreApplication::translate(ImageFieldTable::kContext, text);
}

QString names(const QList<BulkValue> &values)
{
    QStringList out;
    for (const BulkValue &v : values)
        out.append(v.name);
    return out.join(QLatin1String(", "));
}

QStringList idsOf(const QList<BulkValue> &values)
{
    QStringList out;
    for (const BulkValue &v : values)
        out.append(v.id);
    return out;
}

} // namespace

namespace BulkEdits {

PlannedBulkEdit listChange(ListKind kind, BulkMode mode, const QList<BulkValue> &values, int count)
{
    const ListRow &row = kLists[int(kind)];
    PlannedBulkEdit p;
    p.edit.change.*row.member = BulkList{mode, idsOf(values)};
    row.name(p.edit, values);
    if (mode == BulkMode::Set) {
        p.alwaysConfirm = true; // images lose values: always say which
        p.edit.text = translated(values.isEmpty() ? row.clear : row.set).arg(count);
        return p;
    }
    const bool add = mode == BulkMode::Add;
    const QString name = names(values);
    const QString undo = translated(add ? row.add : row.remove);
    p.edit.text = row.countFirst ? undo.arg(count).arg(name) : undo.arg(name).arg(count);
    p.partial = [name, partial = add ? row.added : row.removed,
                 countFirst = row.countFirst](int applied, int total) {
        const QString text = translated(partial);
        return countFirst ? text.arg(applied).arg(total).arg(name)
                          : text.arg(name).arg(applied).arg(total);
    };
    return p;
}

PlannedBulkEdit rating(std::optional<int> rating100, const RatingSystem &system, int count)
{
    PlannedBulkEdit p;
    p.edit.text = rating100
                      ? QCoreApplication::translate("Tessera::BulkEditPanel", "Rate %L1 images %2")
                            .arg(count)
                            .arg(system.format(rating100))
                      : QCoreApplication::translate("Tessera::BulkEditPanel",
                                                    "Clear the rating of %L1 images")
                            .arg(count);
    p.edit.change.rating100 = rating100 ? Tristate<int>(*rating100) : Tristate<int>::null();
    return p;
}

PlannedBulkEdit organized(bool organized, int count)
{
    PlannedBulkEdit p;
    p.edit.text =
        organized
            ? QCoreApplication::translate("Tessera::BulkEditPanel", "Mark %L1 images organized")
                  .arg(count)
            : QCoreApplication::translate("Tessera::BulkEditPanel", "Mark %L1 images not organized")
                  .arg(count);
    p.edit.change.organized = organized;
    return p;
}

PlannedBulkEdit studio(const std::optional<BulkValue> &studio, int count)
{
    PlannedBulkEdit p;
    if (studio) {
        p.edit.text =
            QCoreApplication::translate("Tessera::BulkEditPanel", "Set studio %1 on %L2 images")
                .arg(studio->name)
                .arg(count);
        p.edit.change.studioId = studio->id;
        Studio s;
        s.id = studio->id;
        s.name = studio->name;
        p.edit.studio = s;
    } else {
        p.edit.text =
            QCoreApplication::translate("Tessera::BulkEditPanel", "Clear the studio of %L1 images")
                .arg(count);
        p.edit.change.studioId = Tristate<QString>::null();
        p.alwaysConfirm = true;
    }
    return p;
}

QList<BulkTextField> textFields()
{
    QList<BulkTextField> out;
    for (const TextRow &text : kTexts) {
        const ImageFieldRow &row = ImageFieldTable::row(text.field);
        out.append({QLatin1String(row.serverName), fieldWord(row.label), fieldWord(row.noun)});
    }
    return out;
}

std::optional<Error> checkText(const QString &serverName, const QString &value,
                               bool allowPartialDates)
{
    if (!textRow(serverName))
        return Error::invalidInput(QStringLiteral("No text field “%1”.").arg(serverName));
    const QString text = value.trimmed();
    if (serverName != QLatin1String("date") || text.isEmpty())
        return std::nullopt;
    // The client's own rule (and the edit dialog's): partial dates only where the server keeps
    // them.
    if (!InputValidation::checkDate(Tristate<QString>(text), allowPartialDates))
        return std::nullopt;
    if (allowPartialDates)
        return Error::invalidInput(
            QCoreApplication::translate("Tessera::BulkEditPanel",
                                        "“%1” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.")
                .arg(text));
    if (InputValidation::isPartialDate(text) &&
        !InputValidation::checkDate(Tristate<QString>(text)))
        return Error::invalidInput(
            QCoreApplication::translate("Tessera::BulkEditPanel",
                                        "“%1”: this server stores only full dates: use YYYY-MM-DD.")
                .arg(text));
    return Error::invalidInput(
        QCoreApplication::translate("Tessera::BulkEditPanel", "“%1” is not a date: use YYYY-MM-DD.")
            .arg(text));
}

Result<PlannedBulkEdit> text(const QString &serverName, const QString &value, int count,
                             bool allowPartialDates)
{
    if (std::optional<Error> problem = checkText(serverName, value, allowPartialDates))
        return *problem;
    const TextRow &row = *textRow(serverName);
    const QString text = value.trimmed();
    const QString field = fieldWord(ImageFieldTable::row(row.field).noun);
    PlannedBulkEdit p;
    if (text.isEmpty()) {
        p.edit.text =
            QCoreApplication::translate("Tessera::BulkEditPanel", "Clear the %1 of %L2 images")
                .arg(field)
                .arg(count);
        p.edit.change.*row.member = Tristate<QString>::null();
        p.alwaysConfirm = true;
    } else {
        p.edit.text = QCoreApplication::translate("Tessera::BulkEditPanel",
                                                  "Set the %1 of %L2 images to “%3”")
                          .arg(field)
                          .arg(count)
                          .arg(text);
        p.edit.change.*row.member = Tristate<QString>(text);
    }
    return p;
}

std::optional<Error> checkUrls(BulkMode mode, const QStringList &urls)
{
    if (urls.isEmpty() && mode != BulkMode::Set)
        return Error::invalidInput(
            QCoreApplication::translate("Tessera::BulkEditPanel", "Enter one or more URLs first."));
    return std::nullopt;
}

Result<PlannedBulkEdit> urls(BulkMode mode, const QStringList &urls, int count)
{
    if (std::optional<Error> problem = checkUrls(mode, urls))
        return *problem;
    PlannedBulkEdit p;
    const QString shown = urls.size() == 1
                              ? urls.first()
                              : QCoreApplication::translate("Tessera::BulkEditPanel", "%n URL(s)",
                                                            nullptr, int(urls.size()));
    switch (mode) {
    case BulkMode::Add:
        p.edit.text = QCoreApplication::translate("Tessera::BulkEditPanel", "Add %1 to %L2 images")
                          .arg(shown)
                          .arg(count);
        break;
    case BulkMode::Remove:
        p.edit.text =
            QCoreApplication::translate("Tessera::BulkEditPanel", "Remove %1 from %L2 images")
                .arg(shown)
                .arg(count);
        break;
    case BulkMode::Set:
        p.edit.text =
            urls.isEmpty()
                ? QCoreApplication::translate("Tessera::BulkEditPanel",
                                              "Remove all URLs from %L1 images")
                      .arg(count)
                : QCoreApplication::translate("Tessera::BulkEditPanel", "Set URLs of %L1 images")
                      .arg(count);
        p.alwaysConfirm = true;
        break;
    }
    p.edit.change.urls = BulkList{mode, urls};
    return p;
}

} // namespace BulkEdits

} // namespace Tessera
