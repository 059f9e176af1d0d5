// SPDX-License-Identifier: MIT
#pragma once

#include "mqtt/MqttClient.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

/// A raw MQTT peer for integration tests: connects with the given settings and records every
/// message it receives by topic.
struct MqttPeer
{
    explicit MqttPeer(const larder::mqtt::ConnectionSettings &settings);

    /// Connects and waits up to 10 s; false if refused or not connected by then.
    bool connect();
    /// Subscribes and says whether the broker granted it.
    bool subscribe(const QString &filter);
    /// The first message on @p topic (that @p accept takes, if given), waiting up to @p ms.
    std::optional<QJsonObject> await(const QString &topic, int ms = 8000,
                                     const std::function<bool(const QJsonObject &)> &accept = {});
    void publish(const QString &topic, const QByteArray &payload);
    /// Sends @p payload to a shadow request topic with a fresh clientToken inserted and waits
    /// for its accepted or rejected answer; the answer's suffix and body.
    std::optional<QPair<QString, QJsonObject>> request(const QString &topic, QJsonObject body,
                                                       int ms = 8000);

    larder::mqtt::MqttClient client;
    QList<QPair<QString, QJsonObject>> messages;
    bool refused = false;
};
