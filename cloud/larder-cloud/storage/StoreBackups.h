// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace larder::cloud {

/// Online backups of larder-cloud's database: a consistent copy taken while it runs
/// (SQLite's `VACUUM INTO`), kept in `DATA/backups/larder-{UTC time}.sqlite`, the newest
/// few retained; and the restore that puts one back while the cloud is stopped.
namespace backups {

constexpr int kept = 5;

QString directory(const QString &dataDir);
/// Backups of @p dataDir, newest first.
QStringList list(const QString &dataDir);
/// Copies the open database (Qt SQL connection @p connection) into a new backup.
bool make(const QString &connection, const QString &dataDir, QString *error);
/// Replaces @p dataDir's database with @p backup (the newest when empty), after checking
/// that the backup is a sound database. The cloud must not be running.
bool restore(const QString &dataDir, const QString &backup, QString *restored, QString *error);

} // namespace backups
} // namespace larder::cloud
