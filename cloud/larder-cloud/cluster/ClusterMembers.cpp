// SPDX-License-Identifier: MIT
#include "ClusterMembers.h"

#include "larder-cloud/SqlQuery.h"

namespace larder::cloud::cluster {

ClusterMembers::ClusterMembers(const QString &connectionName) : m_connection(connectionName) {}

bool ClusterMembers::beat(const QString &id, const QString &role, const QString &address,
                          qint64 nowMs)
{
    return sql::exec(m_connection,
                     QStringLiteral("INSERT INTO cluster_members (id, role, address, started_at, "
                                    "seen_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                    "SET role = excluded.role, address = excluded.address, "
                                    "seen_at = excluded.seen_at"),
                     {id, role, address, nowMs, nowMs});
}

bool ClusterMembers::leave(const QString &id)
{
    return sql::exec(m_connection, QStringLiteral("DELETE FROM cluster_members WHERE id = ?"),
                     {id});
}

bool ClusterMembers::forgetGone(qint64 nowMs)
{
    return sql::exec(m_connection, QStringLiteral("DELETE FROM cluster_members WHERE seen_at < ?"),
                     {nowMs - 60'000});
}

QStringList ClusterMembers::apiAddresses(qint64 nowMs) const
{
    QStringList out;
    QSqlQuery query = sql::run(m_connection,
                               QStringLiteral("SELECT address FROM cluster_members WHERE role IN "
                                              "('api', 'all') AND seen_at > ? ORDER BY address"),
                               {nowMs - goneAfterMs});
    while (query.next())
        out.append(query.value(0).toString());
    out.removeDuplicates();
    return out;
}

} // namespace larder::cloud::cluster
