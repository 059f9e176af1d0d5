// SPDX-License-Identifier: MIT
#include "ConsentStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QUuid>

namespace larder::cloud::support {

using sql::exec;
using sql::run;

namespace {
const QString kColumns = QStringLiteral(
    "id, thing, family_id, granted_by, created, expires, ended, allow_writes, agent, agent_name");

Consent consentAt(const QSqlQuery &query)
{
    return {query.value(0).toString(),   query.value(1).toString(),   query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toLongLong(), query.value(5).toLongLong(),
            query.value(6).toLongLong(), query.value(7).toBool(),     query.value(8).toString(),
            query.value(9).toString()};
}
} // namespace

ConsentStore::ConsentStore(const QString &connectionName) : m_connection(connectionName) {}

std::optional<ConsentStore::Granted> ConsentStore::grant(const QString &thing,
                                                         const QString &familyId,
                                                         const QString &ownerSub, int hours,
                                                         bool allowWrites, qint64 now)
{
    end(thing, familyId, now);
    Granted granted;
    granted.caseCode = consent::newCaseCode();
    Consent &c = granted.consent;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.thing = thing;
    c.familyId = familyId;
    c.grantedBy = ownerSub;
    c.created = now;
    c.expires = now + qint64(hours) * 3600;
    c.allowWrites = allowWrites;
    if (!exec(m_connection,
              QStringLiteral("INSERT INTO support_consents (id, thing, family_id, granted_by, "
                             "code_hash, created, expires, allow_writes) VALUES (?, ?, ?, ?, ?, "
                             "?, ?, ?)"),
              {c.id, thing, familyId, ownerSub,
               consent::hashOf(*consent::normalized(granted.caseCode)), now, c.expires,
               allowWrites ? 1 : 0}))
        return std::nullopt;
    return granted;
}

bool ConsentStore::end(const QString &thing, const QString &familyId, qint64 now)
{
    bool ok = false;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("UPDATE support_consents SET ended = ? WHERE thing = ? "
                                         "AND family_id = ? AND ended = 0 AND expires > ?"),
                          {now, thing, familyId, now}, &ok);
    return ok && query.numRowsAffected() > 0;
}

void ConsentStore::endAll(const QString &thing, qint64 now)
{
    exec(m_connection,
         QStringLiteral("UPDATE support_consents SET ended = ? WHERE thing = ? AND ended = 0"),
         {now, thing});
}

std::optional<Consent> ConsentStore::active(const QString &thing, const QString &familyId,
                                            qint64 now) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM support_consents WHERE thing = ? AND "
                                         "family_id = ? AND ended = 0 AND expires > ? ORDER BY "
                                         "created DESC LIMIT 1")
                              .arg(kColumns),
                          {thing, familyId, now});
    if (!query.next())
        return std::nullopt;
    return consentAt(query);
}

std::optional<Consent> ConsentStore::claim(const QString &normalizedCode, const QString &agent,
                                           const QString &agentName, qint64 now)
{
    // Claimed in one statement: two agents with the same code cannot both hold it.
    exec(m_connection,
         QStringLiteral("UPDATE support_consents SET agent = ?, agent_name = ? WHERE code_hash = "
                        "? AND agent = '' AND ended = 0 AND expires > ?"),
         {agent, sql::notNull(agentName), consent::hashOf(normalizedCode), now});
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM support_consents WHERE code_hash = ? AND "
                                         "agent = ? AND ended = 0 AND expires > ?")
                              .arg(kColumns),
                          {consent::hashOf(normalizedCode), agent, now});
    if (!query.next())
        return std::nullopt;
    return consentAt(query);
}

std::optional<Consent> ConsentStore::heldBy(const QString &agent, const QString &thing,
                                            qint64 now) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM support_consents WHERE agent = ? AND "
                                         "thing = ? AND ended = 0 AND expires > ? ORDER BY "
                                         "created DESC LIMIT 1")
                              .arg(kColumns),
                          {agent, thing, now});
    if (!query.next())
        return std::nullopt;
    return consentAt(query);
}

QList<Consent> ConsentStore::casesOf(const QString &agent, qint64 now) const
{
    QList<Consent> cases;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM support_consents WHERE agent = ? AND "
                                         "ended = 0 AND expires > ? ORDER BY created")
                              .arg(kColumns),
                          {agent, now});
    while (query.next())
        cases.append(consentAt(query));
    return cases;
}

} // namespace larder::cloud::support
