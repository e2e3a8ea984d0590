// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "edit/deleteimagesdialog.h"
#include "widgets/plaintext.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Tessera {

using namespace Stash;

DeleteImagesDialog::DeleteImagesDialog(const QList<Image> &images, int totalCount, QWidget *parent)
    : QDialog(parent)
    , m_total(std::max<int>(totalCount, int(images.size())))
    , m_paths(new QLabel(this))
    , m_more(plainLabel(new QLabel(this)))
    , m_deleteFile(new QCheckBox(tr("Delete the file from disk"), this))
    , m_deleteGenerated(new QCheckBox(tr("Delete generated files (thumbnails, previews)"), this))
    , m_consequence(plainLabel(new QLabel(this)))
    , m_delete(nullptr)
{
    setWindowTitle(tr("Delete images"));
    setAccessibleName(tr("Delete images"));

    const QString count = QLocale().toString(m_total);
    auto *question = new QLabel(m_total == 1 ? tr("Delete this image from Stash?")
                                             : tr("Delete %1 images from Stash?").arg(count),
                                this);
    question->setObjectName(QStringLiteral("question"));
    question->setAccessibleName(tr("Question"));
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);

    QStringList listed;
    for (const Image &image : images) {
        if (listed.size() == MaxListed)
            break;
        const VisualFile *file = image.primaryFile();
        listed.append(file ? file->path : image.displayTitle());
    }
    m_paths->setObjectName(QStringLiteral("paths"));
    m_paths->setAccessibleName(tr("Images to delete"));
    m_paths->setText(listed.join(QLatin1Char('\n')));
    m_paths->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_paths->setTextFormat(Qt::PlainText);

    const int more = m_total - int(listed.size());
    m_more->setObjectName(QStringLiteral("more"));
    m_more->setAccessibleName(tr("Images not listed"));
    m_more->setText(tr("+%1 more").arg(QLocale().toString(more)));
    m_more->setVisible(more > 0);

    m_deleteFile->setObjectName(QStringLiteral("deleteFile"));
    m_deleteFile->setAccessibleName(m_deleteFile->text());
    m_deleteFile->setChecked(false); // Stash's default (configuration.defaults.deleteFile)
    m_deleteGenerated->setObjectName(QStringLiteral("deleteGenerated"));
    m_deleteGenerated->setAccessibleName(m_deleteGenerated->text());
    m_deleteGenerated->setChecked(true);

    m_consequence->setObjectName(QStringLiteral("consequence"));
    m_consequence->setAccessibleName(tr("What happens"));
    m_consequence->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_delete =
        buttons->addButton(m_total == 1 ? tr("Delete 1 image") : tr("Delete %1 images").arg(count),
                           QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setAccessibleName(m_delete->text());
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    // Enter must not delete: the safe choice is the default.
    cancel->setDefault(true);
    m_delete->setAutoDefault(false);
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    const auto explain = [this] {
        QString text = m_deleteFile->isChecked()
                           ? tr("The files are removed from disk (or moved to Stash's trash "
                                "folder, if one is set up).")
                           : tr("The files stay on disk, so Stash will add these images again at "
                                "its next library scan, with empty metadata (no title, tags, "
                                "rating or other details).");
        text += QLatin1Char(' ') + tr("This cannot be undone.");
        m_consequence->setText(text);
    };
    connect(m_deleteFile, &QCheckBox::toggled, this, explain);
    explain();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_paths);
    layout->addWidget(m_more);
    layout->addSpacing(6);
    layout->addWidget(m_deleteFile);
    layout->addWidget(m_deleteGenerated);
    layout->addWidget(m_consequence);
    layout->addWidget(buttons);
}

bool DeleteImagesDialog::deleteFile() const
{
    return m_deleteFile->isChecked();
}

bool DeleteImagesDialog::deleteGenerated() const
{
    return m_deleteGenerated->isChecked();
}

} // namespace Tessera
