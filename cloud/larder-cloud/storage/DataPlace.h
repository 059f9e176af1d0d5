// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::cloud {

/// Where one larder-cloud keeps what it knows: its data directory (PKI, identity keys, media,
/// logs) and its database (`--database`: a `postgresql://` URL; by default the SQLite file in
/// the directory). Every command takes both, as `serve` does.
struct DataPlace
{
    QString dir;
    QString database;

    /// What CloudStore opens.
    QString store() const
    {
        return database.isEmpty() ? dir + QStringLiteral("/larder.sqlite") : database;
    }
    bool onPostgres() const { return !database.isEmpty(); }
};

} // namespace larder::cloud
