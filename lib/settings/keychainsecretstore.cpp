// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

namespace Tessera {

namespace {
const QString kService = QStringLiteral("Tessera");
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

QString KeychainSecretStore::name() const
{
    return tr("the system keychain");
}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else if (job->error() == QKeychain::EntryNotFound)
            done(std::nullopt, {});
        else
            done(std::nullopt, job->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        done(job->error() == QKeychain::NoError, job->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [job, done = std::move(done)] {
        const bool ok =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

} // namespace Tessera
