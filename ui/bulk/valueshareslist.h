// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "widgets/chippicker.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace Tessera {

/// One value of a list field (a tag, performer or gallery) and on how many of
/// the selected images it is.
struct ValueShare
{
    Choice value;
    int count = 0;
    friend bool operator==(const ValueShare &, const ValueShare &) = default;
};

/// The values a list field has across the selection, by share ("beach
/// 812 / 1,000"), each with "add to all" (when some lack it) and "remove from
/// all"; plus a "set exactly" editor that replaces the list on every image.
/// Only emits intents; the panel does the work.
class ValueSharesList final : public QWidget
{
    Q_OBJECT

public:
    /// `title` names the list ("Tags"); `noun` one value ("tag") and `nouns`
    /// several ("tags"), for the buttons' names.
    ValueSharesList(const QString &title, const QString &noun, const QString &nouns,
                    QWidget *parent = nullptr);

    void setLookup(ChipPicker::Lookup lookup);
    /// Sorted here by share (largest first), then by name.
    void setShares(const QList<ValueShare> &shares, int total);
    QList<ValueShare> shares() const { return m_shares; }
    int total() const { return m_total; }
    /// Shown while the shares are being read (or empty).
    void setStatus(const QString &text);

    /// The "add to all" / "remove from all" button of a value, if shown (tests, accessibility).
    QToolButton *addButton(const QString &id) const;
    QToolButton *removeButton(const QString &id) const;
    QTreeWidget *tree() const { return m_tree; }
    ChipPicker *setPicker() const { return m_setPicker; }
    QPushButton *setButton() const { return m_setButton; }
    QToolButton *setToggle() const { return m_setToggle; }

    /// Rows with buttons are costly widgets: at most this many are listed.
    static constexpr int MaxRows = 250;

Q_SIGNALS:
    void addToAllRequested(const Choice &value);
    void removeFromAllRequested(const Choice &value);
    /// Replace the list of every selected image with exactly these.
    void setExactlyRequested(const QList<Choice> &values);

private:
    void rebuild();
    void showSetEditor(bool show);
    QToolButton *rowButton(const QString &id, const QString &prefix) const;

    QString m_noun;
    QString m_nouns;
    QList<ValueShare> m_shares;
    int m_total = 0;
    QLabel *m_title;
    QLabel *m_status;
    QTreeWidget *m_tree;
    QToolButton *m_setToggle;
    QWidget *m_setEditor;
    ChipPicker *m_setPicker;
    QPushButton *m_setButton;
};

} // namespace Tessera
