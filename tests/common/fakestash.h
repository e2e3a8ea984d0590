// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

/// Starts tests/fake-stash on a free loopback port for one test and stops it
/// again. Extra arguments are the server's own flags (--images, --api-key, ...).
class FakeStash
{
public:
    explicit FakeStash(const QStringList &arguments = {});
    ~FakeStash();
    FakeStash(const FakeStash &) = delete;
    FakeStash &operator=(const FakeStash &) = delete;

    /// Waits until the server printed its address; false (with errorText()) if it did not start.
    bool start(int timeoutMs = 15000);
    void stop();

    QUrl url() const { return m_url; }
    QString errorText() const { return m_error; }

    /// POST /__control with the given fault settings; GET /__stats; POST /__reset.
    bool control(const QJsonObject &settings);
    QJsonObject stats();
    bool reset();
    /// Sends one GraphQL document straight to the server (data a test needs that
    /// the client cannot make, such as a tag with aliases); the answer, empty on failure.
    QJsonObject graphql(const QString &document);

    /// From a /__stats answer: how many requests asked for a GraphQL root field
    /// (findImages, ...), and the variables of the last request of an operation
    /// (FindImages, ...) and their `input`.
    static int rootFieldCount(const QJsonObject &stats, const QString &field);
    static QJsonObject lastVariables(const QJsonObject &stats, const QString &operation);
    static QJsonObject lastInput(const QJsonObject &stats, const QString &operation);
    /// The same, from the server's stats now.
    int rootFieldCount(const QString &field) { return rootFieldCount(stats(), field); }
    /// How many faults of a kind ("fail", "drop", "malformed", "graphqlError",
    /// "dropAfter") the server has injected since its last reset.
    int injected(const QString &kind)
    {
        return stats().value(QStringLiteral("injected")).toObject().value(kind).toInt();
    }
    QJsonObject lastVariables(const QString &operation)
    {
        return lastVariables(stats(), operation);
    }
    QJsonObject lastInput(const QString &operation) { return lastInput(stats(), operation); }

private:
    QByteArray httpCall(const QByteArray &method, const QString &path, const QByteArray &body);

    QStringList m_arguments;
    QProcess m_process;
    QUrl m_url;
    QString m_error;
};
