// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QLabel>
#include <QString>
#include <QTextDocument>

namespace Tessera {

// Text from the server (titles, tag names, error messages, certificate names)
// is never markup. Qt guesses: a label or tooltip whose text looks like HTML is
// shown as rich text, so a tag named "<img src=file:///…>" would load a local
// file and an error could draw a fake red warning with a link. These two make
// the guess impossible.

/// The label shows its text as it is, whatever it contains.
inline QLabel *plainLabel(QLabel *label)
{
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// A tooltip that shows `text` as it is (tooltips have no text format of their own).
inline QString plainToolTip(const QString &text)
{
    return text.isEmpty() ? QString() : Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

} // namespace Tessera
