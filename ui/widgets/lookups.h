// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "widgets/chippicker.h"

#include <functional>

namespace Stash {
class StashClient;
struct Gallery;
struct Performer;
struct Studio;
struct Tag;
} // namespace Stash

namespace Tessera {

/// The pickers' suggestions: one look-up per kind over the client's find
/// calls, and one way to name each kind, so the filter bar, the bulk panel and
/// the edit dialog show the same names (a performer with their disambiguation).
/// `remember`, if given, sees every object a look-up found, for a caller that
/// needs more than id and name of what is picked.
namespace Lookups {

/// Suggestions asked for per keystroke (after the picker's debounce).
inline constexpr int SuggestionCount = 30;

ChipPicker::Lookup tags(Stash::StashClient *client,
                        std::function<void(const Stash::Tag &)> remember = {});
ChipPicker::Lookup performers(Stash::StashClient *client,
                              std::function<void(const Stash::Performer &)> remember = {});
ChipPicker::Lookup studios(Stash::StashClient *client,
                           std::function<void(const Stash::Studio &)> remember = {});
ChipPicker::Lookup galleries(Stash::StashClient *client,
                             std::function<void(const Stash::Gallery &)> remember = {});

QString displayName(const Stash::Tag &tag);
/// "Jane Doe (2010s)" when the server holds two of that name.
QString displayName(const Stash::Performer &performer);
QString displayName(const Stash::Studio &studio);
/// The title, else the file or folder name.
QString displayName(const Stash::Gallery &gallery);

/// As a picker holds it.
template<typename T>
Choice choiceOf(const T &item)
{
    return Choice{item.id, displayName(item)};
}

template<typename T>
QList<Choice> choicesOf(const QList<T> &items)
{
    QList<Choice> choices;
    choices.reserve(items.size());
    for (const T &item : items)
        choices.append(choiceOf(item));
    return choices;
}

} // namespace Lookups

} // namespace Tessera
