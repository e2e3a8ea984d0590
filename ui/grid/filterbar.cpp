// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "grid/filterbar.h"

#include "widgets/chippicker.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRandomGenerator>
#include <QTimer>
#include <QToolButton>

namespace Tessera {

using namespace Stash;

namespace {
// Rating combo values: -1 any, 0 unrated, 1..5 stars (rating100 = stars × 20).
constexpr int kAny = -1;
constexpr int kUnrated = 0;
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchDebounce(new QTimer(this))
    , m_sort(new QComboBox(this))
    , m_direction(new QToolButton(this))
    , m_reshuffle(new QToolButton(this))
    , m_ratingMin(new QComboBox(this))
    , m_ratingMax(new QComboBox(this))
    , m_organized(new QComboBox(this))
    , m_tagsIn(new ChipPicker(tr("Tags"), false, this))
    , m_tagsOut(new ChipPicker(tr("Without tags"), false, this))
    , m_performers(new ChipPicker(tr("Performers"), false, this))
    , m_studio(new ChipPicker(tr("Studio"), true, this))
    , m_gallery(new ChipPicker(tr("Gallery"), true, this))
    , m_saved(new QToolButton(this))
    , m_savedChip(new QToolButton(this))
    , m_randomSeed(QRandomGenerator::global()->bounded(100000000u))
{
    m_saved->setText(tr("Saved filters"));
    m_saved->setAccessibleName(tr("Saved filters"));
    m_saved->setPopupMode(QToolButton::InstantPopup);
    m_saved->setMenu(new QMenu(m_saved));
    m_saved->setEnabled(false);
    m_savedChip->setVisible(false);
    connect(m_savedChip, &QToolButton::clicked, this, [this] {
        m_savedName.clear();
        m_savedCriteria = {};
        m_savedChip->hide();
        Q_EMIT queryChanged();
    });
    m_search->setPlaceholderText(tr("Search titles, paths, checksums  (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this, &FilterBar::queryChanged);

    for (const QString &key : FindFilter::imageSortKeys())
        m_sort->addItem(sortLabel(key), key);
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->setCurrentIndex(m_sort->findData(QStringLiteral("path")));
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        updateRandomButton();
        Q_EMIT queryChanged();
    });

    m_direction->setCheckable(true);
    m_direction->setAccessibleName(tr("Sort direction"));
    const auto showDirection = [this] {
        m_direction->setText(m_direction->isChecked() ? tr("↓ Desc") : tr("↑ Asc"));
        m_direction->setToolTip(m_direction->isChecked() ? tr("Descending") : tr("Ascending"));
    };
    showDirection();
    connect(m_direction, &QToolButton::toggled, this, [this, showDirection] {
        showDirection();
        Q_EMIT queryChanged();
    });

    m_reshuffle->setText(tr("⟳ Shuffle"));
    m_reshuffle->setToolTip(tr("A new random order"));
    m_reshuffle->setAccessibleName(tr("Reshuffle"));
    connect(m_reshuffle, &QToolButton::clicked, this, &FilterBar::reshuffle);
    updateRandomButton();

    for (QComboBox *combo : {m_ratingMin, m_ratingMax}) {
        combo->addItem(combo == m_ratingMin ? tr("Rating: any") : tr("up to: any"), kAny);
        if (combo == m_ratingMin)
            combo->addItem(tr("Unrated"), kUnrated);
        for (int stars = 1; stars <= 5; ++stars)
            combo->addItem(QString(stars, QChar(0x2605)), stars);
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::queryChanged);
    }
    m_ratingMin->setAccessibleName(tr("Minimum rating"));
    m_ratingMax->setAccessibleName(tr("Maximum rating"));

    m_organized->addItem(tr("Organized: any"));
    m_organized->addItem(tr("Organized"));
    m_organized->addItem(tr("Not organized"));
    m_organized->setAccessibleName(tr("Organized"));
    connect(m_organized, &QComboBox::currentIndexChanged, this, &FilterBar::queryChanged);

