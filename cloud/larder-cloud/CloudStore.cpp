// SPDX-License-Identifier: MIT
#include "CloudStore.h"
#include "SqlQuery.h"
#include "storage/Schema.h"
#include "storage/StoreLocation.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace larder::cloud {

namespace {
constexpr int kSeededSerials = 50;

/// The classic shadow is stored under the empty name (never SQL NULL).
QString shadowKey(const QString &shadowName)
{
    return shadowName.isEmpty() ? QStringLiteral("") : shadowName;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}
} // namespace

CloudStore::CloudStore(const QString &path, const QString &connectionName)
    : m_path(path), m_connection(connectionName)
{
}

CloudStore::~CloudStore()
{
    m_saveShadow.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool CloudStore::open(QString *error)
{
    const auto location = StoreLocation::parse(m_path, error);
    if (!location)
        return false;
    QSqlDatabase db = location->addConnection(m_connection);
    if (!db.open()) {
        *error = QStringLiteral("Cannot open the database %1: %2")
                     .arg(location->display(), db.lastError().text());
        return false;
    }
    if (location->engine == dialect::Engine::Sqlite)
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"})
            if (!exec(db, QString::fromLatin1(pragma), error))
                return false;
    if (!schema::migrate(m_connection, error))
        return false;
    sql::WriteTransaction seeding(m_connection); // once, if several open a new file at once
    QSqlQuery count(db);
    if (seeding && count.exec(QStringLiteral("SELECT COUNT(*) FROM reference")) && count.next() &&
        count.value(0).toInt() == 0) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO reference (serial, model) VALUES (?, ?) "
                                      "ON CONFLICT (serial) DO NOTHING"));
        for (int i = 1; i <= kSeededSerials; ++i) {
            insert.addBindValue(QStringLiteral("LRD%1").arg(i, 8, 10, QLatin1Char('0')));
            insert.addBindValue(i % 2 ? QStringLiteral("LF-500") : QStringLiteral("LF-700X"));
            insert.exec();
        }
    }
    if (!seeding.commit()) {
        *error = QStringLiteral("Cannot seed the reference table: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

bool CloudStore::registerThing(const QString &thing, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("INSERT INTO things (name, created) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    query.addBindValue(thing);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool CloudStore::thingExists(const QString &thing)
{
    if (m_knownThings.contains(thing))
        return true;
    QSqlQuery query =
        sql::run(m_connection, QStringLiteral("SELECT 1 FROM things WHERE name = ?"), {thing});
    if (!query.next())
        return false;
    m_knownThings.insert(thing);
    return true;
}

std::optional<QJsonObject> CloudStore::loadShadow(const QString &thing, const QString &shadowName)
{
    QSqlQuery query = sql::run(
        m_connection, QStringLiteral("SELECT document FROM shadows WHERE thing = ? AND name = ?"),
        {thing, shadowKey(shadowName)});
    if (!query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toByteArray()).object();
}

bool CloudStore::saveShadow(const QString &thing, const QString &shadowName,
                            const QJsonObject &stored)
{
    const QString document =
        QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact));
    // Twice at most: a connection the server dropped (PostgreSQL restarted) took the prepared
    // statement with it; it is prepared again, on a new connection if need be.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!m_saveShadow) {
            sql::ensureOpen(m_connection);
            m_saveShadow.emplace(QSqlDatabase::database(m_connection));
            m_saveShadow->prepare(QStringLiteral(
                "INSERT INTO shadows (thing, name, document) VALUES (?, ?, ?) ON CONFLICT "
                "(thing, name) DO UPDATE SET document = excluded.document"));
        }
        QSqlQuery &query = *m_saveShadow;
        query.addBindValue(thing);
        query.addBindValue(shadowKey(shadowName));
        query.addBindValue(document);
        if (query.exec())
            return true;
        qWarning("larder-cloud: cannot store the shadow of %s: %s", qPrintable(thing),
                 qPrintable(query.lastError().text()));
        m_saveShadow.reset(); // prepared again on the next try
    }
    return false;
}

int CloudStore::namedShadowCount(const QString &thing)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM shadows WHERE thing = ? AND name != '' AND ") +
        dialect::jsonIsTrue(dialect::of(m_connection), QStringLiteral("document"),
                            {QStringLiteral("exists")}));
    query.addBindValue(thing);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QStringList CloudStore::thingsRecordedConnected()
{
    QStringList out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(QStringLiteral("SELECT thing FROM shadows WHERE name = '' AND ") +
                   dialect::jsonIsTrue(dialect::of(m_connection), QStringLiteral("document"),
                                       {QStringLiteral("reported"), QStringLiteral("connected")})))
        while (query.next())
            out.append(query.value(0).toString());
    return out;
}

QList<CloudStore::Reference> CloudStore::references()
{
    QList<Reference> out;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (query.exec(QStringLiteral("SELECT serial, model FROM reference ORDER BY serial")))
        while (query.next())
            out.append({query.value(0).toString(), query.value(1).toString()});
    return out;
}

} // namespace larder::cloud
