// SPDX-License-Identifier: MIT
#pragma once

#include "mqtt/MqttTypes.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace larder::profile {

/// Where the cloud is: the profile file larder-cloud writes (`DATA/profile.json`), or the
/// AWS settings of a deployment. One code path reads both.
struct CloudProfile
{
    QString name;
    QString region;
    QString mqttEndpoint;
    int mqttPort = 8883;   ///< app listener: ID token as the MQTT password
    int devicePort = 8883; ///< device listener (the kiosk's certificate)
    QString caFile;        ///< empty: the system's trust store (AWS)
    QString alpn;          ///< "mqtt" for AWS IoT on port 443
    QString authorizerName = QStringLiteral("larder"); ///< AWS IoT custom authorizer
    QString userPoolId;
    QString appClientId;
    QString identityEndpoint; ///< Cognito's endpoint (derived from the region for AWS)
    QString apiBaseUrl;
    /// STUN/TURN servers for the live camera (`stun://host:port`, `turn://user:pass@host:port`);
    /// none on loopback.
    QStringList iceServers;

    /// Reads @p path; nullopt with a sentence in @p error when it is missing or malformed.
    static std::optional<CloudProfile> load(const QString &path, QString *error);

    /// MQTT settings for the app connection with client id @p clientId (credentials are set
    /// by the session).
    mqtt::ConnectionSettings mqttSettings(const QString &clientId) const;
    /// The MQTT user name that names the authorizer, as AWS IoT custom authentication wants.
    QString mqttUsername() const;
};

} // namespace larder::profile
