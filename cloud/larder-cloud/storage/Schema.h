// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::cloud::schema {

/// The schema version this build writes (SQLite keeps it in `PRAGMA user_version`,
/// PostgreSQL in the table `larder_schema`: dialect::schemaVersion).
constexpr int current = 19;

/// All of larder-cloud's tables in one place: brings the database on Qt SQL connection
/// @p connection up to `current` by running the ordered migrations it has not had, each in a
/// transaction with its version (written in each engine's words: dialect::ddl). Instances
/// migrating at once wait for each other. A database written by a newer larder-cloud is an
/// error.
/// (The broker plugin reads these tables; it never writes them.)
bool migrate(const QString &connection, QString *error);

/// The database's version (0 before versions were kept), or -1 when it cannot be read.
int versionOf(const QString &connection);

} // namespace larder::cloud::schema
