// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace larder::cloud::sql {

/// Runs @p sql on @p connection with @p values bound in order and returns the query, for
/// reading rows. Failures are logged (and reported through @p ok).
inline QSqlQuery run(const QString &connection, const QString &sql, const QVariantList &values,
                     bool *ok = nullptr)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    const bool done = query.exec();
    if (ok)
        *ok = done;
    if (!done)
        qWarning("larder-cloud: %s: %s", qPrintable(sql.left(60)),
                 qPrintable(query.lastError().text()));
    return query;
}

/// @p text for a NOT NULL column: an empty (or null) QString as "", never SQL's NULL.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// run() for statements without rows: true when it succeeded.
inline bool exec(const QString &connection, const QString &sql, const QVariantList &values)
{
    bool ok = false;
    run(connection, sql, values, &ok);
    return ok;
}

/// Runs @p writes in one transaction on @p connection (one fsync for many rows); false, and
/// nothing kept of a failed commit, when it fails. @p writes says whether each write succeeded.
template <typename Writes> bool inTransaction(const QString &connection, Writes writes)
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    const bool transaction = db.transaction();
    const bool ok = writes();
    if (transaction && !db.commit()) {
        db.rollback();
        return false;
    }
    return ok;
}

} // namespace larder::cloud::sql
