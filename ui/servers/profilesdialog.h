// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "serverprofile.h"

#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
namespace Stash {
class StashClient;
}

namespace Tessera {

class ProfileStore;
class SecretStore;

/// Server ▸ Manage servers…: add, edit and remove server profiles (name,
/// address, how to sign in, and the API key or username and password), and
/// test one. Changes reach the ProfileStore only on OK. Secrets are not kept
/// here: the caller stores secretChanges() where secrets belong.
class ProfilesDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `secrets` is read (never written) to test a profile whose secret was not retyped.
    ProfilesDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    /// After OK: the new secret of each profile id whose API key or password was typed.
    const QHash<QString, QString> &secretChanges() const { return m_secretChanges; }
    /// After OK: ids of the profiles removed (their secrets should go too).
    const QStringList &removedIds() const { return m_removed; }
    /// Selects the profile with this id (to edit it straight away).
    void selectProfile(const QString &id);

    // For tests.
    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QComboBox *authCombo() const { return m_auth; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *addButton() const { return m_addButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *statusLabel() const { return m_status; }

    void accept() override;

private:
    struct Entry
    {
        ServerProfile profile;
        bool isNew = false;
        bool secretEdited = false;
        QString secret; ///< only when secretEdited
    };

    void addProfile();
    void removeProfile();
    void showEntry(int row);
    void storeEditsInto(int row);
    void updateFieldStates();
    void testConnection();
    void runTest(const ServerProfile &profile, const QString &secret);
    QString problemWith(const Entry &entry) const;

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QList<Entry> m_entries;
    QStringList m_removed;
    QHash<QString, QString> m_secretChanges;
    int m_shown = -1;
    bool m_loading = false;

    QListWidget *m_list;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_auth;
    QLabel *m_apiKeyLabel;
    QLineEdit *m_apiKey;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_testButton;
    QLabel *m_status;
    QPushButton *m_okButton;
    Stash::StashClient *m_probe = nullptr;
};

} // namespace Tessera
