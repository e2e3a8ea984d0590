// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "widgets/chippicker.h"

#include <QFuture>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QTimer;

namespace Tessera {

/// Type-ahead tag entry for a whole selection: the server suggests tags as one
/// types, ranked here (exact name first, then prefix matches, then the rest).
/// Up/Down move the highlight, Enter asks to add the highlighted tag, Shift+Enter
/// to remove it. A name the server does not know is offered for creation.
/// The list sits under the line edit (not a popup), so nothing steals focus.
class TagEntry final : public QWidget
{
    Q_OBJECT

public:
    explicit TagEntry(QWidget *parent = nullptr);

    /// Where suggestions come from (ChipPicker's lookup: id + name).
    void setLookup(ChipPicker::Lookup lookup) { m_lookup = std::move(lookup); }
    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *suggestionList() const { return m_list; }
    /// The suggestions for the current text are in (or the text is empty).
    bool isSettled() const;

    /// Exact name (case-insensitive) first, then names starting with `text`,
    /// then names containing a word starting with it, then the rest; ties by
    /// the server's order. Pure, for tests.
    static QList<Choice> ranked(const QList<Choice> &choices, const QString &text);

Q_SIGNALS:
    void addRequested(const Choice &tag);
    void removeRequested(const Choice &tag);
    /// No tag has this name: the owner may create it and then add it.
    void createRequested(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Intent { None, Add, Remove };

    void requestSuggestions();
    void showSuggestions(const QList<Choice> &choices);
    void act(Intent intent);
    void moveHighlight(int delta);

    ChipPicker::Lookup m_lookup;
    QLineEdit *m_edit;
    QListWidget *m_list;
    QTimer *m_debounce;
    QFuture<Stash::Result<QList<Choice>>> m_pending;
    QString m_shownFor;              ///< the text the shown suggestions are for
    Intent m_waiting = Intent::None; ///< Enter pressed before the suggestions came
};

} // namespace Tessera
