// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "edit/urllisteditor.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

UrlListEditor::UrlListEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setAccessibleName(tr("URLs"));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Enough for a few URLs without taking over the dialog.
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5 + 8);
    m_add->setAccessibleName(tr("Add URL"));
    m_add->setToolTip(tr("Add a URL"));
    m_add->setAutoDefault(false);
    m_remove->setAccessibleName(tr("Remove selected URLs"));
    m_remove->setToolTip(tr("Remove the selected URLs"));
    m_remove->setAutoDefault(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &UrlListEditor::addUrl);
    connect(m_remove, &QPushButton::clicked, this, &UrlListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &UrlListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    updateButtons();
}

QStringList UrlListEditor::urls() const
{
    QStringList urls;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString url = m_list->item(i)->text().trimmed();
        if (!url.isEmpty())
            urls.append(url);
    }
    return urls;
}

void UrlListEditor::setUrls(const QStringList &urls)
{
    m_filling = true;
    m_list->clear();
    for (const QString &url : urls)
        appendRow(url);
    m_filling = false;
    updateButtons();
}

void UrlListEditor::addUrl()
{
    QListWidgetItem *item = appendRow(QString());
    m_list->setCurrentItem(item);
    m_list->editItem(item);
    // An empty row is not a URL yet: changed() follows when it gets text.
}

void UrlListEditor::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    bool hadText = false;
    for (QListWidgetItem *item : selected) {
        hadText = hadText || !item->text().trimmed().isEmpty();
        delete item;
    }
    updateButtons();
    if (hadText)
        Q_EMIT changed();
}

QListWidgetItem *UrlListEditor::appendRow(const QString &url)
{
    const bool wasFilling = std::exchange(m_filling, true);
    auto *item = new QListWidgetItem(url, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    item->setToolTip(plainToolTip(url));
    m_filling = wasFilling;
    return item;
}

void UrlListEditor::updateButtons()
{
    m_remove->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace Tessera
