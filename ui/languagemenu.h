// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QMenu>

namespace Tessera {

/// View ▸ Language: the system's language or one Tessera ships. The choice
/// is stored (Translations::settingKey()) and applies at the next start.
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &language);
};

} // namespace Tessera
