// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "bulk/valueshareslist.h"
#include "widgets/plaintext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Tessera {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

/// The tree's keys for the current row: + / Insert adds to all, − / Delete removes from all.
class SharesTree final : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    std::function<void(bool add)> onKey;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        const int key = event->key();
        if (onKey && (key == Qt::Key_Plus || key == Qt::Key_Insert)) {
            onKey(true);
            return;
        }
        if (onKey && (key == Qt::Key_Minus || key == Qt::Key_Delete)) {
            onKey(false);
            return;
        }
        QTreeWidget::keyPressEvent(event);
    }
};

} // namespace

ValueSharesList::ValueSharesList(const QString &title, const QString &noun, const QString &nouns,
                                 QWidget *parent)
    : QWidget(parent)
    , m_noun(noun)
    , m_nouns(nouns)
    , m_title(new QLabel(title, this))
    , m_status(plainLabel(new QLabel(this)))
    , m_tree(new SharesTree(this))
    , m_setToggle(new QToolButton(this))
    , m_setEditor(new QWidget(this))
    , m_setPicker(new ChipPicker(tr("Exactly these %1…").arg(nouns), false, m_setEditor))
    , m_setButton(new QPushButton(tr("Set"), m_setEditor))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_tree->setAccessibleName(title);
    m_tree->setAccessibleDescription(
        tr("Every %1 on the selected images with how many have it. Plus adds the current one "
           "to all selected images, Minus removes it from all.")
            .arg(noun));
    m_tree->setColumnCount(3);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    static_cast<SharesTree *>(m_tree)->onKey = [this](bool add) {
        const QTreeWidgetItem *item = m_tree->currentItem();
        if (!item)
            return;
        const Choice value{item->data(0, IdRole).toString(), item->text(0)};
        if (add)
            Q_EMIT addToAllRequested(value);
        else
            Q_EMIT removeFromAllRequested(value);
    };

    m_setToggle->setText(tr("Set exactly…"));
    m_setToggle->setCheckable(true);
    m_setToggle->setAutoRaise(true);
    m_setToggle->setToolTip(
        tr("Replace the %1 of every selected image with a list you choose").arg(nouns));
    m_setToggle->setAccessibleName(tr("Set the %1 of all selected images exactly").arg(nouns));
    m_setButton->setAccessibleName(tr("Set these %1 on all selected images").arg(nouns));
    m_setButton->setToolTip(
        tr("Every selected image gets exactly these %1; you see what is lost before "
           "anything is changed")
            .arg(nouns));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title);
    header->addWidget(m_status, 1);
    header->addWidget(m_setToggle);

    auto *setLayout = new QHBoxLayout(m_setEditor);
    setLayout->setContentsMargins(0, 0, 0, 0);
    setLayout->addWidget(m_setPicker, 1);
    setLayout->addWidget(m_setButton);
    m_setEditor->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(m_tree);
    layout->addWidget(m_setEditor);

    connect(m_setToggle, &QToolButton::toggled, this, &ValueSharesList::showSetEditor);
    connect(m_setButton, &QPushButton::clicked, this,
            [this] { Q_EMIT setExactlyRequested(m_setPicker->choices()); });
    connect(m_setPicker->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        // Enter in an empty picker means "done choosing": set.
        if (m_setPicker->lineEdit()->text().isEmpty())
            m_setButton->click();
    });
    rebuild();
}

void ValueSharesList::setLookup(ChipPicker::Lookup lookup)
{
    m_setPicker->setLookup(std::move(lookup));
}

void ValueSharesList::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ValueSharesList::setShares(const QList<ValueShare> &shares, int total)
{
    QList<ValueShare> sorted = shares;
    std::sort(sorted.begin(), sorted.end(), [](const ValueShare &a, const ValueShare &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.value.name.localeAwareCompare(b.value.name) < 0;
    });
    if (sorted == m_shares && total == m_total)
        return;
    m_shares = sorted;
    m_total = total;
    rebuild();
}

void ValueSharesList::showSetEditor(bool show)
{
    m_setEditor->setVisible(show);
    if (!show)
        return;
    // Like Stash's dialog, start from what every selected image shares.
    QList<Choice> shared;
    for (const ValueShare &share : std::as_const(m_shares)) {
        if (m_total > 0 && share.count == m_total)
            shared.append(share.value);
    }
    m_setPicker->setChoices(shared);
    m_setPicker->lineEdit()->setFocus();
}

