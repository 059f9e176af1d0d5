// SPDX-License-Identifier: MIT
#include "EventApi.h"

#include "larder-cloud/api/FamilyStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>

namespace larder::cloud::alerts {

EventApi::EventApi(const api::ApiAuth *auth, const FamilyStore *families, const EventStore *events)
    : m_auth(auth), m_families(families), m_events(events)
{
}

QJsonObject EventApi::page(const QList<EventStore::Event> &events) const
{
    QJsonArray items;
    QHash<QString, QString> names; // thing → its name in its family
    for (const EventStore::Event &event : events) {
        if (!names.contains(event.thing)) {
            const auto family = m_families->familyOfThing(event.thing);
            names.insert(event.thing, family ? family->second.name : event.thing);
        }
        items.append(event.toJson(names.value(event.thing)));
    }
    return {{QStringLiteral("items"), items}, {QStringLiteral("count"), items.size()}};
}

void EventApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    // Registered before /devices/<arg>: "alerts" is not a fridge.
    server.route(QStringLiteral("/api/devices/alerts"), Method::Get,
                 [this](const QHttpServerRequest &request) {
                     return m_auth->asCaller(request, [&](const api::Caller &caller) {
                         QStringList families;
                         for (const Family &family : m_families->familiesOf(caller.sub))
                             families.append(family.id);
                         return api::reply(page(m_events->alerts(families, maxItems)));
                     });
                 });
    server.route(QStringLiteral("/api/devices/<arg>/events"), Method::Get,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asCaller(request, [&](const api::Caller &caller) {
                         if (!m_families->canUseThing(caller.sub, thing))
                             return api::failure(404, "NotFound",
                                                 QStringLiteral("No such fridge."));
                         return api::reply(page(m_events->events(thing, maxItems)));
                     });
                 });
}

} // namespace larder::cloud::alerts
