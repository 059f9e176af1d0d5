// SPDX-License-Identifier: MIT
#pragma once

#include "mqtt/MqttTypes.h"

#include <QString>

#include <optional>

namespace larder::profile {

/// Where the cloud is: the profile file larder-cloud writes (`DATA/profile.json`), or the
/// AWS settings of a deployment. One code path reads both.
struct CloudProfile
{
    QString name;
    QString region;
    QString mqttEndpoint;
    int mqttPort = 8883; ///< app listener: ID token as password
    int devMqttPort = 0; ///< development listener (client certificate), local cloud only
    QString caFile;
    QString alpn;
    QString devCertFile; ///< development client certificate (local cloud, until accounts)
    QString devKeyFile;

    /// Reads @p path; nullopt with a sentence in @p error when it is missing or malformed.
    static std::optional<CloudProfile> load(const QString &path, QString *error);

    /// MQTT settings for the app connection with client id @p clientId.
    mqtt::ConnectionSettings mqttSettings(const QString &clientId) const;
};

} // namespace larder::profile
