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
/// for registered things and, as an IoT rule would in AWS, records `reported.connected` in the
/// thing's classic shadow. It learns about connections from Mosquitto's own connection log,
/// which the broker publishes on `$SYS/broker/log/N`.
class PresenceService : public QObject
{
    Q_OBJECT
public:
    PresenceService(mqtt::MqttClient *client, CloudStore *store, QObject *parent = nullptr);
    void start();
    /// Where Mosquitto publishes its notice-level log.
    static QString logTopic() { return QStringLiteral("$SYS/broker/log/N"); }

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
