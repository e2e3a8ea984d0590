// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Tessera {

/// Edits a list of URLs: one editable row each, Add and Remove. Blank rows
/// are kept while editing but are not part of urls().
class UrlListEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit UrlListEditor(QWidget *parent = nullptr);

    /// The URLs as entered, trimmed, without blank rows, in their order.
    QStringList urls() const;
    /// Replaces the rows; does not Q_EMIT changed().
    void setUrls(const QStringList &urls);

    QListWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

public Q_SLOTS:
    /// Adds an empty row and starts editing it.
    void addUrl();
    /// Removes the selected rows.
    void removeSelected();

Q_SIGNALS:
    /// The user added, removed or edited a URL.
    void changed();

private:
    QListWidgetItem *appendRow(const QString &url);
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_filling = false;
};

} // namespace Tessera
