// SPDX-License-Identifier: MIT
#include "LocalDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace larder {

LocalDatabase::LocalDatabase(QString path, const QString &name)
    : m_path(std::move(path)), m_connection(name + u'-' + QString::number(quintptr(this), 16))
{
}

LocalDatabase::~LocalDatabase()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString LocalDatabase::defaultPath(const QString &name)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + name +
           QStringLiteral(".sqlite");
}

bool LocalDatabase::open(const QStringList &schema, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    const QStringList statements = QStringList{QStringLiteral("PRAGMA journal_mode = WAL"),
                                               QStringLiteral("PRAGMA synchronous = NORMAL")} +
                                   schema;
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QSqlQuery LocalDatabase::run(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.exec();
    return query;
}

bool LocalDatabase::exec(const QString &sql, const QVariantList &values) const
{
    return !run(sql, values).lastError().isValid();
}

} // namespace larder
