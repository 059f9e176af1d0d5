// SPDX-License-Identifier: MIT
#include "HistoryAnswer.h"
#include "HistoryStore.h"

#include "larder-cloud/alerts/EventStore.h"

#include <QJsonArray>

namespace larder::cloud {

api::Verdict historyAnswer(const HistoryStore &history, const alerts::EventStore &events,
                           const QString &familyId, const QString &thing, const QString &rangeName,
                           qint64 nowSeconds, qsizetype maxPoints)
{
    const auto range = history::Range::named(rangeName);
    if (!range)
        return api::refusal(400, "BadRequest", QStringLiteral("range is day or month."));
    QJsonArray points;
    for (const history::Point &point :
         history::thinned(history.list(thing, *range, nowSeconds), maxPoints))
        points.append(point.toJson());
    // The alerts raised in the range, to mark on the chart.
    QJsonArray raised;
    alerts::EventStore::Query query;
    query.families = {familyId};
    query.thing = thing;
    query.alertsOnly = true;
    query.limit = 500;
    const qint64 from = (nowSeconds - range->spanSeconds) * 1000;
    for (const auto &event : events.list(query))
        if (event.createdAt >= from)
            raised.append(QJsonObject{{QStringLiteral("t"), event.createdAt},
                                      {QStringLiteral("condition"), event.condition},
                                      {QStringLiteral("type"), event.type}});
    return {200,
            {{QStringLiteral("range"), range->name},
             {QStringLiteral("resolution"), range->bucketSeconds},
             {QStringLiteral("from"), from},
             {QStringLiteral("to"), nowSeconds * 1000},
             {QStringLiteral("points"), points},
             {QStringLiteral("alerts"), raised}}};
}

} // namespace larder::cloud
