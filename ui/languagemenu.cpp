// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "languagemenu.h"

#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QLocale>
#include <QMessageBox>

namespace Tessera {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    auto *group = new QActionGroup(this);
    const QString current = Translations::configuredLanguage();

    QAction *system = addAction(tr("&System language"));
    system->setData(QString());
    group->addAction(system);
    addSeparator();
    for (const QString &code : Translations::languages()) {
        // Each language in its own words, so it can be found whatever the UI shows.
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper(); // "français" -> "Français"
        QAction *action = addAction(name);
        action->setData(code);
        group->addAction(action);
    }
    for (QAction *action : group->actions()) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == current);
    }
    connect(group, &QActionGroup::triggered, this,
            [this](QAction *action) { choose(action->data().toString()); });
}

void LanguageMenu::choose(const QString &language)
{
    if (language == Translations::configuredLanguage())
        return;
    Translations::setConfiguredLanguage(language);
    QMessageBox::information(parentWidget(), tr("Language"),
                             tr("The new language applies the next time Tessera starts."));
}

} // namespace Tessera
