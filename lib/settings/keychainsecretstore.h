#pragma once

#include "secretstore.h"

/// Secrets in the desktop's keychain (Secret Service / KWallet) through qtkeychain.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, WriteCallback done) override;
    void remove(const QString &key, WriteCallback done) override;
    QString name() const override;
};
