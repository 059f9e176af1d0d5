// SPDX-License-Identifier: MIT
#include "AuditLog.h"

#include "larder-cloud/SqlQuery.h"

namespace larder::cloud::support {

AuditLog::AuditLog(const QString &connectionName) : m_connection(connectionName) {}

bool AuditLog::append(const QString &thing, const QString &familyId, const Entry &entry)
{
    return sql::exec(m_connection,
                     QStringLiteral("INSERT INTO support_audit (thing, family_id, consent_id, "
                                    "actor_kind, actor_name, action, detail, at) VALUES (?, ?, "
                                    "?, ?, ?, ?, ?, ?)"),
                     {thing, familyId, sql::notNull(entry.consentId), entry.actorKind,
                      sql::notNull(entry.actorName), entry.action, sql::notNull(entry.detail),
                      entry.at});
}

bool AuditLog::repeats(const QString &thing, const QString &familyId, const Entry &entry,
                       qint64 windowMs) const
{
    const QList<Entry> newest = list(thing, familyId, 1);
    if (newest.isEmpty())
        return false;
    const Entry &last = newest.first();
    return last.actorKind == entry.actorKind && last.actorName == entry.actorName &&
           last.action == entry.action && last.detail == entry.detail &&
           last.consentId == entry.consentId && entry.at - last.at < windowMs;
}

QList<AuditLog::Entry> AuditLog::list(const QString &thing, const QString &familyId,
                                      int limit) const
{
    QList<Entry> entries;
    QSqlQuery query = sql::run(m_connection,
                               QStringLiteral("SELECT at, consent_id, actor_kind, actor_name, "
                                              "action, detail FROM support_audit WHERE thing = ? "
                                              "AND family_id = ? ORDER BY at DESC, id DESC LIMIT "
                                              "?"),
                               {thing, familyId, limit});
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        query.value(4).toString(), query.value(5).toString()});
    return entries;
}

} // namespace larder::cloud::support
