// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"

#include <QFuture>
#include <QList>
#include <QWidget>

#include <functional>

class QCompleter;
class QHBoxLayout;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace Tessera {

/// One thing a picker can hold: a tag, performer, studio or gallery.
struct Choice
{
    QString id;
    QString name;
    friend bool operator==(const Choice &, const Choice &) = default;
};

/// Picks tags (or performers, studios, galleries) by typing: suggestions come
/// from the server as the user types; picked ones show as removable chips.
class ChipPicker final : public QWidget
{
    Q_OBJECT

public:
    using Lookup = std::function<QFuture<Stash::Result<QList<Choice>>>(const QString &text)>;

    ChipPicker(const QString &placeholder, bool single, QWidget *parent = nullptr);

    void setLookup(Lookup lookup) { m_lookup = std::move(lookup); }
    QList<Choice> choices() const { return m_choices; }
    QStringList ids() const;
    void setChoices(const QList<Choice> &choices);
    void clear() { setChoices({}); }
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void changed();

private:
    void requestSuggestions();
    void pick(const QString &name);
    void rebuildChips();

    bool m_single;
    Lookup m_lookup;
    QList<Choice> m_choices;
    QList<Choice> m_suggestions;
    QFuture<Stash::Result<QList<Choice>>> m_pending;
    QHBoxLayout *m_chips;
    QLineEdit *m_edit;
    QStringListModel *m_completionModel;
    QCompleter *m_completer;
    QTimer *m_debounce;
};

} // namespace Tessera
