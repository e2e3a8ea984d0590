// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "findfilter.h"
#include "imagefilter.h"
#include "savedfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QToolButton;

namespace Tessera {

class ChipPicker;

/// What the grid shows: search text, sort, and the quick criteria (rating,
/// organized, tags included and excluded, performers, studio, gallery).
/// Emits queryChanged() once per user change (search text is debounced).
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    Stash::FindFilter findFilter() const;
    Stash::ImageFilter imageFilter() const;

    void setSort(const QString &sort, Stash::SortDirection direction);
    QString sortKey() const; ///< "random" for any seeded random sort
    Stash::SortDirection direction() const;

    ChipPicker *tagsIncluded() const { return m_tagsIn; }
    ChipPicker *tagsExcluded() const { return m_tagsOut; }
    ChipPicker *performers() const { return m_performers; }
    ChipPicker *studio() const { return m_studio; }
    ChipPicker *gallery() const { return m_gallery; }
    QLineEdit *searchEdit() const { return m_search; }

    /// The server's saved filters, offered in the "Saved filters" menu.
    void setSavedFilters(const QList<Stash::SavedFilter> &filters);
    /// Shows a saved filter: its search, sort and criteria (kept as one chip).
    void applySavedFilter(const Stash::SavedFilter &filter);
    QString savedFilterName() const { return m_savedName; }
    QToolButton *savedFiltersButton() const { return m_saved; }

    /// Human-readable names of the 14 image sort keys.
    static QString sortLabel(const QString &key);

public Q_SLOTS:
    void reshuffle();
    void clearCriteria();

Q_SIGNALS:
    void queryChanged();

private:
    void updateRandomButton();
    void clearCriteriaSilently();

    QLineEdit *m_search;
    QTimer *m_searchDebounce;
    QComboBox *m_sort;
    QToolButton *m_direction;
    QToolButton *m_reshuffle;
    QComboBox *m_ratingMin;
    QComboBox *m_ratingMax;
    QComboBox *m_organized;
    ChipPicker *m_tagsIn;
    ChipPicker *m_tagsOut;
    ChipPicker *m_performers;
    ChipPicker *m_studio;
    ChipPicker *m_gallery;
    QToolButton *m_saved;
    QToolButton *m_savedChip;
    QString m_savedName;
    Stash::ImageFilter m_savedCriteria; ///< ANDed with the quick criteria
    quint32 m_randomSeed;
};

} // namespace Tessera
