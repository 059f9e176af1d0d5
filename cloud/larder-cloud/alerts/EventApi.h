// SPDX-License-Identifier: MIT
#pragma once

#include "EventStore.h"
#include "SettingsStore.h"

#include "larder-cloud/api/ApiCommon.h"

#include <functional>

namespace larder::cloud {
class FamilyStore;
}

namespace larder::cloud::alerts {

/// Events and alerts over REST (docs/api.md, "Alerts"), the seed API's shape:
/// `GET /devices/events` and `GET /devices/alerts` — the events (the alerts) of every fridge in
/// the caller's families, newest first, paged (`?limit=`, `?nextToken=`);
/// `GET /devices/alerts/count` — how many are unread (not acknowledged, not suppressed) at or
/// above an alert level (the caller's `alertLevel` unless `?level=`); `GET /devices/{id}/events` —
/// one fridge's events; `GET|PUT /devices/{id}/events/{eventId}` — one event, acknowledged or
/// suppressed for the whole family (the change goes out on the family's alerts feed). Members only:
/// 404 for anyone else.
class EventApi : public api::Endpoints
{
public:
    /// Where a changed event goes: the family's alerts feed.
    using Publish = std::function<void(const QString &familyId, const QJsonObject &event)>;
    EventApi(const api::ApiAuth *auth, const FamilyStore *families, EventStore *events,
             const SettingsStore *settings, Publish publish);
    void registerRoutes(QHttpServer &server) override;

    static constexpr int maxItems = 200;

private:
    /// One page of @p query as asked (`?limit=` 1–200, `?nextToken=`): the items, their count,
    /// and a `nextToken` when a whole page came; nullopt for a malformed ask.
    std::optional<QJsonObject> page(EventStore::Query query,
                                    const QHttpServerRequest &request) const;
    QHttpServerResponse listed(EventStore::Query query, const QHttpServerRequest &request) const;
    QString nameOf(const QString &thing) const;
    /// The families @p sub belongs to.
    QStringList familyIdsOf(const QString &sub) const;
    QHttpServerResponse event(const QString &thing, const QString &eventId,
                              const QHttpServerRequest &request, bool change);

    const api::ApiAuth *m_auth;
    const FamilyStore *m_families;
    EventStore *m_events;
    const SettingsStore *m_settings;
    Publish m_publish;
};

} // namespace larder::cloud::alerts
