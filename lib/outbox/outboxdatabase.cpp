// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Tessera developers

#include "outboxdatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Tessera {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Tessera::OutboxDatabase", text);
}

QString kindName(OutboxEntry::Kind kind)
{
    switch (kind) {
    case OutboxEntry::Kind::Update:
        return QStringLiteral("update");
    case OutboxEntry::Kind::BulkUpdate:
        return QStringLiteral("bulk-update");
    case OutboxEntry::Kind::OStep:
        return QStringLiteral("o-step");
    case OutboxEntry::Kind::Destroy:
        return QStringLiteral("destroy");
    }
    return QStringLiteral("update");
}

std::optional<OutboxEntry::Kind> kindOf(const QString &name)
{
    for (const auto kind : {OutboxEntry::Kind::Update, OutboxEntry::Kind::BulkUpdate,
                            OutboxEntry::Kind::OStep, OutboxEntry::Kind::Destroy}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

} // namespace

OutboxDatabase::OutboxDatabase()
    : m_connection(QStringLiteral("outbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

OutboxDatabase::~OutboxDatabase()
{
    close();
}

void OutboxDatabase::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool OutboxDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

bool OutboxDatabase::exec(const QString &statement)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(statement))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool OutboxDatabase::open(const QString &path)
{
    close();
    m_path = path;
    m_error.clear();
    m_movedAside.clear();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        m_error = tr("Qt's SQLite driver is missing, so changes cannot be kept safe on disk "
                     "(on Debian: install libqt6sql6-sqlite).");
        return false;
    }
    const QFileInfo file(path);
    if (!QDir().mkpath(file.absolutePath())) {
        m_error = tr("The folder %1 cannot be created, so changes cannot be kept safe on disk.")
                      .arg(QDir::toNativeSeparators(file.absolutePath()));
        return false;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            m_error = tr("The outbox %1 cannot be opened: %2")
                          .arg(QDir::toNativeSeparators(path), db.lastError().text());
            close();
            return false;
        }
        const FileCheck check = checkFile();
        if (check == FileCheck::Ours)
            return createSchema();
        close();
        if (check == FileCheck::Newer)
            return false; // refused, left as it is
        if (attempt > 0 || !moveAside())
            return false;
    }
    return false;
}

OutboxDatabase::FileCheck OutboxDatabase::checkFile()
{
    QSqlQuery check(QSqlDatabase::database(m_connection, false));
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok"))
        return FileCheck::Unreadable;
    QSqlQuery version(QSqlDatabase::database(m_connection, false));
    if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
        return FileCheck::Unreadable;
    if (version.value(0).toInt() > FormatVersion) {
        m_error = tr("The outbox %1 was written by a newer Tessera; this one leaves it alone.")
                      .arg(QDir::toNativeSeparators(m_path));
        return FileCheck::Newer;
    }
    return FileCheck::Ours;
}

bool OutboxDatabase::moveAside()
{
    const QString aside =
        m_path + QStringLiteral(".unreadable-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!QFile::rename(m_path, aside)) {
        m_error = tr("The outbox %1 cannot be read and cannot be moved aside.")
                      .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // The journal belongs to the unreadable file: keep it with it.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::rename(m_path + suffix, aside + suffix);
    m_movedAside = aside;
    return true;
}

bool OutboxDatabase::createSchema()
{
    // WAL: a reader never blocks the writer; FULL: a confirmed write survives a power cut.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA synchronous=FULL")) ||
        !exec(QStringLiteral("CREATE TABLE IF NOT EXISTS entries ("
                             " sequence INTEGER PRIMARY KEY AUTOINCREMENT,"
                             " created TEXT NOT NULL,"
                             " kind TEXT NOT NULL,"
                             " operation TEXT NOT NULL,"
                             " variables TEXT NOT NULL,"
                             " image_ids TEXT NOT NULL,"
                             " restore TEXT NOT NULL,"
                             " attempts INTEGER NOT NULL DEFAULT 0,"
                             " outcome_unknown INTEGER NOT NULL DEFAULT 0,"
                             " refusal TEXT NOT NULL DEFAULT '')")) ||
        !exec(QStringLiteral("PRAGMA user_version=%1").arg(FormatVersion))) {
        m_error = tr("The outbox %1 cannot be written: %2")
                      .arg(QDir::toNativeSeparators(m_path), m_error);
        close();
        return false;
    }
    return true;
}

std::optional<qint64> OutboxDatabase::append(OutboxEntry entry)
{
    if (!isOpen()) {
        m_error = tr("The outbox is not open.");
        return std::nullopt;
    }
    entry.created = QDateTime::currentDateTimeUtc();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral(
        "INSERT INTO entries (created, kind, operation, variables, image_ids, restore) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.created.toString(Qt::ISODateWithMs));
    query.addBindValue(kindName(entry.kind));
    query.addBindValue(entry.operation);
    query.addBindValue(compact(entry.variables));
    query.addBindValue(entry.imageIds.join(QLatin1Char(',')));
    query.addBindValue(compact(entry.restore));
    if (!query.exec()) {
        m_error = tr("The change could not be written to the outbox (%1): %2")
                      .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool OutboxDatabase::beginSend(qint64 sequence)
{
    return exec(QStringLiteral("UPDATE entries SET attempts = attempts + 1, outcome_unknown = 1 "
                               "WHERE sequence = %1")
                    .arg(sequence));
}

bool OutboxDatabase::settleUnsent(qint64 sequence)
{
    return exec(
        QStringLiteral("UPDATE entries SET outcome_unknown = 0 WHERE sequence = %1").arg(sequence));
}

bool OutboxDatabase::replaceVariables(qint64 sequence, const QJsonObject &variables)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE entries SET variables = ? WHERE sequence = ?"));
    query.addBindValue(compact(variables));
    query.addBindValue(sequence);
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool OutboxDatabase::markRefused(qint64 sequence, const QString &message)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("UPDATE entries SET refusal = ?, outcome_unknown = 0 WHERE sequence = ?"));
    query.addBindValue(message.isEmpty() ? QStringLiteral("?") : message);
    query.addBindValue(sequence);
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool OutboxDatabase::clearRefusal(qint64 sequence)
{
    return exec(
        QStringLiteral("UPDATE entries SET refusal = '' WHERE sequence = %1").arg(sequence));
}

bool OutboxDatabase::remove(qint64 sequence)
{
    return exec(QStringLiteral("DELETE FROM entries WHERE sequence = %1").arg(sequence));
}

QList<OutboxEntry> OutboxDatabase::entries() const
{
    QList<OutboxEntry> all;
    if (!isOpen())
        return all;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT sequence, created, kind, operation, variables, "
                                   "image_ids, restore, attempts, outcome_unknown, refusal "
                                   "FROM entries ORDER BY sequence")))
        return all;
    while (query.next()) {
        OutboxEntry entry;
        entry.sequence = query.value(0).toLongLong();
        entry.created = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        // An entry of a kind this version does not know is still an update of absolute values.
        entry.kind = kindOf(query.value(2).toString()).value_or(OutboxEntry::Kind::Update);
        entry.operation = query.value(3).toString();
        entry.variables = objectOf(query.value(4));
        const QString ids = query.value(5).toString();
        entry.imageIds = ids.isEmpty() ? QStringList() : ids.split(QLatin1Char(','));
        entry.restore = objectOf(query.value(6));
        entry.attempts = query.value(7).toInt();
        entry.outcomeUnknown = query.value(8).toInt() != 0;
        entry.refusal = query.value(9).toString();
        all.append(entry);
    }
    return all;
}

int OutboxDatabase::count() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM entries")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace Tessera