    for (ChipPicker *picker : {m_tagsIn, m_tagsOut, m_performers, m_studio, m_gallery})
        connect(picker, &ChipPicker::changed, this, &FilterBar::queryChanged);

    auto *clear = new QToolButton(this);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear all criteria"));
    connect(clear, &QToolButton::clicked, this, &FilterBar::clearCriteria);

    auto *top = new QHBoxLayout;
    top->addWidget(m_saved);
    top->addWidget(m_savedChip);
    top->addWidget(m_search, 3);
    top->addWidget(new QLabel(tr("Sort:"), this));
    top->addWidget(m_sort);
    top->addWidget(m_direction);
    top->addWidget(m_reshuffle);
    top->addWidget(m_ratingMin);
    top->addWidget(m_ratingMax);
    top->addWidget(m_organized);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_tagsIn, 2);
    bottom->addWidget(m_tagsOut, 2);
    bottom->addWidget(m_performers, 2);
    bottom->addWidget(m_studio, 1);
    bottom->addWidget(m_gallery, 1);
    bottom->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(bottom);
}

QString FilterBar::sortLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("created_at"), QT_TR_NOOP("Created")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("file_count"), QT_TR_NOOP("File count")},
        {QStringLiteral("file_mod_time"), QT_TR_NOOP("File modified")},
        {QStringLiteral("filesize"), QT_TR_NOOP("File size")},
        {QStringLiteral("id"), QT_TR_NOOP("Id")},
        {QStringLiteral("o_counter"), QT_TR_NOOP("O-counter")},
        {QStringLiteral("path"), QT_TR_NOOP("Path")},
        {QStringLiteral("performer_count"), QT_TR_NOOP("Performer count")},
        {QStringLiteral("random"), QT_TR_NOOP("Random")},
        {QStringLiteral("rating"), QT_TR_NOOP("Rating")},
        {QStringLiteral("tag_count"), QT_TR_NOOP("Tag count")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("updated_at"), QT_TR_NOOP("Updated")},
    };
    const char *label = labels.value(key);
    return label ? tr(label) : key;
}

QString FilterBar::sortKey() const
{
    return m_sort->currentData().toString();
}

SortDirection FilterBar::direction() const
{
    return m_direction->isChecked() ? SortDirection::Desc : SortDirection::Asc;
}

void FilterBar::setSort(const QString &sort, SortDirection direction)
{
    const int index = m_sort->findData(
        sort.startsWith(QStringLiteral("random")) ? QStringLiteral("random") : sort);
    const QSignalBlocker blockSort(m_sort);
    const QSignalBlocker blockDirection(m_direction);
    if (index >= 0)
        m_sort->setCurrentIndex(index);
    m_direction->setChecked(direction == SortDirection::Desc);
    m_direction->setText(direction == SortDirection::Desc ? tr("↓ Desc") : tr("↑ Asc"));
    updateRandomButton();
}

FindFilter FilterBar::findFilter() const
{
    FindFilter filter;
    filter.q = m_search->text().trimmed();
    // Plain "random" reshuffles on every page; a seed keeps paging stable.
    filter.sort =
        sortKey() == QStringLiteral("random") ? FindFilter::randomSort(m_randomSeed) : sortKey();
    filter.direction = direction();
    return filter;
}

