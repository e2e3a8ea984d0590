// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/tagentry.h"

#include "futurewatch.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Tessera {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int CreateRole = Qt::UserRole + 2;
constexpr int MaxSuggestions = 8;

int rankOf(const QString &name, const QString &text)
{
    if (name.compare(text, Qt::CaseInsensitive) == 0)
        return 0;
    if (name.startsWith(text, Qt::CaseInsensitive))
        return 1;
    // "red beach" for "bea": a word that starts with the text.
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word.startsWith(text, Qt::CaseInsensitive))
            return 2;
    }
    return 3;
}

} // namespace

TagEntry::TagEntry(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_debounce(new QTimer(this))
{
    m_edit->setPlaceholderText(tr("Tag selection: type, Enter adds, Shift+Enter removes"));
    m_edit->setAccessibleName(tr("Tag the selection"));
    m_edit->setAccessibleDescription(
        tr("Type a tag name. Enter adds the highlighted tag to every selected image, "
           "Shift+Enter removes it, Up and Down choose another suggestion."));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);

    m_list->setAccessibleName(tr("Tag suggestions"));
    m_list->setFocusPolicy(Qt::NoFocus); // the line edit keeps the keyboard
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_debounce->stop();
            m_pending.cancel();
            m_waiting = Intent::None;
            showSuggestions({});
            return;
        }
        m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, &TagEntry::requestSuggestions);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_list->setCurrentItem(item);
        act(Intent::Add);
        m_edit->setFocus();
    });
}

bool TagEntry::isSettled() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() || (m_shownFor == text && !m_debounce->isActive());
}

QList<Choice> TagEntry::ranked(const QList<Choice> &choices, const QString &text)
{
    const QString needle = text.trimmed();
    QList<Choice> out = choices;
    std::stable_sort(out.begin(), out.end(), [&needle](const Choice &a, const Choice &b) {
        return rankOf(a.name, needle) < rankOf(b.name, needle);
    });
    return out;
}

void TagEntry::requestSuggestions()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || !m_lookup)
        return;
    m_pending.cancel();
    m_pending = m_lookup(text);
    FutureWatch::onResult(
        m_pending, this, [this, text](const Stash::Result<QList<Choice>> &result) {
            if (m_edit->text().trimmed() != text)
                return; // typed on meanwhile; a newer request follows
            showSuggestions(result ? ranked(result.value(), text).mid(0, MaxSuggestions)
                                   : QList<Choice>());
            m_shownFor = text;
            if (const Intent waiting = std::exchange(m_waiting, Intent::None);
                waiting != Intent::None)
                act(waiting);
        });
}

void TagEntry::showSuggestions(const QList<Choice> &choices)
{
    m_list->clear();
    m_shownFor.clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_list->hide();
        return;
    }
    bool exact = false;
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(choice.name, m_list);
        item->setData(IdRole, choice.id);
        exact = exact || choice.name.compare(text, Qt::CaseInsensitive) == 0;
    }
    if (!exact) {
        auto *create = new QListWidgetItem(tr("Create tag “%1”…").arg(text), m_list);
        create->setData(CreateRole, true);
        create->setData(IdRole, text);
        QFont italic = create->font();
        italic.setItalic(true);
        create->setFont(italic);
    }
    m_list->setCurrentRow(0);
    const int rows = std::min(m_list->count(), MaxSuggestions + 1);
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * rows + 2 * m_list->frameWidth());
    m_list->show();
}

void TagEntry::moveHighlight(int delta)
{
    if (m_list->count() == 0)
        return;
    const int row = std::clamp(m_list->currentRow() + delta, 0, m_list->count() - 1);
    m_list->setCurrentRow(row);
}

void TagEntry::act(Intent intent)
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    if (!isSettled()) {
        // Enter came before the suggestions: act on them once they are here.
        m_waiting = intent;
        if (!m_debounce->isActive() && m_pending.isFinished())
            requestSuggestions();
        return;
    }
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    if (item->data(CreateRole).toBool()) {
        if (intent == Intent::Add)
            Q_EMIT createRequested(text);
        return; // a tag that does not exist is on no image
    }
    const Choice tag{item->data(IdRole).toString(), item->text()};
    // setText(), not clear(): the typed name is done with, so it leaves the
    // box's own undo history too, and the next Ctrl+Z undoes the change.
    m_edit->setText(QString());
    if (intent == Intent::Add)
        Q_EMIT addRequested(tag);
    else
        Q_EMIT removeRequested(tag);
}

bool TagEntry::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        // Undo and redo belong to the box only while it has something of its
        // own to undo; otherwise they reach the program's undo (the change).
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo) ||
                          (key->key() == Qt::Key_Z &&
                           key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier));
        if ((undo && !m_edit->isUndoAvailable()) || (redo && !m_edit->isRedoAvailable())) {
            event->ignore();
            return true;
        }
    }
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        act(key->modifiers() & Qt::ShiftModifier ? Intent::Remove : Intent::Add);
        return true;
    case Qt::Key_Down:
        moveHighlight(1);
        return true;
    case Qt::Key_Up:
        moveHighlight(-1);
        return true;
    case Qt::Key_PageDown:
        moveHighlight(MaxSuggestions);
        return true;
    case Qt::Key_PageUp:
        moveHighlight(-MaxSuggestions);
        return true;
    case Qt::Key_Escape:
        if (!m_edit->text().isEmpty()) {
            m_edit->clear(); // first Esc clears, the next one leaves (the panel sends focus to the
                             // grid)
            return true;
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Tessera
