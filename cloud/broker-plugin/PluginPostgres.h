// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <libpq-fe.h>

namespace larder::cloud {

/// larder-cloud's PostgreSQL database for the broker plugin (libpq), read-only: every session
/// is `default_transaction_read_only`, a statement may take 2 s and a connection attempt 2 s.
/// Statements are prepared once per connection. When the database is unreachable every query
/// answers "no row" at once (the plugin denies) and a new connection is tried at most once a
/// second, so the broker is never held up for longer than one attempt.
class PluginPostgres
{
public:
    PluginPostgres() = default;
    PluginPostgres(const PluginPostgres &) = delete;
    PluginPostgres &operator=(const PluginPostgres &) = delete;
    ~PluginPostgres();

    /// Keeps @p url (a `postgresql://` URL; the password, when not in it, from libpq's
    /// environment) and tries to connect; false only when @p url is not one.
    bool open(const QString &url);

    QStringList row(const char *sql, const QStringList &values, bool *found);

    /// `?` placeholders as PostgreSQL's `$1`, `$2`, … (outside quoted text).
    static QByteArray numbered(const char *sql);

private:
    bool connected();
    void drop();

    QByteArray m_url;
    PGconn *m_conn = nullptr;
    qint64 m_lastAttemptMs = 0;
    QHash<QByteArray, QByteArray> m_prepared; ///< SQL → statement name, on this connection
};

} // namespace larder::cloud
