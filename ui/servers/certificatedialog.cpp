// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "servers/certificatedialog.h"
#include "widgets/plaintext.h"

#include "certificatetrust.h"
#include "stasherror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

namespace {

QString nameOf(const QSslCertificate &certificate, bool issuer)
{
    const QString text =
        issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
    return text.isEmpty() ? QObject::tr("(none)") : text;
}

QLabel *selectableLabel(const QString &text, QWidget *parent)
{
    auto *label = plainLabel(new QLabel(text, parent));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

CertificateDialog::CertificateDialog(const QString &hostAndPort, const QSslCertificate &certificate,
                                     const QStringList &errors, QWidget *parent)
    : QDialog(parent)
    , m_certificate(certificate)
{
    setWindowTitle(tr("Untrusted certificate"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The server %1 presented a TLS certificate that could not be verified. Someone may be "
           "impersonating the server. Trust this certificate only if you know it is your "
           "server's own (for example, one you made yourself).")
            .arg(hostAndPort),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const QLocale locale;
    const auto row = [&](const QString &label, const QString &value, const QString &name) {
        QLabel *field = selectableLabel(value, this);
        field->setObjectName(name);
        field->setAccessibleName(QString(label).remove(QLatin1Char(':')));
        form->addRow(label, field);
    };
    row(tr("Subject:"), nameOf(certificate, false), QStringLiteral("subject"));
    row(tr("Issuer:"), nameOf(certificate, true), QStringLiteral("issuer"));
    row(tr("Valid from:"), locale.toString(certificate.effectiveDate(), QLocale::LongFormat),
        QStringLiteral("validFrom"));
    row(tr("Valid until:"), locale.toString(certificate.expiryDate(), QLocale::LongFormat),
        QStringLiteral("validUntil"));
    row(tr("SHA-256 fingerprint:"),
        CertificateTrust::formatFingerprint(CertificateTrust::fingerprint(certificate)),
        QStringLiteral("fingerprint"));
    layout->addLayout(form);

    auto *errorsLabel = new QLabel(tr("&Problems:"), this);
    auto *errorList = new QPlainTextEdit(errors.join(QLatin1Char('\n')), this);
    errorList->setObjectName(QStringLiteral("errors"));
    errorList->setReadOnly(true);
    errorList->setAccessibleName(tr("Problems"));
    errorList->setMaximumHeight(errorList->fontMetrics().lineSpacing() * 6);
    errorsLabel->setBuddy(errorList);
    layout->addWidget(errorsLabel);
    layout->addWidget(errorList);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *trust =
        buttons->addButton(tr("&Trust this certificate"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trust"));
    trust->setAutoDefault(false);
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

bool CertificateDialog::askToTrust(const Error &error, const QString &hostAndPort, QWidget *parent,
                                   std::function<void(const QSslCertificate &)> trusted)
{
    const CertificateTrust::Details details = CertificateTrust::details(error);
    if (details.chain.isEmpty())
        return false;
    auto *dialog =
        new CertificateDialog(hostAndPort, details.chain.first(), details.errors, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // As modal as exec() would make it, without a nested event loop inside the caller.
    dialog->setWindowModality(Qt::ApplicationModal);
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, trusted] { trusted(dialog->certificate()); });
    dialog->show();
    return true;
}

} // namespace Tessera
