// SPDX-License-Identifier: MIT
#include "HistoryApi.h"
#include "HistoryStore.h"

#include "larder-cloud/alerts/EventStore.h"
#include "larder-cloud/api/FamilyStore.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

namespace larder::cloud {

using history::Range;

HistoryApi::HistoryApi(const api::ApiAuth *auth, const FamilyStore *families,
                       const HistoryStore *history, const alerts::EventStore *events)
    : m_auth(auth), m_families(families), m_history(history), m_events(events)
{
}

void HistoryApi::registerRoutes(QHttpServer &server)
{
    server.route(
        QStringLiteral("/api/devices/<arg>/temperatures"), QHttpServerRequest::Method::Get,
        [this](const QString &thing, const QHttpServerRequest &request) {
            return m_auth->asCaller(request, [&](const api::Caller &caller) {
                const auto family = m_families->familyOfThing(thing);
                if (!family || !m_families->canUseThing(caller.sub, thing))
                    return api::failure(404, "NotFound", QStringLiteral("No such fridge."));
                const QUrlQuery query(request.url());
                const auto range = Range::named(query.hasQueryItem(QStringLiteral("range"))
                                                    ? query.queryItemValue(QStringLiteral("range"))
                                                    : QStringLiteral("day"));
                if (!range)
                    return api::failure(400, "BadRequest",
                                        QStringLiteral("range is day or month."));
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                QJsonArray points;
                for (const history::Point &point : m_history->list(thing, *range, now))
                    points.append(point.toJson());
                // The alerts raised in the range, to mark on the chart.
                QJsonArray raised;
                alerts::EventStore::Query events;
                events.families = {family->first};
                events.thing = thing;
                events.alertsOnly = true;
                events.limit = 500;
                const qint64 from = (now - range->spanSeconds) * 1000;
                for (const auto &event : m_events->list(events))
                    if (event.createdAt >= from)
                        raised.append(QJsonObject{{QStringLiteral("t"), event.createdAt},
                                                  {QStringLiteral("condition"), event.condition},
                                                  {QStringLiteral("type"), event.type}});
                return api::reply({{QStringLiteral("range"), range->name},
                                   {QStringLiteral("resolution"), range->bucketSeconds},
                                   {QStringLiteral("from"), from},
                                   {QStringLiteral("to"), now * 1000},
                                   {QStringLiteral("points"), points},
                                   {QStringLiteral("alerts"), raised}});
            });
        });
}

} // namespace larder::cloud
