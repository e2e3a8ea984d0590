// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "servers/connectiondialog.h"
#include "widgets/plaintext.h"

#include "futurewatch.h"
#include "servers/describeconnection.h"
#include "stashclient.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

ConnectionDialog::ConnectionDialog(const ServerEndpoint &current, QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(current.baseUrl().toString(), this))
    , m_apiKey(new QLineEdit(current.apiKey(), this))
    , m_status(plainLabel(new QLabel(this)))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_probe(new StashClient(nullptr, this))
{
    setWindowTitle(tr("Connect to Stash"));
    m_url->setPlaceholderText(tr("http://127.0.0.1:9999"));
    m_url->setAccessibleName(tr("Server address"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("only needed when Stash has a password"));
    m_apiKey->setAccessibleName(tr("API key"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 3);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&API key:"), m_apiKey);
    auto *hint =
        new QLabel(tr("The API key is in Stash under Settings → Security → API Key."), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    updateButtons();
}

ConnectionDialog::~ConnectionDialog() = default;

ServerEndpoint ConnectionDialog::endpoint() const
{
    return ServerEndpoint(ServerEndpoint::normalizeUrl(m_url->text()), m_apiKey->text().trimmed());
}

void ConnectionDialog::updateButtons()
{
    const bool valid = endpoint().isValid();
    m_okButton->setEnabled(valid);
    m_testButton->setEnabled(valid);
}

void ConnectionDialog::testConnection()
{
    m_status->setText(tr("Connecting…"));
    m_testButton->setEnabled(false);
    m_probe->setEndpoint(endpoint());
    FutureWatch::onResult(m_probe->connectToServer(), this, [this](const Result<ServerInfo> &info) {
        m_testButton->setEnabled(true);
        m_status->setText(describeConnection(info));
    });
}

} // namespace Tessera
