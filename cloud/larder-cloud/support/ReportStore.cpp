// SPDX-License-Identifier: MIT
#include "ReportStore.h"

#include "larder-cloud/SqlQuery.h"

namespace larder::cloud::support {

namespace {
const QString kColumns =
    QStringLiteral("id, thing, family_id, source, object_key, sha256, size, created");

ReportStore::Report fromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),   q.value(1).toString(),  q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),  q.value(5).toString(),
            q.value(6).toLongLong(), q.value(7).toLongLong()};
}
} // namespace

ReportStore::ReportStore(const QString &connectionName) : m_connection(connectionName) {}

bool ReportStore::add(const Report &r)
{
    return sql::exec(m_connection,
                     QStringLiteral("INSERT INTO support_reports (%1) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                    "?)")
                         .arg(kColumns),
                     {r.id, r.thing, r.familyId, r.source, r.key, r.sha256, r.size, r.created});
}

QList<ReportStore::Report> ReportStore::list(const QString &thing, const QString &familyId,
                                             int limit) const
{
    QList<Report> reports;
    QSqlQuery query = sql::run(m_connection,
                               QStringLiteral("SELECT %1 FROM support_reports WHERE thing = ? AND "
                                              "family_id = ? ORDER BY created DESC LIMIT ?")
                                   .arg(kColumns),
                               {thing, familyId, limit});
    while (query.next())
        reports.append(fromRow(query));
    return reports;
}

std::optional<ReportStore::Report> ReportStore::find(const QString &thing, const QString &familyId,
                                                     const QString &id) const
{
    QSqlQuery query = sql::run(m_connection,
                               QStringLiteral("SELECT %1 FROM support_reports WHERE thing = ? AND "
                                              "family_id = ? AND id = ?")
                                   .arg(kColumns),
                               {thing, familyId, id});
    return query.next() ? std::optional(fromRow(query)) : std::nullopt;
}

bool ReportStore::hasKey(const QString &key) const
{
    QSqlQuery query = sql::run(
        m_connection, QStringLiteral("SELECT 1 FROM support_reports WHERE object_key = ?"), {key});
    return query.next();
}

std::pair<int, qint64> ReportStore::sentSince(const QString &thing, qint64 sinceMs) const
{
    QSqlQuery query = sql::run(m_connection,
                               QStringLiteral("SELECT COUNT(*), COALESCE(MAX(created), 0) FROM "
                                              "support_reports WHERE thing = ? AND created >= ?"),
                               {thing, sinceMs});
    return query.next() ? std::pair{query.value(0).toInt(), query.value(1).toLongLong()}
                        : std::pair{0, qint64(0)};
}

} // namespace larder::cloud::support
