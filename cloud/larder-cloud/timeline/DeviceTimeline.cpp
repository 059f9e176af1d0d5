// SPDX-License-Identifier: MIT
#include "DeviceTimeline.h"

#include "larder-cloud/SqlQuery.h"

#include <QSet>

namespace larder::cloud {

DeviceTimeline::DeviceTimeline(const QString &connectionName) : m_connection(connectionName) {}

bool DeviceTimeline::addAll(const QList<std::pair<QString, Entry>> &entries)
{
    return sql::inTransaction(m_connection, [&] {
        bool ok = true;
        QSet<QString> things;
        for (const auto &[thing, e] : entries) {
            things.insert(thing);
            ok = sql::exec(m_connection,
                           QStringLiteral("INSERT INTO device_timeline (thing, at, kind, version, "
                                          "detail) VALUES (?, ?, ?, ?, ?)"),
                           {thing, e.at, e.kind, e.version, sql::notNull(e.detail)}) &&
                 ok;
        }
        // Older than the newest keepPerThing of each: gone (nothing goes while fewer are kept:
        // the bound is NULL then).
        for (const QString &thing : std::as_const(things))
            ok = sql::exec(m_connection,
                           QStringLiteral("DELETE FROM device_timeline WHERE thing = ? AND id < "
                                          "(SELECT id FROM device_timeline WHERE thing = ? ORDER "
                                          "BY id DESC LIMIT 1 OFFSET ?)"),
                           {thing, thing, keepPerThing - 1}) &&
                 ok;
        return ok;
    });
}

QList<DeviceTimeline::Entry> DeviceTimeline::list(const QString &thing, int limit) const
{
    QList<Entry> entries;
    QSqlQuery query = sql::run(m_connection,
                               QStringLiteral("SELECT at, kind, version, detail FROM "
                                              "device_timeline WHERE thing = ? ORDER BY id DESC "
                                              "LIMIT ?"),
                               {thing, limit});
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toInt(), query.value(3).toString()});
    return entries;
}

bool DeviceTimeline::forget(const QString &thing)
{
    return sql::exec(m_connection, QStringLiteral("DELETE FROM device_timeline WHERE thing = ?"),
                     {thing});
}

} // namespace larder::cloud
