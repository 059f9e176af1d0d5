// SPDX-License-Identifier: MIT
#include "EventStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QUuid>

namespace larder::cloud::alerts {

using larder::alerts::Condition;
using sql::exec;
using sql::run;

namespace {
const char *kColumns = "id, thing, family, type, condition, raised, open, message, value, ack, "
                       "suppress, created_at, updated_at, limit_c, since";

/// "?,?,…" for an IN list of @p count values.
QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(u',');
}

EventStore::Event eventAt(const QSqlQuery &query)
{
    EventStore::Event event;
    event.id = query.value(0).toString();
    event.thing = query.value(1).toString();
    event.familyId = query.value(2).toString();
    event.type = query.value(3).toString();
    event.condition = query.value(4).toString();
    event.raised = query.value(5).toBool();
    event.open = query.value(6).toBool();
    event.message = query.value(7).toString();
    event.value = query.value(8).toDouble();
    event.ack = query.value(9).toBool();
    event.suppress = query.value(10).toBool();
    event.createdAt = query.value(11).toLongLong();
    event.updatedAt = query.value(12).toLongLong();
    event.limit = query.value(13).toDouble();
    event.since = query.value(14).toLongLong();
    return event;
}
} // namespace

QJsonObject EventStore::Event::toJson(const QString &deviceName) const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("deviceId"), thing},
            {QStringLiteral("deviceName"), deviceName},
            {QStringLiteral("type"), type},
            {QStringLiteral("message"), message},
            {QStringLiteral("details"),
             QJsonObject{{QStringLiteral("condition"), condition},
                         {QStringLiteral("state"),
                          raised ? QStringLiteral("raised") : QStringLiteral("cleared")},
                         {QStringLiteral("open"), open},
                         {QStringLiteral("limit"), limit},
                         {QStringLiteral("since"), since}}},
            {QStringLiteral("value"), value},
            {QStringLiteral("ack"), ack},
            {QStringLiteral("suppress"), suppress},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("updatedAt"), updatedAt},
            {QStringLiteral("sentAt"), createdAt}};
}

EventStore::EventStore(const QString &connectionName) : m_connection(connectionName) {}

QString EventStore::typeOf(Condition condition)
{
    switch (condition) {
    case Condition::FridgeWarm:
    case Condition::FreezerWarm:
        return QStringLiteral("error"); // food spoils
    case Condition::DoorOpen:
    case Condition::Offline:
        return QStringLiteral("warning");
    case Condition::UseSoon:
        return QStringLiteral("info");
    case Condition::SensorFault:
    case Condition::CompressorFault:
        return QStringLiteral("diagnostic"); // what the fridge found in itself
    }
    return QStringLiteral("warning");
}

std::optional<EventStore::Event> EventStore::record(const QString &thing, const QString &familyId,
                                                    const larder::alerts::Change &change, qint64 at)
{
    Event event;
    event.id = QUuid::createUuid().toString(QUuid::Id128);
    event.thing = thing;
    event.familyId = familyId;
    event.type = change.raised ? typeOf(change.condition) : QStringLiteral("info");
    event.condition = larder::alerts::conditionName(change.condition);
    event.raised = change.raised;
    event.open = change.raised;
    event.message = change.message;
    event.value = change.value;
    event.limit = change.limit;
    event.since = change.since * 1000;
    event.createdAt = event.updatedAt = at;
    // A clearing closes the alert it ends.
    if (!change.raised &&
        !exec(m_connection,
              QStringLiteral("UPDATE events SET open = 0, updated_at = ? WHERE thing = ? AND "
                             "family = ? AND condition = ? AND open = 1"),
              {at, thing, familyId, event.condition}))
        return std::nullopt;
    if (!exec(m_connection,
              QStringLiteral(
                  "INSERT INTO events (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)")
                  .arg(QLatin1String(kColumns)),
              {event.id, thing, familyId, event.type, event.condition, int(event.raised),
               int(event.open), event.message, event.value, at, at, event.limit, event.since}))
        return std::nullopt;
    return event;
}

