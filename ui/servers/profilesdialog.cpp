// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "servers/profilesdialog.h"
#include "widgets/plaintext.h"

#include "futurewatch.h"
#include "profilestore.h"
#include "secretstore.h"
#include "serverendpoint.h"
#include "servers/describeconnection.h"
#include "stashclient.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

ProfilesDialog::ProfilesDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_apiKeyLabel(new QLabel(tr("API &key:"), this))
    , m_apiKey(new QLineEdit(this))
    , m_usernameLabel(new QLabel(tr("&Username:"), this))
    , m_username(new QLineEdit(this))
    , m_passwordLabel(new QLabel(tr("&Password:"), this))
    , m_password(new QLineEdit(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_status(plainLabel(new QLabel(this)))
{
    setWindowTitle(tr("Servers"));
    m_list->setAccessibleName(tr("Servers"));
    m_addButton->setAccessibleName(tr("Add a server"));
    m_removeButton->setAccessibleName(tr("Remove the selected server"));
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("for example: Home"));
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:9999"));
    m_auth->setAccessibleName(tr("How to sign in"));
    m_auth->addItem(tr("No password"), int(ServerProfile::Auth::None));
    m_auth->addItem(tr("API key"), int(ServerProfile::Auth::ApiKey));
    m_auth->addItem(tr("Username and password"), int(ServerProfile::Auth::Password));
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_username->setAccessibleName(tr("Username"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_testButton->setAccessibleName(tr("Test connection"));
    m_status->setAccessibleName(tr("Connection test result"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 3);
    m_apiKeyLabel->setBuddy(m_apiKey);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("Sign &in with:"), m_auth);
    form->addRow(m_apiKeyLabel, m_apiKey);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    auto *hint = new QLabel(
        tr("The API key is in Stash under Settings → Security → API Key. Keys and passwords are "
           "kept in the system keychain, not in Tessera's settings file."),
        this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_testButton, 0, Qt::AlignLeft);
    right->addWidget(m_status);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfilesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    const QList<ServerProfile> all = m_profiles->profiles();
    for (const ServerProfile &p : all) {
        m_entries.append(Entry{p, false, false, {}});
        m_list->addItem(p.displayName());
    }

    connect(m_addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesDialog::showEntry);
    const auto edited = [this] {
        if (m_loading || m_shown < 0)
            return;
        storeEditsInto(m_shown);
        updateFieldStates();
    };
    connect(m_name, &QLineEdit::textEdited, this, edited);
    connect(m_url, &QLineEdit::textEdited, this, edited);
    connect(m_username, &QLineEdit::textEdited, this, edited);
    connect(m_auth, &QComboBox::currentIndexChanged, this, edited);
    const auto secretEdited = [this] {
        if (m_loading || m_shown < 0)
            return;
        m_entries[m_shown].secretEdited = true;
        storeEditsInto(m_shown);
        updateFieldStates();
    };
    connect(m_apiKey, &QLineEdit::textEdited, this, secretEdited);
    connect(m_password, &QLineEdit::textEdited, this, secretEdited);

    const QString active = m_profiles->activeId();
    int row = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.id == active)
            row = i;
    }
    if (m_entries.isEmpty())
        showEntry(-1);
    else
        m_list->setCurrentRow(row);
    resize(720, 420);
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).profile.id == id)
            m_list->setCurrentRow(i);
    }
}

void ProfilesDialog::addProfile()
{
    Entry entry;
    entry.isNew = true;
    entry.profile.name = tr("New server");
    m_entries.append(entry);
    m_list->addItem(entry.profile.name);
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_url->setFocus();
}

void ProfilesDialog::removeProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry removed = m_entries.takeAt(row);
    if (!removed.isNew)
        m_removed.append(removed.profile.id);
    m_shown = -1; // the row is gone: nothing to store edits into
    delete m_list->takeItem(row);
    if (m_entries.isEmpty())
        showEntry(-1);
}

void ProfilesDialog::showEntry(int row)
{
    m_shown = row;
    m_status->clear();
    const bool valid = row >= 0 && row < m_entries.size();
    m_loading = true;
    const Entry entry = valid ? m_entries.at(row) : Entry{};
    m_name->setText(entry.profile.name);
    m_url->setText(entry.profile.url.toString());
    m_auth->setCurrentIndex(m_auth->findData(int(entry.profile.auth)));
    m_username->setText(entry.profile.username);
    const QString secret = entry.secretEdited ? entry.secret : QString();
    m_apiKey->setText(entry.profile.auth == ServerProfile::Auth::ApiKey ? secret : QString());
    m_password->setText(entry.profile.auth == ServerProfile::Auth::Password ? secret : QString());
    const QString kept = entry.isNew ? QString() : tr("(kept; type to replace)");
    m_apiKey->setPlaceholderText(kept.isEmpty() ? tr("Settings → Security → API Key") : kept);
    m_password->setPlaceholderText(kept);
    m_loading = false;
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_url),
                       static_cast<QWidget *>(m_auth), static_cast<QWidget *>(m_apiKey),
                       static_cast<QWidget *>(m_username), static_cast<QWidget *>(m_password)})
        w->setEnabled(valid);
    updateFieldStates();
}

