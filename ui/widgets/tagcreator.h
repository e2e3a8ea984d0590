// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "tag.h"

#include <QObject>

#include <optional>

namespace Stash {
class StashClient;
}

namespace Tessera {

/// "Find a tag by name or alias, else create it", with one rule for the edit
/// dialog and the bulk panel: a typed name that is an existing tag's name or
/// one of its aliases (in any case) is that tag; only a name that is neither
/// leads to a new tag, and only after the person agreed. Asking is the owner's
/// job (a message box, the bulk panel's bar): creationNeeded() says when, and
/// create() goes on.
class TagCreator final : public QObject
{
    Q_OBJECT

public:
    /// How many tags a name look-up reads to find an exact match among them.
    static constexpr int LookupCount = 100;

    explicit TagCreator(Stash::StashClient *client, QObject *parent = nullptr);

    /// The tag that `name` means among `candidates`: the one of that name,
    /// else the first with that alias; nullopt when none.
    static std::optional<Stash::Tag> match(const QList<Stash::Tag> &candidates,
                                           const QString &name);

    /// Looks `name` up: found() with the existing tag, or creationNeeded().
    /// Does nothing for an empty name or while busy.
    void findOrCreate(const QString &name);
    /// Creates the tag `name` (after the person agreed): created() or failed().
    void create(const QString &name);
    /// A look-up or a creation is on its way.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void found(const Stash::Tag &tag);
    /// No tag has this name or alias: ask, then call create().
    void creationNeeded(const QString &name);
    void created(const Stash::Tag &tag);
    /// The look-up or the creation failed; `message` is ready to be shown.
    void failed(const QString &name, const QString &message);

private:
    Stash::StashClient *m_client;
    bool m_busy = false;
};

} // namespace Tessera
