// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "fakestash.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

FakeStash::FakeStash(const QStringList &arguments)
    : m_arguments(arguments)
{}

FakeStash::~FakeStash()
{
    stop();
}

bool FakeStash::start(int timeoutMs)
{
    const QString script = QStringLiteral(TESSERA_FAKE_STASH_DIR "/server.js");
    m_process.setProgram(QStringLiteral(TESSERA_NODE_EXECUTABLE));
    // --exit-with-stdin: if this test process dies, the server notices its
    // stdin closing and exits instead of lingering.
    m_process.setArguments(QStringList{script, QStringLiteral("--port"), QStringLiteral("0"),
                                       QStringLiteral("--exit-with-stdin")} +
                           m_arguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("node did not start: ") + m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("fake-stash listening on (http://127\\.0\\.0\\.1:\\d+)"));
    QElapsedTimer timer;
    timer.start();
    QByteArray seen;
    while (timer.elapsed() < timeoutMs) {
        if (m_process.canReadLine() || m_process.waitForReadyRead(200)) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                seen += line.toUtf8() + '\n';
                const auto match = listening.match(line);
                if (match.hasMatch()) {
                    m_url = QUrl(match.captured(1));
                    return true;
                }
            }
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    m_error = QStringLiteral("fake-stash did not report its port: ") + QString::fromUtf8(seen) +
              QString::fromUtf8(m_process.readAllStandardError());
    stop();
    return false;
}

void FakeStash::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

QByteArray FakeStash::httpCall(const QByteArray &method, const QString &path,
                               const QByteArray &body)
{
    QNetworkAccessManager network;
    QUrl target = m_url;
    target.setPath(path);
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer =
        reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    delete reply;
    return answer;
}

bool FakeStash::control(const QJsonObject &settings)
{
    return !httpCall("POST", QStringLiteral("/__control"),
                     QJsonDocument(settings).toJson(QJsonDocument::Compact))
                .isNull();
}

QJsonObject FakeStash::stats()
{
    return QJsonDocument::fromJson(httpCall("GET", QStringLiteral("/__stats"), {})).object();
}

int FakeStash::rootFieldCount(const QJsonObject &stats, const QString &field)
{
    return stats.value(QStringLiteral("rootFields")).toObject().value(field).toInt();
}

QJsonObject FakeStash::lastVariables(const QJsonObject &stats, const QString &operation)
{
    return stats.value(QStringLiteral("lastVariables")).toObject().value(operation).toObject();
}

QJsonObject FakeStash::lastInput(const QJsonObject &stats, const QString &operation)
{
    return lastVariables(stats, operation).value(QStringLiteral("input")).toObject();
}

bool FakeStash::reset()
{
    return !httpCall("POST", QStringLiteral("/__reset"), "{}").isNull();
}

QJsonObject FakeStash::graphql(const QString &document)
{
    const QJsonObject request{{QStringLiteral("query"), document}};
    return QJsonDocument::fromJson(httpCall("POST", QStringLiteral("/graphql"),
                                            QJsonDocument(request).toJson(QJsonDocument::Compact)))
        .object();
}
