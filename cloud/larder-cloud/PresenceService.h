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
/// for registered things. It learns about connections from Mosquitto's own connection log,
/// which the broker publishes on `$SYS/broker/log/N`.
class PresenceService : public QObject
{
    Q_OBJECT
public:
    PresenceService(mqtt::MqttClient *client, CloudStore *store, QObject *parent = nullptr);
    void start();

    /// Parses one Mosquitto notice line: the client id and whether it connected; empty if
    /// the line is not about a connection.
    struct Event
    {
        QString clientId;
        bool connected = false;
    };
    static std::optional<Event> parseLogLine(const QString &line);

    bool isConnected(const QString &clientId) const { return m_connected.contains(clientId); }

private:
    void handle(const QByteArray &payload, const QString &topic);

    mqtt::MqttClient *m_client;
    CloudStore *m_store;
    QSet<QString> m_connected;
};

} // namespace larder::cloud
