// SPDX-License-Identifier: MIT
#include "RegistrationStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QDateTime>
#include <QVariant>

namespace larder::cloud {

using sql::exec;
using sql::run;

RegistrationStore::RegistrationStore(const QString &connectionName) : m_connection(connectionName)
{
}

bool RegistrationStore::add(const Registration &r)
{
    return exec(m_connection,
                QStringLiteral("INSERT INTO registrations (id, device_id, device_name, model, "
                               "family_id, user_sub, status, created, updated) VALUES "
                               "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {r.id, r.deviceId, r.deviceName, r.modelNumber, r.familyId, r.userSub, r.status,
                 r.createdAt, r.updatedAt});
}

bool RegistrationStore::setStatus(const QString &id, const QString &status)
{
    return exec(m_connection,
                QStringLiteral("UPDATE registrations SET status = ?, updated = ? WHERE id = ?"),
                {status, QDateTime::currentSecsSinceEpoch(), id});
}

bool RegistrationStore::markDeleted(const QString &deviceId)
{
    return exec(m_connection,
                QStringLiteral("UPDATE registrations SET status = 'deleted', updated = ? WHERE "
                               "device_id = ? AND status != 'deleted'"),
                {QDateTime::currentSecsSinceEpoch(), deviceId});
}

QList<Registration> RegistrationStore::ofUser(const QString &sub) const
{
    QList<Registration> out;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT id, device_id, device_name, model, family_id, "
                                         "user_sub, status, created, updated FROM registrations "
                                         "WHERE user_sub = ? ORDER BY created"),
                          {sub});
    while (query.next())
        out.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                    query.value(6).toString(), query.value(7).toLongLong(),
                    query.value(8).toLongLong()});
    return out;
}

} // namespace larder::cloud
