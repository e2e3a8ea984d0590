// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QRect>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>

class FakeStash;
namespace Tessera {
class MainWindow;
}
class QImage;

namespace Stash {
struct FindFilter;
struct ImageFilter;
class StashClient;
} // namespace Stash

namespace UiTest {

/// Test-mode standard paths (settings and caches of the test user only), a
/// fixed organisation name per executable, an English (US) locale so counts
/// read "5,000", and empty settings.
void isolate(const QString &testName);
/// Forgets every setting (zoom, sort, geometry) so each test starts alike.
void clearSettings();

/// Stops the window from asking anything when a connect fails, a certificate is
/// refused or the keychain refuses a secret: the questions' signals are
/// disconnected from it (the switcher's failure signals still reach
/// MainWindow::connectionFailed, and the vault then keeps secrets in memory and
/// says so). A test that wants a question connects the signal itself.
void silencePrompts(Tessera::MainWindow &window);

/// Calls `act` with the active modal widget every 20 ms, once one is up,
/// until it returns true (it acted) or ten seconds have passed. For the
/// boxes and dialogs a test's next step opens with exec().
void whenModalIsUp(std::function<bool(QWidget *modal)> act);

/// A new main window whose thumbnail disk cache lives in `cacheDir`, sized
/// 1200 × 800, shown and active (so window shortcuts work), with its prompts
/// silenced. Null on failure.
std::unique_ptr<Tessera::MainWindow> openWindow(const QString &cacheDir);

/// Connects `window` to `url` and waits until the first page sized the list.
/// False (with `why`) when that did not happen in time.
bool connectAndLoad(Tessera::MainWindow &window, const QUrl &url, QString *why,
                    int timeoutMs = 20000);

/// Root-field request count (findImages, ...) from a /__stats answer.
int rootFieldCount(const QJsonObject &stats, const QString &field);
/// The variables of the last request of operation `name` ("FindImages").
QJsonObject lastVariables(FakeStash &server, const QString &name);

/// The server's count for a filter, asked with a separate one-row request;
/// -1 when it failed or did not answer in time.
int serverCount(Stash::StashClient *client, const Stash::FindFilter &filter,
                const Stash::ImageFilter &imageFilter);

/// The first child of type W whose accessible name is `accessibleName`, or null.
template<typename W>
W *childNamed(QWidget *parent, const QString &accessibleName)
{
    const QList<W *> children = parent->findChildren<W *>();
    for (W *child : children) {
        if (child->accessibleName() == accessibleName)
            return child;
    }
    return nullptr;
}

/// Distinct colours inside `rect` of `image`.
int distinctColours(const QImage &image, const QRect &rect);

} // namespace UiTest
