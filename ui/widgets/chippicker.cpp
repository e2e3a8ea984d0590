// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "widgets/chippicker.h"

#include "futurewatch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

namespace Tessera {

ChipPicker::ChipPicker(const QString &placeholder, bool single, QWidget *parent)
    : QWidget(parent)
    , m_single(single)
    , m_chips(new QHBoxLayout)
    , m_edit(new QLineEdit(this))
    , m_completionModel(new QStringListModel(this))
    , m_completer(new QCompleter(m_completionModel, this))
    , m_debounce(new QTimer(this))
{
    m_edit->setPlaceholderText(placeholder);
    m_edit->setAccessibleName(placeholder);
    m_edit->setClearButtonEnabled(true);
    m_edit->setMinimumWidth(110);
    // The server already filtered: show its suggestions as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_edit->setCompleter(m_completer);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_chips->setSpacing(2);
    layout->addLayout(m_chips);
    layout->addWidget(m_edit, 1);

    connect(m_edit, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ChipPicker::requestSuggestions);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &name) {
                // Clearing inside the completer's own signal would be undone by it.
                QTimer::singleShot(0, this, [this, name] { pick(name); });
            });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (!m_completer->popup()->isVisible() && !m_suggestions.isEmpty())
            pick(m_suggestions.first().name);
    });
}

QStringList ChipPicker::ids() const
{
    QStringList ids;
    for (const Choice &c : m_choices)
        ids.append(c.id);
    return ids;
}

void ChipPicker::setChoices(const QList<Choice> &choices)
{
    if (choices == m_choices)
        return;
    m_choices = choices;
    rebuildChips();
    Q_EMIT changed();
}

void ChipPicker::requestSuggestions()
{
    const QString text = m_edit->text().trimmed();
    if (!m_lookup || text.isEmpty())
        return;
    m_pending.cancel();
    m_pending = m_lookup(text);
    FutureWatch::onResult(m_pending, this,
                          [this, text](const Stash::Result<QList<Choice>> &result) {
                              if (!result || m_edit->text().trimmed() != text)
                                  return;
                              m_suggestions = result.value();
                              QStringList names;
                              for (const Choice &c : m_suggestions)
                                  names.append(c.name);
                              m_completionModel->setStringList(names);
                              if (m_edit->hasFocus() && !names.isEmpty())
                                  m_completer->complete();
                          });
}

void ChipPicker::pick(const QString &name)
{
    for (const Choice &c : std::as_const(m_suggestions)) {
        if (c.name != name)
            continue;
        QList<Choice> next = m_single ? QList<Choice>() : m_choices;
        if (!next.contains(c))
            next.append(c);
        m_edit->clear();
        setChoices(next);
        return;
    }
}

void ChipPicker::rebuildChips()
{
    while (QLayoutItem *item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Choice &choice : std::as_const(m_choices)) {
        auto *chip = new QToolButton(this);
        chip->setText(choice.name + QStringLiteral("  ✕"));
        chip->setToolTip(tr("Remove %1").arg(choice.name));
        chip->setAccessibleName(tr("Remove %1").arg(choice.name));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, id = choice.id] {
            QList<Choice> next = m_choices;
            next.removeIf([&id](const Choice &c) { return c.id == id; });
            setChoices(next);
        });
        m_chips->addWidget(chip);
    }
}

} // namespace Tessera
