// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// The two engines larder-cloud's stores run on, for data-driven tests: rows "sqlite" and
/// "postgresql", each with a new, empty database. PostgreSQL is a real server
/// (PostgresServer), started once for the test process and stopped when it ends.
class PostgresServer;

namespace storeengines {

/// Adds the column `engine` and one row per engine (a row's tag is its engine).
void addRows();

/// A new, empty database on @p engine: a file in @p folder for SQLite, a fresh database of the
/// test's PostgreSQL server; its location as `larder-cloud --database` takes it. Empty and
/// @p error when it cannot be made.
QString freshLocation(const QString &engine, const QString &folder, QString *error);

/// The test process's PostgreSQL, once a location on it was made (else null): to stop and
/// start it under a running larder-cloud.
PostgresServer *server();

} // namespace storeengines
