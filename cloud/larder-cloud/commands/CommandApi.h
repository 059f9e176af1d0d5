// SPDX-License-Identifier: MIT
#pragma once

#include "CommandQueue.h"

#include "larder-cloud/api/ApiCommon.h"

#include <functional>

namespace larder::cloud {
class CloudStore;
class FamilyStore;
} // namespace larder::cloud

namespace larder::cloud::commands {

/// A fridge's commands over REST (docs/api.md, "Commands"), the seed API's shape:
/// `GET /devices/{id}/commands` (newest first), `POST /devices/{id}/commands`
/// (`{"command", "params", "expiresIn"}` → 201 with the command, pending), and
/// `GET /devices/{id}/commands/{commandId}`. Any member of the fridge's family may send one; the
/// fridge's model (from its shadow) decides which exist. Anyone else gets 404.
class CommandApi : public api::Endpoints
{
public:
    CommandApi(const api::ApiAuth *auth, const FamilyStore *families, CloudStore *shadows,
               CommandStore *store, CommandQueue *queue);
    void registerRoutes(QHttpServer &server) override;

    static constexpr int maxItems = 100;

private:
    /// A member of @p familyId, @p thing's family, asks for a command.
    QHttpServerResponse create(const QString &thing, const QString &familyId,
                               const QHttpServerRequest &request, const QString &sub);

    const api::ApiAuth *m_auth;
    const FamilyStore *m_families;
    CloudStore *m_shadows;
    CommandStore *m_store;
    CommandQueue *m_queue;
};

} // namespace larder::cloud::commands
