// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QString>

class QCommandLineParser;

namespace Tessera {

class MainWindow;

/// `tessera --screenshot FILE [--screenshot-state grid|viewer|edit|bulk]`: for the
/// documentation's pictures and for checks. Once the first images are loaded it
/// selects a few and shows the asked-for state, waits --screenshot-delay ms,
/// saves the shown window to FILE and quits (exit code 1 if it could not save).
namespace ScreenshotMode {

/// Adds the three --screenshot options to the parser.
void addOptions(QCommandLineParser &parser);
/// Arms the screenshot when --screenshot was given; does nothing otherwise.
void arm(MainWindow &window, const QCommandLineParser &parser);

} // namespace ScreenshotMode

} // namespace Tessera
