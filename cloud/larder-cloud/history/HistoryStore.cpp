// SPDX-License-Identifier: MIT
#include "HistoryStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QVariant>

namespace larder::cloud {

using history::Range;
using sql::exec;
using sql::run;

namespace {
QVariant orNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}
} // namespace

HistoryStore::HistoryStore(const QString &connectionName) : m_connection(connectionName) {}

bool HistoryStore::add(const QString &thing, const history::Sample &sample, bool doorOpened,
                       qint64 epochSeconds)
{
    bool ok = true;
    for (const Range &range : Range::all())
        ok = exec(m_connection,
                  QStringLiteral(
                      "INSERT INTO temperature_history (thing, bucket_s, at, fridge_sum, "
                      "fridge_n, freezer_sum, freezer_n, fridge_set, freezer_set, door_openings) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (thing, bucket_s, at) "
                      // The target's columns named with its table: PostgreSQL finds a bare
                      // name ambiguous beside `excluded`.
                      "DO UPDATE SET fridge_sum = temperature_history.fridge_sum + "
                      "excluded.fridge_sum, fridge_n = temperature_history.fridge_n + "
                      "excluded.fridge_n, freezer_sum = temperature_history.freezer_sum + "
                      "excluded.freezer_sum, freezer_n = temperature_history.freezer_n + "
                      "excluded.freezer_n, fridge_set = COALESCE(excluded.fridge_set, "
                      "temperature_history.fridge_set), freezer_set = "
                      "COALESCE(excluded.freezer_set, temperature_history.freezer_set), "
                      "door_openings = temperature_history.door_openings + "
                      "excluded.door_openings"),
                  {thing, range.bucketSeconds, range.bucketOf(epochSeconds),
                   sample.fridge.value_or(0), sample.fridge ? 1 : 0, sample.freezer.value_or(0),
                   sample.freezer ? 1 : 0, orNull(sample.fridgeSetpoint),
                   orNull(sample.freezerSetpoint), doorOpened ? 1 : 0}) &&
             ok;
    return ok;
}

bool HistoryStore::addAll(const QList<Report> &reports)
{
    return sql::inTransaction(m_connection, [&] {
        bool ok = true;
        for (const Report &report : reports)
            ok = add(report.thing, report.sample, report.doorOpened, report.epochSeconds) && ok;
        return ok;
    });
}

QList<history::Point> HistoryStore::list(const QString &thing, const Range &range,
                                         qint64 epochSeconds) const
{
    QList<history::Point> points;
    QSqlQuery query = run(
        m_connection,
        QStringLiteral("SELECT at, fridge_sum, fridge_n, freezer_sum, freezer_n, fridge_set, "
                       "freezer_set, door_openings FROM temperature_history WHERE thing = ? AND "
                       "bucket_s = ? AND at > ? ORDER BY at"),
        {thing, range.bucketSeconds, epochSeconds - range.spanSeconds});
    while (query.next()) {
        history::Point point;
        point.at = query.value(0).toLongLong() * 1000;
        if (const int n = query.value(2).toInt(); n > 0)
            point.fridge = query.value(1).toDouble() / n;
        if (const int n = query.value(4).toInt(); n > 0)
            point.freezer = query.value(3).toDouble() / n;
        if (!query.value(5).isNull())
            point.fridgeSetpoint = query.value(5).toDouble();
        if (!query.value(6).isNull())
            point.freezerSetpoint = query.value(6).toDouble();
        point.doorOpenings = query.value(7).toInt();
        points.append(point);
    }
    return points;
}

bool HistoryStore::prune(qint64 epochSeconds)
{
    bool ok = true;
    for (const Range &range : Range::all())
        ok = exec(m_connection,
                  QStringLiteral("DELETE FROM temperature_history WHERE bucket_s = ? AND at <= ?"),
                  {range.bucketSeconds, epochSeconds - range.spanSeconds}) &&
             ok;
    return ok;
}

bool HistoryStore::forget(const QString &thing)
{
    return exec(m_connection, QStringLiteral("DELETE FROM temperature_history WHERE thing = ?"),
                {thing});
}

} // namespace larder::cloud
