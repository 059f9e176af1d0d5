// SPDX-License-Identifier: MIT
#include "InventoryStore.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace larder::inventory {

namespace {
QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}
} // namespace

InventoryStore::InventoryStore(const QString &path, const QString &connection)
    : m_db(path, connection)
{
}

QString InventoryStore::defaultPath(const QString &name)
{
    return LocalDatabase::defaultPath(name);
}

bool InventoryStore::open(QString *error)
{
    return m_db.open(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS items (thing TEXT NOT NULL, id TEXT NOT NULL, "
                        "document TEXT NOT NULL, PRIMARY KEY (thing, id))"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS seen (thing TEXT PRIMARY KEY, seq INTEGER NOT "
                        "NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS journal (position INTEGER PRIMARY KEY "
                        "AUTOINCREMENT, thing TEXT NOT NULL, change_id TEXT NOT NULL UNIQUE, "
                        "document TEXT NOT NULL)")},
        error);
}

QList<Ingredient> InventoryStore::confirmed(const QString &thing) const
{
    QList<Ingredient> items;
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT document FROM items WHERE thing = ?"), {thing});
    while (query.next())
        if (const auto item = Ingredient::fromJson(
                QJsonDocument::fromJson(query.value(0).toByteArray()).object()))
            items.append(*item);
    return items;
}

qint64 InventoryStore::lastSeq(const QString &thing) const
{
    QSqlQuery query = m_db.run(QStringLiteral("SELECT seq FROM seen WHERE thing = ?"), {thing});
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool InventoryStore::saveConfirmed(const QString &thing, const QList<Ingredient> &items, qint64 seq,
                                   const QStringList &settled)
{
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return false;
    bool ok = true;
    for (const QString &changeId : settled)
        ok = ok && m_db.run(QStringLiteral("DELETE FROM journal WHERE thing = ? AND change_id = ?"),
                            {thing, changeId})
                           .lastError()
                           .type() == QSqlError::NoError;
    for (const Ingredient &item : items) {
        ok = ok && m_db.run(QStringLiteral("INSERT OR REPLACE INTO items (thing, id, document) "
                                           "VALUES (?, ?, ?)"),
                            {thing, item.id, compact(item.toJson())})
                           .lastError()
                           .type() == QSqlError::NoError;
    }
    ok = ok && m_db.run(QStringLiteral("INSERT INTO seen (thing, seq) VALUES (?, ?) ON CONFLICT "
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
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT document FROM journal WHERE thing = ? ORDER BY position"), {thing});
    while (query.next())
        if (const auto change =
                Change::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object()))
            changes.append(*change);
    return changes;
}

bool InventoryStore::append(const QString &thing, const Change &change)
{
    return m_db.run(QStringLiteral("INSERT OR IGNORE INTO journal (thing, change_id, document) "
                                   "VALUES (?, ?, ?)"),
                    {thing, change.changeId, compact(change.toJson())})
               .lastError()
               .type() == QSqlError::NoError;
}

bool InventoryStore::drop(const QString &thing, const QString &changeId)
{
    return m_db.run(QStringLiteral("DELETE FROM journal WHERE thing = ? AND change_id = ?"),
                    {thing, changeId})
               .lastError()
               .type() == QSqlError::NoError;
}

bool InventoryStore::forget(const QString &thing)
{
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return false;
    for (const char *table : {"items", "seen", "journal"})
        if (m_db.run(QStringLiteral("DELETE FROM %1 WHERE thing = ?").arg(QLatin1String(table)),
                     {thing})
                .lastError()
                .type() != QSqlError::NoError) {
            db.rollback();
            return false;
        }
    return db.commit();
}

} // namespace larder::inventory
