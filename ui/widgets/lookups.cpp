// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "widgets/lookups.h"

#include "stashclient.h"

namespace Tessera::Lookups {

using namespace Stash;

namespace {

template<typename T>
ChipPicker::Lookup
lookupOver(StashClient *client,
           QFuture<Result<LookupPage<T>>> (StashClient::*find)(const LookupQuery &),
           std::function<void(const T &)> remember)
{
    return [client, find, remember = std::move(remember)](const QString &text) {
        LookupQuery query;
        query.q = text;
        query.perPage = SuggestionCount;
        // The continuation touches only what it captured by value: a late answer is harmless.
        return (client->*find)(query).then(
            [remember](Result<LookupPage<T>> page) -> Result<QList<Choice>> {
                if (!page)
                    return page.error();
                if (remember) {
                    for (const T &item : page.value().items)
                        remember(item);
                }
                return choicesOf(page.value().items);
            });
    };
}

} // namespace

ChipPicker::Lookup tags(StashClient *client, std::function<void(const Tag &)> remember)
{
    return lookupOver<Tag>(client, &StashClient::findTags, std::move(remember));
}

ChipPicker::Lookup performers(StashClient *client, std::function<void(const Performer &)> remember)
{
    return lookupOver<Performer>(client, &StashClient::findPerformers, std::move(remember));
}

ChipPicker::Lookup studios(StashClient *client, std::function<void(const Studio &)> remember)
{
    return lookupOver<Studio>(client, &StashClient::findStudios, std::move(remember));
}

ChipPicker::Lookup galleries(StashClient *client, std::function<void(const Gallery &)> remember)
{
    return lookupOver<Gallery>(client, &StashClient::findGalleries, std::move(remember));
}

QString displayName(const Tag &tag)
{
    return tag.name;
}

QString displayName(const Performer &performer)
{
    return performer.disambiguation.isEmpty()
               ? performer.name
               : QStringLiteral("%1 (%2)").arg(performer.name, performer.disambiguation);
}

QString displayName(const Studio &studio)
{
    return studio.name;
}

QString displayName(const Gallery &gallery)
{
    return gallery.displayTitle();
}

} // namespace Tessera::Lookups
