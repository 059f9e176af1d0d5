// SPDX-License-Identifier: MIT
#pragma once

#include "PluginPostgres.h"
#include "PluginSqlite.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace larder::cloud {

/// larder-cloud's data as the broker plugin reads it (never writes): the SQLite file by default,
/// or the PostgreSQL database when `plugin_opt_database` is a `postgresql://` URL. The same SQL
/// (positional `?` placeholders, text values) serves both.
class PluginDatabase
{
public:
    bool open(const QString &location)
    {
        if (location.contains(QLatin1String("://"))) {
            m_postgres = std::make_unique<PluginPostgres>();
            return m_postgres->open(location);
        }
        m_sqlite = std::make_unique<PluginSqlite>();
        return m_sqlite->open(location);
    }

    /// The first row's text columns (empty when there is none, or on any error: the plugin
    /// then denies); @p found tells a row with empty columns from no row.
    QStringList row(const char *sql, const QStringList &values, bool *found = nullptr)
    {
        bool hasRow = false;
        QStringList out = m_postgres ? m_postgres->row(sql, values, &hasRow)
                          : m_sqlite ? m_sqlite->row(sql, values, &hasRow)
                                     : QStringList();
        if (found)
            *found = hasRow;
        return out;
    }
    bool exists(const char *sql, const QStringList &values)
    {
        bool found = false;
        row(sql, values, &found);
        return found;
    }

private:
    std::unique_ptr<PluginSqlite> m_sqlite;
    std::unique_ptr<PluginPostgres> m_postgres;
};

} // namespace larder::cloud
