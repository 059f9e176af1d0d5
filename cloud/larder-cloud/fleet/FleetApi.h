// SPDX-License-Identifier: MIT
#pragma once

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud {
class CloudStore;
}

namespace larder::cloud::fleet {

class FleetIndex;
class ThingGroups;

/// Support's view of the fleet over REST (docs/api.md, "Fleet search"), for support accounts
/// only (403 for anyone else): `POST /fleet/search` and `POST /fleet/statistics` in AWS IoT
/// fleet indexing's query syntax, and the static thing groups (`/fleet/groups…`). Technical data
/// only: what FleetIndex holds.
class FleetApi : public api::Endpoints
{
public:
    FleetApi(const api::ApiAuth *auth, FleetIndex *index, ThingGroups *groups, CloudStore *store);
    void registerRoutes(QHttpServer &server) override;

private:
    QHttpServerResponse search(const QJsonObject &body) const;
    QHttpServerResponse statistics(const QJsonObject &body) const;
    QHttpServerResponse putGroup(const QString &name, const QHttpServerRequest &request);
    QHttpServerResponse putMember(const QString &group, const QString &thing, bool add);

    const api::ApiAuth *m_auth;
    FleetIndex *m_index; ///< searched, and told of group changes
    ThingGroups *m_groups;
    CloudStore *m_store;
};

} // namespace larder::cloud::fleet
