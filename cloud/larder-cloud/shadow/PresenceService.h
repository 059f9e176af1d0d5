// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud {

class CloudStore;

/// Publishes AWS IoT lifecycle events (`$aws/events/presence/{connected|disconnected}/{clientId}`)
/// for fridges and, as an IoT rule would in AWS, records `reported.connected` in the thing's
/// classic shadow. It learns who is connected from the broker plugin's own connect and
/// disconnect events (PresenceTopics.h), addressed to this service's connection alone, and
/// after every (re)connect asks the plugin for the full list, so a broker crash or a cloud
/// restart leaves no fridge shown online that is not.
class PresenceService : public QObject
{
    Q_OBJECT
public:
    PresenceService(mqtt::MqttClient *client, CloudStore *store, QObject *parent = nullptr);
    void start();

    bool isConnected(const QString &thing) const { return m_connected.contains(thing); }

private:
    void handle(const QByteArray &payload, const QString &topic);
    void record(const QString &thing, bool connected);

    mqtt::MqttClient *m_client;
    CloudStore *m_store;
    QSet<QString> m_connected;
};

} // namespace larder::cloud
