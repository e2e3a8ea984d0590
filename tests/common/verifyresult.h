// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include "result.h"

#include <QString>
#include <QTest>

/// Fails the test with the error's kind, message and detail when a Stash::Result
/// holds an error. (QVERIFY2 would evaluate its message, and so error(), even on
/// success, where error() must not be called.)
#define QVERIFY_RESULT(result)                                                                     \
    do {                                                                                           \
        const auto &tesseraResult_ = (result);                                                     \
        if (!tesseraResult_.ok()) {                                                                \
            QFAIL(qPrintable(QStringLiteral("%1 failed: [%2] %3 | %4")                             \
                                 .arg(QLatin1String(#result), tesseraResult_.error().kindName(),   \
                                      tesseraResult_.error().message(),                            \
                                      tesseraResult_.error().detail())));                          \
        }                                                                                          \
    } while (false)
