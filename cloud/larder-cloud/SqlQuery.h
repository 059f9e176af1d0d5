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

} // namespace larder::cloud::sql
