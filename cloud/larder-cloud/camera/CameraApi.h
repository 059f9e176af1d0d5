// SPDX-License-Identifier: MIT
#pragma once

#include "TurnRelay.h"

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud::camera {

/// The live camera's ICE servers over REST (docs/api.md "Live camera"):
/// `GET /devices/{id}/camera/ice-servers` → `{"iceServers":[…],"expiresIn"}` for the members of
/// the fridge's family (404 for anyone else): the TURN relay with a credential made for the
/// caller, or none when the cloud runs no relay. Devices ask over MQTT (`ice` media request).
class CameraApi : public api::Endpoints
{
public:
    CameraApi(const api::ApiAuth *auth, const TurnRelay *relay);
    void registerRoutes(QHttpServer &server) override;

    /// The answer for @p who (a member's sub, a device's thing) at @p nowSecs.
    static QJsonObject iceServers(const TurnRelay &relay, const QString &who, qint64 nowSecs);

private:
    const api::ApiAuth *m_auth;
    const TurnRelay *m_relay;
};

} // namespace larder::cloud::camera