ImageFilter FilterBar::imageFilter() const
{
    ImageFilter filter;
    const int min = m_ratingMin->currentData().toInt();
    const int max = m_ratingMax->currentData().toInt();
    if (min == kUnrated) {
        filter.rating100 = IntCriterion{0, std::nullopt, CriterionModifier::IsNull};
    } else if (min > 0 && max > 0) {
        filter.rating100 = IntCriterion{min * 20, max * 20, CriterionModifier::Between};
    } else if (min > 0) {
        filter.rating100 = IntCriterion{min * 20 - 1, std::nullopt, CriterionModifier::GreaterThan};
    } else if (max > 0) {
        filter.rating100 = IntCriterion{max * 20 + 1, std::nullopt, CriterionModifier::LessThan};
    }
    if (m_organized->currentIndex() > 0)
        filter.organized = m_organized->currentIndex() == 1;
    const QStringList tagsIn = m_tagsIn->ids();
    const QStringList tagsOut = m_tagsOut->ids();
    if (!tagsIn.isEmpty())
        filter.tags = HierarchicalCriterion{tagsIn, CriterionModifier::IncludesAll, 0, tagsOut};
    else if (!tagsOut.isEmpty())
        filter.tags = HierarchicalCriterion{tagsOut, CriterionModifier::Excludes, 0, {}};
    if (!m_performers->ids().isEmpty())
        filter.performers = MultiCriterion{m_performers->ids(), CriterionModifier::IncludesAll, {}};
    if (!m_studio->ids().isEmpty())
        filter.studios =
            HierarchicalCriterion{m_studio->ids(), CriterionModifier::Includes, -1, {}};
    if (!m_gallery->ids().isEmpty())
        filter.galleries = MultiCriterion{m_gallery->ids(), CriterionModifier::Includes, {}};
    if (m_savedCriteria.isEmpty())
        return filter;
    if (filter.isEmpty())
        return m_savedCriteria;
    // One AND per level: the quick criteria AND the saved filter's.
    filter.combine = ImageFilter::Combine::And;
    filter.sub = std::make_shared<const ImageFilter>(m_savedCriteria);
    return filter;
}

void FilterBar::setSavedFilters(const QList<SavedFilter> &filters)
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    for (const SavedFilter &filter : filters)
        menu->addAction(filter.name, this, [this, filter] { applySavedFilter(filter); });
    m_saved->setEnabled(!filters.isEmpty());
    m_saved->setToolTip(filters.isEmpty() ? tr("The server has no saved image filters")
                                          : tr("Filters saved in Stash"));
}

void FilterBar::applySavedFilter(const SavedFilter &filter)
{
    clearCriteriaSilently();
    {
        const QSignalBlocker block(m_search);
        m_search->setText(filter.findFilter.q);
    }
    if (!filter.findFilter.sort.isEmpty())
        setSort(filter.findFilter.sort, filter.findFilter.direction);
    m_savedName = filter.name;
    m_savedCriteria = filter.imageFilter;
    m_savedChip->setText(filter.name + QStringLiteral("  ✕"));
    m_savedChip->setToolTip(tr("Saved filter “%1”: click to remove its criteria").arg(filter.name));
    m_savedChip->setAccessibleName(tr("Remove saved filter %1").arg(filter.name));
    m_savedChip->setVisible(!m_savedCriteria.isEmpty());
    Q_EMIT queryChanged();
}

void FilterBar::reshuffle()
{
    m_randomSeed = QRandomGenerator::global()->bounded(100000000u);
    if (sortKey() == QStringLiteral("random"))
        Q_EMIT queryChanged();
}

void FilterBar::clearCriteria()
{
    clearCriteriaSilently();
    Q_EMIT queryChanged();
}

void FilterBar::clearCriteriaSilently()
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_search),     QSignalBlocker(m_ratingMin), QSignalBlocker(m_ratingMax),
        QSignalBlocker(m_organized),  QSignalBlocker(m_tagsIn),    QSignalBlocker(m_tagsOut),
        QSignalBlocker(m_performers), QSignalBlocker(m_studio),    QSignalBlocker(m_gallery)};
    m_search->clear();
    m_ratingMin->setCurrentIndex(0);
    m_ratingMax->setCurrentIndex(0);
    m_organized->setCurrentIndex(0);
    for (ChipPicker *picker : {m_tagsIn, m_tagsOut, m_performers, m_studio, m_gallery})
        picker->clear();
    m_searchDebounce->stop();
    m_savedName.clear();
    m_savedCriteria = {};
    m_savedChip->hide();
}

void FilterBar::updateRandomButton()
{
    m_reshuffle->setVisible(sortKey() == QStringLiteral("random"));
}

} // namespace Tessera
