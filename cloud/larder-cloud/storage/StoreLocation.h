// SPDX-License-Identifier: MIT
#pragma once

#include "Dialect.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace larder::cloud {

/// Where larder-cloud keeps its data: an SQLite file (the default, in the data directory) or
/// a PostgreSQL database named by a URL, `postgresql://USER@HOST:PORT/DATABASE?sslmode=…`.
/// A password may be in the URL, but is better left to libpq (`PGPASSWORD` in the service's
/// environment, or a 0600 `PGPASSFILE`): a command line is visible to every local user.
struct StoreLocation
{
    dialect::Engine engine = dialect::Engine::Sqlite;
    QString path; ///< SQLite: the file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; ///< libpq's, as Qt's QPSQL takes them: `sslmode=require;connect_timeout=5`

    /// A file path, or a `postgresql://` (or `postgres://`) URL; nullopt and a sentence when the
    /// URL says what larder-cloud cannot use.
    static std::optional<StoreLocation> parse(const QString &text, QString *error);

    /// For logs and messages: the URL without its password, or the path.
    QString display() const;

    /// A Qt SQL connection named @p connectionName to it (not yet open).
    QSqlDatabase addConnection(const QString &connectionName) const;
};

} // namespace larder::cloud
