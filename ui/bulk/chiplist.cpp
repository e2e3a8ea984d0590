// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/chiplist.h"
#include "widgets/plaintext.h"

#include <QTimer>

#include <algorithm>

namespace Tessera {

namespace {

constexpr int ChipIdRole = Qt::UserRole + 1;
constexpr int ChipNameRole = Qt::UserRole + 2;

} // namespace

ChipList::ChipList(QWidget *parent)
    : QListWidget(parent)
{
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setSpacing(2);
    setUniformItemSizes(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setStyleSheet(
        QStringLiteral("QListWidget { background: transparent; }"
                       "QListWidget::item { border: 1px solid palette(mid); border-radius: "
                       "9px; padding: 1px 7px; }"
                       "QListWidget::item:hover { background: palette(midlight); }"
                       "QListWidget::item:focus, QListWidget::item:selected { border-color: "
                       "palette(highlight);"
                       " background: palette(alternate-base); color: palette(text); }"));
}

void ChipList::setChips(const QList<Chip> &chips)
{
    const QString current = currentItem() ? currentItem()->data(ChipIdRole).toString() : QString();
    clear();
    for (const Chip &chip : chips) {
        auto *item = new QListWidgetItem(chip.label, this);
        item->setData(ChipIdRole, chip.tag.id);
        item->setData(ChipNameRole, chip.tag.name);
        item->setToolTip(plainToolTip(chip.toolTip));
        item->setData(Qt::AccessibleTextRole, chip.tag.name);
        if (chip.tag.id == current)
            setCurrentItem(item);
    }
    fitHeight();
}

Choice ChipList::tagOf(const QListWidgetItem *item)
{
    return Choice{item->data(ChipIdRole).toString(), item->data(ChipNameRole).toString()};
}

void ChipList::fitHeight()
{
    if (count() == 0) {
        setFixedHeight(0);
        return;
    }
    doItemsLayout();
    int bottom = 0;
    for (int i = 0; i < count(); ++i)
        bottom = std::max(bottom, visualItemRect(item(i)).bottom() + verticalOffset());
    const int height = bottom + 2 * spacing() + 2 * frameWidth() + 2;
    if (height != this->height())
        setFixedHeight(height);
}

void ChipList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    QTimer::singleShot(0, this, [this] { fitHeight(); });
}

} // namespace Tessera