void ValueSharesList::rebuild()
{
    const QString currentId =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toString() : QString();
    m_tree->clear();
    const QLocale locale;
    const int rows = int(std::min<qsizetype>(m_shares.size(), MaxRows));
    for (int i = 0; i < rows; ++i) {
        const ValueShare &share = m_shares.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(0, share.value.name);
        item->setData(0, IdRole, share.value.id);
        item->setText(1, tr("%1 / %2").arg(locale.toString(share.count), locale.toString(m_total)));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, plainToolTip(tr("%1: on %L2 of %L3 selected images")
                                             .arg(share.value.name)
                                             .arg(share.count)
                                             .arg(m_total)));
        item->setToolTip(1, item->toolTip(0));

        auto *buttons = new QWidget;
        auto *row = new QHBoxLayout(buttons);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(0);
        auto *add = new QToolButton(buttons);
        add->setObjectName(QStringLiteral("add:") + share.value.id);
        add->setText(QStringLiteral("+"));
        add->setAutoRaise(true);
        add->setFocusPolicy(Qt::NoFocus); // the tree's + and − keys do the same
        add->setToolTip(tr("Add %1 to the %L2 selected images that lack it")
                            .arg(share.value.name)
                            .arg(m_total - share.count));
        add->setAccessibleName(
            tr("Add %1 %2 to all selected images").arg(m_noun, share.value.name));
        QSizePolicy keep = add->sizePolicy();
        keep.setRetainSizeWhenHidden(true);
        add->setSizePolicy(keep);
        add->setVisible(share.count < m_total);
        auto *remove = new QToolButton(buttons);
        remove->setObjectName(QStringLiteral("remove:") + share.value.id);
        remove->setText(QStringLiteral("−"));
        remove->setAutoRaise(true);
        remove->setFocusPolicy(Qt::NoFocus);
        remove->setToolTip(tr("Remove %1 from the %L2 selected images that have it")
                               .arg(share.value.name)
                               .arg(share.count));
        remove->setAccessibleName(
            tr("Remove %1 %2 from all selected images").arg(m_noun, share.value.name));
        row->addWidget(add);
        row->addWidget(remove);
        connect(add, &QToolButton::clicked, this,
                [this, v = share.value] { Q_EMIT addToAllRequested(v); });
        connect(remove, &QToolButton::clicked, this,
                [this, v = share.value] { Q_EMIT removeFromAllRequested(v); });
        m_tree->setItemWidget(item, 2, buttons);
        if (share.value.id == currentId)
            m_tree->setCurrentItem(item);
    }
    if (m_shares.size() > MaxRows) {
        auto *more = new QTreeWidgetItem(m_tree);
        more->setText(0, tr("… and %L1 more").arg(m_shares.size() - MaxRows));
        more->setFlags(Qt::NoItemFlags);
    }
    if (m_shares.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree);
        none->setText(0, m_total > 0 ? tr("No %1 on the selected images").arg(m_nouns) : QString());
        none->setFlags(Qt::NoItemFlags);
    }
    // Show up to eight rows, at least two; the panel scrolls beyond that.
    const int rowHeight = std::max(m_tree->sizeHintForRow(0), fontMetrics().height() + 6);
    const int visible = std::clamp(m_tree->topLevelItemCount(), 2, 8);
    m_tree->setFixedHeight(rowHeight * visible + 2 * m_tree->frameWidth() + 2);
}

QToolButton *ValueSharesList::addButton(const QString &id) const
{
    return rowButton(id, QStringLiteral("add:"));
}

QToolButton *ValueSharesList::removeButton(const QString &id) const
{
    return rowButton(id, QStringLiteral("remove:"));
}

QToolButton *ValueSharesList::rowButton(const QString &id, const QString &prefix) const
{
    // Through the items: the widgets of rows just cleared linger until deleteLater.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, IdRole).toString() != id)
            continue;
        QWidget *buttons = m_tree->itemWidget(item, 2);
        return buttons ? buttons->findChild<QToolButton *>(prefix + id) : nullptr;
    }
    return nullptr;
}

} // namespace Tessera
