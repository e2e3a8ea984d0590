// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/bulksharelists.h"

#include "selectionshares.h"

#include <QCoreApplication>
#include <QVBoxLayout>

namespace Tessera {

namespace {

// The lists' words were the bulk panel's and keep its translation context, so
// their translations stay in force (lupdate reads the literal context).
QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

QString listNoun(ListKind kind)
{
    switch (kind) {
    case ListKind::Tags:
        return translate("Tessera::BulkEditPanel", "tag");
    case ListKind::Performers:
        return translate("Tessera::BulkEditPanel", "performer");
    case ListKind::Galleries:
        return translate("Tessera::BulkEditPanel", "gallery");
    }
    return {};
}

// The plural on its own: languages do not make it by appending an "s".
QString listNouns(ListKind kind)
{
    switch (kind) {
    case ListKind::Tags:
        return translate("Tessera::BulkEditPanel", "tags");
    case ListKind::Performers:
        return translate("Tessera::BulkEditPanel", "performers");
    case ListKind::Galleries:
        return translate("Tessera::BulkEditPanel", "galleries");
    }
    return {};
}

} // namespace

BulkShareLists::BulkShareLists(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    const ListKind kinds[] = {ListKind::Tags, ListKind::Performers, ListKind::Galleries};
    const QString titles[] = {translate("Tessera::BulkEditPanel", "Tags"),
                              translate("Tessera::BulkEditPanel", "Performers"),
                              translate("Tessera::BulkEditPanel", "Galleries")};
    for (int i = 0; i < 3; ++i) {
        const ListKind kind = kinds[i];
        auto *list = m_lists[i] =
            new ValueSharesList(titles[i], listNoun(kind), listNouns(kind), this);
        layout->addWidget(list);
        connect(list, &ValueSharesList::addToAllRequested, this,
                [this, kind](const Choice &v) { Q_EMIT addToAllRequested(kind, v); });
        connect(list, &ValueSharesList::removeFromAllRequested, this,
                [this, kind](const Choice &v) { Q_EMIT removeFromAllRequested(kind, v); });
        connect(list, &ValueSharesList::setExactlyRequested, this,
                [this, kind](const QList<Choice> &v) { Q_EMIT setExactlyRequested(kind, v); });
    }
}

void BulkShareLists::setLookups(ChipPicker::Lookup tags, ChipPicker::Lookup performers,
                                ChipPicker::Lookup galleries)
{
    m_lists[0]->setLookup(std::move(tags));
    m_lists[1]->setLookup(std::move(performers));
    m_lists[2]->setLookup(std::move(galleries));
}

void BulkShareLists::showShares(const SelectionShares *shares, int selected)
{
    for (int i = 0; i < 3; ++i) {
        QList<ValueShare> values;
        for (const SharedValue &shared : shares->shares(ListKind(i)))
            values.append(ValueShare{Choice{shared.value.id, shared.value.name}, shared.count});
        m_lists[i]->setShares(values, selected);
        m_lists[i]->setStatus(QString());
    }
}

void BulkShareLists::setStatus(const QString &text)
{
    for (ValueSharesList *list : m_lists)
        list->setStatus(text);
}

} // namespace Tessera
