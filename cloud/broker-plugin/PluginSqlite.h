// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

namespace larder::cloud {

/// larder-cloud's SQLite file, read-only, for the broker plugin: statements are prepared once
/// (they run per message) and every query ends its read, so the next sees new commits.
class PluginSqlite
{
public:
    PluginSqlite() = default;
    PluginSqlite(const PluginSqlite &) = delete;
    PluginSqlite &operator=(const PluginSqlite &) = delete;
    ~PluginSqlite()
    {
        for (sqlite3_stmt *statement : std::as_const(m_statements))
            sqlite3_finalize(statement);
        if (m_db)
            sqlite3_close(m_db);
    }

    bool open(const QString &path)
    {
        if (path.isEmpty() || sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                              SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return false;
        sqlite3_busy_timeout(m_db, 2000);
        return true;
    }

    /// Runs @p sql with @p values; the first row's text columns (empty when there is none).
    /// @p found tells a row with empty columns from no row.
    QStringList row(const char *sql, const QStringList &values, bool *found = nullptr)
    {
        QStringList out;
        sqlite3_stmt *&statement = m_statements[QByteArray(sql)];
        if (!statement && sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            if (found)
                *found = false;
            return out;
        }
        for (int i = 0; i < values.size(); ++i) {
            const QByteArray utf8 = values[i].toUtf8();
            sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
        }
        const bool hasRow = sqlite3_step(statement) == SQLITE_ROW;
        if (hasRow)
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                out << QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (found)
            *found = hasRow;
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_statements;
};

} // namespace larder::cloud
