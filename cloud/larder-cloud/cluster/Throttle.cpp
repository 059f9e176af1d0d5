// SPDX-License-Identifier: MIT
#include "Throttle.h"

#include "larder-cloud/SqlQuery.h"

#include <QCryptographicHash>

namespace larder::cloud {

Throttle::Throttle(QString scope, int maxFailures, qint64 windowSeconds, QString connection)
    : m_scope(std::move(scope)), m_max(maxFailures), m_window(windowSeconds),
      m_connection(std::move(connection))
{
}

QString Throttle::hashed(const QString &key) const
{
    return QString::fromLatin1(
        QCryptographicHash::hash((m_scope + u'\n' + key).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

bool Throttle::blocked(const QString &key, qint64 now) const
{
    QSqlQuery query = sql::run(m_connection,
                               QStringLiteral("SELECT count(*) FROM throttle_events WHERE key = ? "
                                              "AND at > ?"),
                               {hashed(key), now - m_window});
    // A database that cannot answer blocks nothing it would not block anyway: the edge's
    // per-address limits still hold.
    return query.next() && query.value(0).toInt() >= m_max;
}

void Throttle::fail(const QString &key, qint64 now)
{
    const QString hash = hashed(key);
    sql::exec(m_connection, QStringLiteral("DELETE FROM throttle_events WHERE key = ? AND at <= ?"),
              {hash, now - m_window});
    sql::exec(m_connection, QStringLiteral("INSERT INTO throttle_events (key, at) VALUES (?, ?)"),
              {hash, now});
}

void Throttle::clear(const QString &key)
{
    sql::exec(m_connection, QStringLiteral("DELETE FROM throttle_events WHERE key = ?"),
              {hashed(key)});
}

} // namespace larder::cloud
