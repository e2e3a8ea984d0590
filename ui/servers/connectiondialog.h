// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "serverendpoint.h"

#include <QDialog>
#include <QFuture>

class QLabel;
class QLineEdit;
class QPushButton;
namespace Stash {
class StashClient;
}

namespace Tessera {

/// Asks for the server address and API key, and can test them: "Test
/// connection" reports the server's version or the exact problem.
class ConnectionDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(const Stash::ServerEndpoint &current, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    Stash::ServerEndpoint endpoint() const;

private:
    void testConnection();
    void updateButtons();

    QLineEdit *m_url;
    QLineEdit *m_apiKey;
    QLabel *m_status;
    QPushButton *m_testButton;
    QPushButton *m_okButton;
    Stash::StashClient *m_probe;
};

} // namespace Tessera
