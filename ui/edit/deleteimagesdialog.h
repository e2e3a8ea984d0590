// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "image.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Tessera {

/// Asks before images are deleted from Stash: which ones (up to five paths and
/// "+N more"), whether the files go from disk too, and whether the generated
/// thumbnails and previews go. The caller runs ImageEditor::deleteImages()
/// with deleteFile() and deleteGenerated() when exec() returns Accepted.
class DeleteImagesDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `images` are (some of) the images to delete; `totalCount` is how many
    /// there are in all (a selection over a whole filter is not all loaded).
    DeleteImagesDialog(const QList<Stash::Image> &images, int totalCount,
                       QWidget *parent = nullptr);

    bool deleteFile() const;
    bool deleteGenerated() const;
    int totalCount() const { return m_total; }

    /// How many paths the dialog lists before "+N more".
    static constexpr int MaxListed = 5;

private:
    int m_total;
    QLabel *m_paths;
    QLabel *m_more;
    QCheckBox *m_deleteFile;
    QCheckBox *m_deleteGenerated;
    QLabel *m_consequence;
    QPushButton *m_delete;
};

} // namespace Tessera