qint64 EventStore::latest(const QString &thing, Condition condition) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT MAX(created_at) FROM events WHERE thing = ? AND "
                                         "condition = ?"),
                          {thing, larder::alerts::conditionName(condition)});
    return query.next() ? query.value(0).toLongLong() : 0;
}

QSet<Condition> EventStore::open(const QString &thing, const QString &familyId) const
{
    QSet<Condition> conditions;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT condition FROM events WHERE thing = ? AND "
                                         "family = ? AND open = 1"),
                          {thing, familyId});
    while (query.next())
        for (Condition condition : larder::alerts::alertConditions())
            if (larder::alerts::conditionName(condition) == query.value(0).toString())
                conditions.insert(condition);
    return conditions;
}

QList<EventStore::Event> EventStore::openAlerts(const QString &thing, const QString &familyId) const
{
    QList<Event> found;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM events WHERE thing = ? AND family = ? AND "
                                         "raised = 1 AND open = 1 ORDER BY created_at, id")
                              .arg(QLatin1String(kColumns)),
                          {thing, familyId});
    while (query.next())
        found.append(eventAt(query));
    return found;
}

QList<EventStore::Event> EventStore::list(const Query &query) const
{
    QList<Event> found;
    QStringList where;
    QVariantList values;
    if (query.families.isEmpty())
        return found;
    where.append(QStringLiteral("family IN (%1)").arg(placeholders(query.families.size())));
    for (const QString &family : query.families)
        values << family;
    if (!query.thing.isEmpty()) {
        where.append(QStringLiteral("thing = ?"));
        values.append(query.thing);
    }
    if (query.alertsOnly)
        where.append(QStringLiteral("raised = 1"));
    if (const qsizetype colon = query.after.indexOf(u':'); colon > 0) {
        const qint64 createdAt = query.after.left(colon).toLongLong();
        where.append(QStringLiteral("(created_at < ? OR (created_at = ? AND id < ?))"));
        values << createdAt << createdAt << query.after.mid(colon + 1);
    }
    values.append(query.limit);
    QSqlQuery rows = run(m_connection,
                         QStringLiteral("SELECT %1 FROM events WHERE %2 ORDER BY created_at DESC, "
                                        "id DESC LIMIT ?")
                             .arg(QLatin1String(kColumns), where.join(QStringLiteral(" AND "))),
                         values);
    while (rows.next())
        found.append(eventAt(rows));
    return found;
}

bool EventStore::forget(const QString &thing)
{
    return exec(m_connection, QStringLiteral("DELETE FROM events WHERE thing = ?"), {thing});
}

QString EventStore::continuationAfter(const Event &event)
{
    return QStringLiteral("%1:%2").arg(event.createdAt).arg(event.id);
}

std::optional<EventStore::Event> EventStore::find(const QString &id) const
{
    QSqlQuery query = run(
        m_connection,
        QStringLiteral("SELECT %1 FROM events WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!query.next())
        return std::nullopt;
    return eventAt(query);
}

std::optional<EventStore::Event> EventStore::mark(const QString &id, std::optional<bool> ack,
                                                  std::optional<bool> suppress, qint64 at)
{
    if (ack && !exec(m_connection,
                     QStringLiteral("UPDATE events SET ack = ?, updated_at = ? WHERE id = ?"),
                     {int(*ack), at, id}))
        return std::nullopt;
    if (suppress &&
        !exec(m_connection,
              QStringLiteral("UPDATE events SET suppress = ?, updated_at = ? WHERE id = ?"),
              {int(*suppress), at, id}))
        return std::nullopt;
    return find(id);
}

QHash<QString, int> EventStore::unread(const QStringList &families) const
{
    QHash<QString, int> counts;
    if (families.isEmpty())
        return counts;
    const QVariantList values(families.cbegin(), families.cend());
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT type, COUNT(*) FROM events WHERE raised = 1 AND "
                           "ack = 0 AND suppress = 0 AND family IN (%1) GROUP BY type")
                .arg(placeholders(families.size())),
            values);
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toInt());
    return counts;
}

} // namespace larder::cloud::alerts
