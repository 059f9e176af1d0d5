// SPDX-License-Identifier: MIT
#include "InventoryStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace larder::inventory {

namespace {
QSqlQuery prepared(const QString &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.exec();
    return query;
}
QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

InventoryStore::InventoryStore(QString path, const QString &connection)
    : m_path(std::move(path)),
      // One connection per store, even while an old app object and a new one overlap.
      m_connection(connection + u'-' + QString::number(quintptr(this), 16))
{
}

InventoryStore::~InventoryStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString InventoryStore::defaultPath(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + name +
           QStringLiteral(".sqlite");
}

bool InventoryStore::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const char *statement :
         {"PRAGMA journal_mode = WAL",
          // Committed is kept through a killed app (the WAL is written at once); only a power
          // cut could lose the last moments, which the cloud then still has for the app.
          "PRAGMA synchronous = NORMAL",
          "CREATE TABLE IF NOT EXISTS items (thing TEXT NOT NULL, id TEXT NOT NULL, document "
          "TEXT NOT NULL, PRIMARY KEY (thing, id))",
          "CREATE TABLE IF NOT EXISTS seen (thing TEXT PRIMARY KEY, seq INTEGER NOT NULL)",
          "CREATE TABLE IF NOT EXISTS journal (position INTEGER PRIMARY KEY AUTOINCREMENT, thing "
          "TEXT NOT NULL, change_id TEXT NOT NULL UNIQUE, document TEXT NOT NULL)"}) {
        if (!query.exec(QLatin1String(statement))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QList<Ingredient> InventoryStore::confirmed(const QString &thing) const
{
    QList<Ingredient> items;
    QSqlQuery query = prepared(
        m_connection, QStringLiteral("SELECT document FROM items WHERE thing = ?"), {thing});
    while (query.next())
        if (const auto item = Ingredient::fromJson(
                QJsonDocument::fromJson(query.value(0).toByteArray()).object()))
            items.append(*item);
    return items;
}

qint64 InventoryStore::lastSeq(const QString &thing) const
{
    QSqlQuery query =
        prepared(m_connection, QStringLiteral("SELECT seq FROM seen WHERE thing = ?"), {thing});
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool InventoryStore::saveConfirmed(const QString &thing, const QList<Ingredient> &items, qint64 seq,
                                   const QStringList &settled)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    bool ok = true;
    for (const QString &changeId : settled)
        ok = ok && prepared(m_connection,
                            QStringLiteral("DELETE FROM journal WHERE thing = ? AND change_id = ?"),
                            {thing, changeId})
                           .lastError()
                           .type() == QSqlError::NoError;
    for (const Ingredient &item : items) {
        ok = ok && prepared(m_connection,
                            QStringLiteral("INSERT OR REPLACE INTO items (thing, id, document) "
                                           "VALUES (?, ?, ?)"),
                            {thing, item.id, compact(item.toJson())})
                           .lastError()
                           .type() == QSqlError::NoError;
    }
    ok = ok && prepared(m_connection,
                        QStringLiteral("INSERT INTO seen (thing, seq) VALUES (?, ?) ON CONFLICT "
                                       "(thing) DO UPDATE SET seq = max(seq, excluded.seq)"),
                        {thing, seq})
                       .lastError()
                       .type() == QSqlError::NoError;
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QList<Change> InventoryStore::journal(const QString &thing) const
{
    QList<Change> changes;
    QSqlQuery query = prepared(
        m_connection,
        QStringLiteral("SELECT document FROM journal WHERE thing = ? ORDER BY position"), {thing});
    while (query.next())
        if (const auto change =
                Change::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object()))
            changes.append(*change);
    return changes;
}

bool InventoryStore::append(const QString &thing, const Change &change)
{
    return prepared(m_connection,
                    QStringLiteral("INSERT OR IGNORE INTO journal (thing, change_id, document) "
                                   "VALUES (?, ?, ?)"),
                    {thing, change.changeId, compact(change.toJson())})
               .lastError()
               .type() == QSqlError::NoError;
}

bool InventoryStore::drop(const QString &thing, const QString &changeId)
{
    return prepared(m_connection,
                    QStringLiteral("DELETE FROM journal WHERE thing = ? AND change_id = ?"),
                    {thing, changeId})
               .lastError()
               .type() == QSqlError::NoError;
}

bool InventoryStore::forget(const QString &thing)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return false;
    for (const char *table : {"items", "seen", "journal"})
        if (prepared(m_connection,
                     QStringLiteral("DELETE FROM %1 WHERE thing = ?").arg(QLatin1String(table)),
                     {thing})
                .lastError()
                .type() != QSqlError::NoError) {
            db.rollback();
            return false;
        }
    return db.commit();
}

} // namespace larder::inventory
