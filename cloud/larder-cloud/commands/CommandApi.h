// SPDX-License-Identifier: MIT
#pragma once

#include "CommandStore.h"

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
    /// Tells the Jobs service that a command was queued (it runs on the MQTT plane).
    using Queued = std::function<void(const QString &thing, const QString &commandId)>;
    CommandApi(const api::ApiAuth *auth, const FamilyStore *families, CloudStore *shadows,
               CommandStore *store, Queued queued);
    void registerRoutes(QHttpServer &server) override;

    static constexpr int maxItems = 100;
    /// How many commands may wait for one fridge at once.
    static constexpr int maxPending = 20;
    /// expiresIn: seconds a command may wait for its fridge (default a day, at most a week).
    static constexpr qint64 minExpiry = 5, defaultExpiry = 24 * 3600, maxExpiry = 7 * 24 * 3600;
    /// How long a fridge has to finish a command it started.
    static constexpr qint64 inProgressTimeout = 30 * 60;

private:
    /// A member of @p familyId, @p thing's family, asks for a command.
    QHttpServerResponse create(const QString &thing, const QString &familyId,
                               const QHttpServerRequest &request, const QString &sub);
    QString modelOf(const QString &thing) const;

    const api::ApiAuth *m_auth;
    const FamilyStore *m_families;
    CloudStore *m_shadows;
    CommandStore *m_store;
    Queued m_queued;
};

} // namespace larder::cloud::commands