void ProfilesDialog::storeEditsInto(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    Entry &entry = m_entries[row];
    entry.profile.name = m_name->text().trimmed();
    entry.profile.url = ServerEndpoint::normalizeUrl(m_url->text());
    entry.profile.auth = ServerProfile::Auth(m_auth->currentData().toInt());
    entry.profile.username = entry.profile.auth == ServerProfile::Auth::Password
                                 ? m_username->text().trimmed()
                                 : QString();
    if (entry.secretEdited)
        entry.secret = entry.profile.auth == ServerProfile::Auth::Password
                           ? m_password->text()
                           : m_apiKey->text().trimmed();
    if (QListWidgetItem *item = m_list->item(row))
        item->setText(entry.profile.name.isEmpty() ? m_url->text().trimmed() : entry.profile.name);
}

QString ProfilesDialog::problemWith(const Entry &entry) const
{
    if (!ServerEndpoint(entry.profile.url).isValid())
        return tr("“%1” needs a server address such as http://127.0.0.1:9999.")
            .arg(entry.profile.displayName());
    if (entry.profile.auth == ServerProfile::Auth::Password && entry.profile.username.isEmpty())
        return tr("“%1” needs a username.").arg(entry.profile.displayName());
    return {};
}

void ProfilesDialog::updateFieldStates()
{
    const auto auth = ServerProfile::Auth(m_auth->currentData().toInt());
    const bool apiKey = auth == ServerProfile::Auth::ApiKey;
    const bool password = auth == ServerProfile::Auth::Password;
    m_apiKeyLabel->setVisible(apiKey);
    m_apiKey->setVisible(apiKey);
    m_usernameLabel->setVisible(password);
    m_username->setVisible(password);
    m_passwordLabel->setVisible(password);
    m_password->setVisible(password);
    const bool shown = m_shown >= 0 && m_shown < m_entries.size();
    m_removeButton->setEnabled(shown);
    m_testButton->setEnabled(shown && problemWith(m_entries.at(m_shown)).isEmpty());
    bool allValid = true;
    for (const Entry &entry : std::as_const(m_entries))
        allValid = allValid && problemWith(entry).isEmpty();
    m_okButton->setEnabled(allValid);
}

void ProfilesDialog::testConnection()
{
    if (m_shown < 0 || m_shown >= m_entries.size())
        return;
    const Entry entry = m_entries.at(m_shown);
    m_status->setText(tr("Connecting…"));
    m_testButton->setEnabled(false);
    if (entry.secretEdited || entry.isNew || entry.profile.auth == ServerProfile::Auth::None ||
        !m_secrets) {
        runTest(entry.profile, entry.secret);
        return;
    }
    QPointer<ProfilesDialog> self(this);
    const ServerProfile profile = entry.profile;
    m_secrets->read(profile.secretKey(),
                    [self, profile](std::optional<QString> secret, const QString &) {
                        if (self)
                            self->runTest(profile, secret.value_or(QString()));
                    });
}

void ProfilesDialog::runTest(const ServerProfile &profile, const QString &secret)
{
    // A new client each time: a fresh cookie jar, and older answers cannot interfere.
    delete m_probe;
    m_probe = new StashClient(nullptr, this);
    StashClient *probe = m_probe;
    const bool apiKey = profile.auth == ServerProfile::Auth::ApiKey;
    probe->setEndpoint(ServerEndpoint(profile.url, apiKey ? secret : QString()));
    probe->setTimeout(std::chrono::seconds(15));

    const auto report = [this](const Result<ServerInfo> &info) {
        m_testButton->setEnabled(true);
        m_status->setText(describeConnection(info));
    };
    if (profile.auth != ServerProfile::Auth::Password) {
        FutureWatch::onResult(probe->connectToServer(), probe, report);
        return;
    }
    FutureWatch::onResult(probe->login(profile.username, secret), probe,
                          [this, probe, report](const Result<Done> &login) {
                              if (!login) {
                                  m_testButton->setEnabled(true);
                                  m_status->setText(
                                      tr("Could not log in: %1").arg(login.error().message()));
                                  return;
                              }
                              FutureWatch::onResult(probe->connectToServer(), probe, report);
                          });
}

void ProfilesDialog::accept()
{
    storeEditsInto(m_shown);
    for (const Entry &entry : std::as_const(m_entries)) {
        const QString problem = problemWith(entry);
        if (!problem.isEmpty()) {
            m_status->setText(problem);
            return;
        }
    }
    for (const QString &id : std::as_const(m_removed))
        m_profiles->remove(id);
    for (Entry &entry : m_entries) {
        if (entry.isNew)
            entry.profile.id = m_profiles->add(entry.profile);
        else
            m_profiles->update(entry.profile);
        if (entry.secretEdited && entry.profile.auth != ServerProfile::Auth::None)
            m_secretChanges.insert(entry.profile.id, entry.secret);
        entry.isNew = false;
    }
    QDialog::accept();
}

} // namespace Tessera
