// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// Where larder-cloud's SQL differs between its two engines: SQLite (the default, one file) and
/// PostgreSQL (production, several instances). Everything else is written once, in SQL both
/// read; docs/postgresql.md lists what differs and why.
namespace larder::cloud::dialect {

enum class Engine { Sqlite, Postgres };

/// The engine behind a Qt SQL connection (by its driver).
Engine of(const QSqlDatabase &db);
Engine of(const QString &connection);

/// A schema statement as the migrations write it (SQLite's words) in @p engine's words. For
/// SQLite it is the statement itself; PostgreSQL gets 64-bit integers (`INTEGER` holds
/// epoch milliseconds), `DOUBLE PRECISION`, `BYTEA` and identity columns.
QString ddl(Engine engine, const QString &statement);

/// The schema version recorded in the database (SQLite's `user_version`, PostgreSQL's
/// `larder_schema` table); 0 when none was recorded yet, -1 when it cannot be read.
int schemaVersion(const QString &connection);
bool setSchemaVersion(const QString &connection, int version, QString *error);

/// Within a write transaction: waits until no other connection is migrating (SQLite's
/// write lock already excludes them; PostgreSQL takes an advisory transaction lock).
bool lockSchema(const QString &connection);

/// Whether @p table has a column @p column.
bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column);

/// An SQL condition: the JSON text in @p column has `true` at @p path (keys from the root).
QString jsonIsTrue(Engine engine, const QString &column, const QStringList &path);

} // namespace larder::cloud::dialect
