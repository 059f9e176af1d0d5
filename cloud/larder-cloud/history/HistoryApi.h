// SPDX-License-Identifier: MIT
#pragma once

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud {

class HistoryStore;
namespace alerts {
class EventStore;
}

/// A fridge's temperature history over REST (docs/api.md, "Temperature history"):
/// `GET /devices/{id}/temperatures?range=day|month` → its buckets and the alerts raised in the
/// range, for the members of its family (404 for anyone else).
class HistoryApi : public api::Endpoints
{
public:
    HistoryApi(const api::ApiAuth *auth, const HistoryStore *history,
               const alerts::EventStore *events);
    void registerRoutes(QHttpServer &server) override;

private:
    const api::ApiAuth *m_auth;
    const HistoryStore *m_history;
    const alerts::EventStore *m_events;
};

} // namespace larder::cloud
