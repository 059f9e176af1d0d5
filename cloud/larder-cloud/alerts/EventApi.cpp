// SPDX-License-Identifier: MIT
#include "EventApi.h"

#include "larder-cloud/api/FamilyStore.h"

#include "alerts/AlertRules.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

namespace larder::cloud::alerts {

EventApi::EventApi(const api::ApiAuth *auth, const FamilyStore *families, EventStore *events,
                   const SettingsStore *settings, Publish publish)
    : m_auth(auth), m_families(families), m_events(events), m_settings(settings),
      m_publish(std::move(publish))
{
}

QStringList EventApi::familyIdsOf(const QString &sub) const
{
    QStringList ids;
    for (const Family &family : m_families->familiesOf(sub))
        ids.append(family.id);
    return ids;
}

QString EventApi::nameOf(const QString &thing) const
{
    const auto family = m_families->familyOfThing(thing);
    return family ? family->second.name : thing;
}

std::optional<QJsonObject> EventApi::page(EventStore::Query query,
                                          const QHttpServerRequest &request) const
{
    const QUrlQuery ask(request.url());
    if (ask.hasQueryItem(QStringLiteral("limit"))) {
        bool number = false;
        query.limit = ask.queryItemValue(QStringLiteral("limit")).toInt(&number);
        if (!number || query.limit < 1 || query.limit > maxItems)
            return std::nullopt;
    } else {
        query.limit = maxItems;
    }
    query.after = ask.queryItemValue(QStringLiteral("nextToken")).left(80);
    if (!query.after.isEmpty() && query.after.indexOf(u':') < 1)
        return std::nullopt;
    const QList<EventStore::Event> events = m_events->list(query);
    QJsonArray items;
    QHash<QString, std::optional<std::pair<QString, FamilyDevice>>> families; // by thing
    for (const EventStore::Event &event : events) {
        if (!families.contains(event.thing))
            families.insert(event.thing, m_families->familyOfThing(event.thing));
        // Its name in the family the event is of (a fridge's next family names it for itself).
        const auto &family = families.value(event.thing);
        items.append(event.toJson(family && family->first == event.familyId ? family->second.name
                                                                            : event.thing));
    }
    QJsonObject answer{{QStringLiteral("items"), items}, {QStringLiteral("count"), items.size()}};
    if (events.size() == query.limit)
        answer.insert(QStringLiteral("nextToken"), EventStore::continuationAfter(events.last()));
    return answer;
}

QHttpServerResponse EventApi::listed(EventStore::Query query,
                                     const QHttpServerRequest &request) const
{
    const auto answer = page(std::move(query), request);
    if (!answer)
        return api::failure(
            400, "BadRequest",
            QStringLiteral("limit is 1 to %1; nextToken is the one a page gave.").arg(maxItems));
    return api::reply(*answer);
}

void EventApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    // Registered before /devices/<arg>: "alerts" is not a fridge.
    for (const bool alertsOnly : {true, false})
        server.route(alertsOnly ? QStringLiteral("/api/devices/alerts")
                                : QStringLiteral("/api/devices/events"),
                     Method::Get, [this, alertsOnly](const QHttpServerRequest &request) {
                         return m_auth->asCaller(request, [&](const api::Caller &caller) {
                             EventStore::Query query;
                             query.families = familyIdsOf(caller.sub);
                             query.alertsOnly = alertsOnly;
                             return listed(query, request);
                         });
                     });
    server.route(
        QStringLiteral("/api/devices/alerts/count"), Method::Get,
        [this](const QHttpServerRequest &request) {
            return m_auth->asCaller(request, [&](const api::Caller &caller) {
                const QString level =
                    QUrlQuery(request.url()).hasQueryItem(QStringLiteral("level"))
                        ? QUrlQuery(request.url()).queryItemValue(QStringLiteral("level"))
                        : m_settings->alertLevel(caller.sub);
                if (!larder::alerts::alertLevels().contains(level))
                    return api::failure(400, "BadRequest",
                                        QStringLiteral("level is error, warning or info."));
                const QHash<QString, int> unread = m_events->unread(familyIdsOf(caller.sub));
                QJsonObject byType;
                int count = 0;
                for (const QString &type : {QStringLiteral("error"), QStringLiteral("warning"),
                                            QStringLiteral("diagnostic"), QStringLiteral("info")}) {
                    byType.insert(type, unread.value(type));
                    if (larder::alerts::alertRank(type) <= larder::alerts::alertRank(level))
                        count += unread.value(type);
                }
                return api::reply({{QStringLiteral("count"), count},
                                   {QStringLiteral("level"), level},
                                   {QStringLiteral("byType"), byType}});
            });
        });
    server.route(
        QStringLiteral("/api/devices/<arg>/events/<arg>"), Method::Get,
        [this](const QString &thing, const QString &id, const QHttpServerRequest &request) {
            return event(thing, id, request, false);
        });
    server.route(
        QStringLiteral("/api/devices/<arg>/events/<arg>"), Method::Put,
        [this](const QString &thing, const QString &id, const QHttpServerRequest &request) {
            return event(thing, id, request, true);
        });
    server.route(QStringLiteral("/api/devices/<arg>/events"), Method::Get,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asFridgeMember(
                         thing, request, [&](const api::Caller &, const QString &familyId) {
                             // Its events in this family only: not those of a family it left.
                             EventStore::Query query;
                             query.families = {familyId};
                             query.thing = thing;
                             return listed(query, request);
                         });
                 });
}

QHttpServerResponse EventApi::event(const QString &thing, const QString &eventId,
                                    const QHttpServerRequest &request, bool change)
{
    return m_auth->asCaller(request, [&](const api::Caller &caller) {
        const auto found = m_events->find(eventId);
        const auto family = m_families->familyOfThing(thing);
        // Another family's event (that of a family the fridge was in before, too), or another
        // fridge's, is not there for this caller.
        if (!family || !m_families->canUseThing(caller.sub, thing) || !found ||
            found->thing != thing || found->familyId != family->first)
            return api::failure(404, "NotFound", QStringLiteral("No such event."));
        if (!change)
            return api::reply(found->toJson(nameOf(thing)));
        const auto body = api::bodyOf(request);
        const auto flag = [&](const char *name) -> std::optional<bool> {
            const QJsonValue value = body ? body->value(QLatin1String(name)) : QJsonValue();
            return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
        };
        const auto ack = flag("ack"), suppress = flag("suppress");
        // Only ack and suppress, and only as true or false.
        const QStringList keys = body ? body->keys() : QStringList();
        const bool onlyFlags = std::all_of(keys.cbegin(), keys.cend(), [&](const QString &key) {
            return (key == u"ack" || key == u"suppress") && body->value(key).isBool();
        });
        if (!body || (!ack && !suppress) || !onlyFlags)
            return api::failure(400, "BadRequest",
                                QStringLiteral("Send {\"ack\": true|false, \"suppress\": "
                                               "true|false} (either or both)."));
        const auto marked =
            m_events->mark(eventId, ack, suppress, QDateTime::currentMSecsSinceEpoch());
        if (!marked)
            return api::failure(500, "InternalError",
                                QStringLiteral("The event could not be saved."));
        const QJsonObject json = marked->toJson(nameOf(thing));
        if (m_publish)
            m_publish(marked->familyId, json);
        return api::reply(json);
    });
}

} // namespace larder::cloud::alerts
