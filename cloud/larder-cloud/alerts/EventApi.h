// SPDX-License-Identifier: MIT
#pragma once

#include "EventStore.h"

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud {
class FamilyStore;
}

namespace larder::cloud::alerts {

/// Events and alerts over REST (docs/api.md, "Alerts"), the seed API's shape:
/// `GET /devices/alerts` — the alerts of every fridge in the caller's families, newest first —
/// and `GET /devices/{id}/events` — one fridge's events, for its family's members (404 for
/// anyone else). `{"items":[event…],"count"}`.
class EventApi : public api::Endpoints
{
public:
    EventApi(const api::ApiAuth *auth, const FamilyStore *families, const EventStore *events);
    void registerRoutes(QHttpServer &server) override;

    static constexpr int maxItems = 200;

private:
    QJsonObject page(const QList<EventStore::Event> &events) const;

    const api::ApiAuth *m_auth;
    const FamilyStore *m_families;
    const EventStore *m_events;
};

} // namespace larder::cloud::alerts
