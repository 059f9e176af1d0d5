// SPDX-License-Identifier: MIT
#include "FamilyStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QDateTime>
#include <QUuid>
#include <QVariant>

namespace larder::cloud {

using sql::exec;
using sql::run;

FamilyStore::FamilyStore(const QString &connectionName) : m_connection(connectionName) {}

std::optional<Family> FamilyStore::create(const QString &name, const QString &ownerSub,
                                          const QString &ownerEmail, const QString &ownerName)
{
    const Family family{QUuid::createUuid().toString(QUuid::WithoutBraces), name, ownerSub};
    if (!exec(m_connection,
              QStringLiteral(
                  "INSERT INTO families (id, name, owner_sub, created) VALUES (?, ?, ?, ?)"),
              {family.id, family.name, family.ownerSub, QDateTime::currentSecsSinceEpoch()}) ||
        !addMember(family.id, ownerSub, ownerEmail, ownerName))
        return std::nullopt;
    return family;
}

std::optional<Family> FamilyStore::find(const QString &familyId) const
{
    QSqlQuery query =
        run(m_connection, QStringLiteral("SELECT id, name, owner_sub FROM families WHERE id = ?"),
            {familyId});
    if (!query.next())
        return std::nullopt;
    return Family{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

QList<Family> FamilyStore::familiesOf(const QString &sub) const
{
    QList<Family> out;
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT f.id, f.name, f.owner_sub FROM families f JOIN members m "
                           "ON m.family_id = f.id WHERE m.sub = ? ORDER BY f.created, f.name"),
            {sub});
    while (query.next())
        out.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return out;
}

QList<Member> FamilyStore::members(const QString &familyId) const
{
    QList<Member> out;
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT m.sub, m.email, CASE WHEN f.owner_sub = m.sub THEN 'owner' "
                           "ELSE 'member' END, m.name FROM members m JOIN families f ON f.id = "
                           "m.family_id WHERE m.family_id = ? ORDER BY m.joined, m.email"),
            {familyId});
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString()});
    return out;
}

std::optional<Member> FamilyStore::memberOf(const QString &familyId, const QString &sub) const
{
    for (const Member &member : members(familyId))
        if (member.sub == sub)
            return member;
    return std::nullopt;
}

std::optional<QString> FamilyStore::roleOf(const QString &familyId, const QString &sub) const
{
    if (const auto member = memberOf(familyId, sub))
        return member->role;
    return std::nullopt;
}

void FamilyStore::keepNameCurrent(const Member &stored, const QString &name)
{
    if (!name.isEmpty() && stored.name != name)
        setMemberName(stored.sub, name);
}

bool FamilyStore::setMemberName(const QString &sub, const QString &name)
{
    return exec(m_connection, QStringLiteral("UPDATE members SET name = ? WHERE sub = ?"),
                {sql::notNull(name), sub});
}

bool FamilyStore::rename(const QString &familyId, const QString &name)
{
    return exec(m_connection, QStringLiteral("UPDATE families SET name = ? WHERE id = ?"),
                {name, familyId});
}

bool FamilyStore::addMember(const QString &familyId, const QString &sub, const QString &email,
                            const QString &name)
{
    return exec(m_connection,
                QStringLiteral("INSERT INTO members (family_id, sub, email, name, joined) VALUES "
                               "(?, ?, ?, ?, ?)"),
                {familyId, sub, email, sql::notNull(name), QDateTime::currentSecsSinceEpoch()});
}

bool FamilyStore::removeMember(const QString &familyId, const QString &sub)
{
    return exec(m_connection, QStringLiteral("DELETE FROM members WHERE family_id = ? AND sub = ?"),
                {familyId, sub});
}

bool FamilyStore::transferOwnership(const QString &familyId, const QString &newOwnerSub)
{
    return exec(m_connection, QStringLiteral("UPDATE families SET owner_sub = ? WHERE id = ?"),
                {newOwnerSub, familyId});
}

bool FamilyStore::remove(const QString &familyId)
{
    return exec(m_connection, QStringLiteral("DELETE FROM members WHERE family_id = ?"),
                {familyId}) &&
           exec(m_connection, QStringLiteral("DELETE FROM invitations WHERE family_id = ?"),
                {familyId}) &&
           exec(m_connection, QStringLiteral("DELETE FROM families WHERE id = ?"), {familyId});
}

bool FamilyStore::addInvitation(const QString &familyId, const QByteArray &codeHash, qint64 expires,
                                const QString &bySub)
{
    return exec(
        m_connection,
        QStringLiteral(
            "INSERT INTO invitations (code_hash, family_id, by_sub, expires) VALUES (?, ?, ?, ?)"),
        {codeHash, familyId, bySub, expires});
}

std::optional<QString> FamilyStore::redeemInvitation(const QByteArray &codeHash, qint64 now)
{
    QSqlQuery query = run(
        m_connection,
        QStringLiteral(
            "SELECT family_id FROM invitations WHERE code_hash = ? AND used = 0 AND expires > ?"),
        {codeHash, now});
    if (!query.next())
        return std::nullopt;
    const QString familyId = query.value(0).toString();
    if (!exec(m_connection, QStringLiteral("UPDATE invitations SET used = 1 WHERE code_hash = ?"),
              {codeHash}))
        return std::nullopt;
    return familyId;
}

bool FamilyStore::assignThing(const QString &thing, const QString &familyId, const QString &name)
{
    return exec(m_connection,
                QStringLiteral("INSERT INTO thing_families (thing, family_id, name) VALUES (?, "
                               "?, ?) ON CONFLICT (thing) DO UPDATE SET family_id = "
                               "excluded.family_id, name = excluded.name"),
                {thing, familyId, sql::notNull(name)});
}

QList<FamilyDevice> FamilyStore::devicesOf(const QString &familyId) const
{
    QList<FamilyDevice> out;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT thing, name FROM thing_families WHERE family_id "
                                         "= ? ORDER BY name, thing"),
                          {familyId});
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toString()});
    return out;
}

std::optional<std::pair<QString, FamilyDevice>>
FamilyStore::familyOfThing(const QString &thing) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT family_id, name FROM thing_families WHERE thing = ?"), {thing});
    if (!query.next())
        return std::nullopt;
    return std::pair{query.value(0).toString(), FamilyDevice{thing, query.value(1).toString()}};
}

bool FamilyStore::unassignThing(const QString &thing)
{
    return exec(m_connection, QStringLiteral("DELETE FROM thing_families WHERE thing = ?"),
                {thing});
}

bool FamilyStore::canUseThing(const QString &sub, const QString &thing) const
{
    return run(m_connection,
               QStringLiteral(
                   "SELECT 1 FROM thing_families t JOIN members m ON m.family_id = t.family_id "
                   "WHERE t.thing = ? AND m.sub = ?"),
               {thing, sub})
        .next();
}

} // namespace larder::cloud
