// SPDX-License-Identifier: MIT
#pragma once

#include "MqttTypes.h"
#include "ReconnectBackoff.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace larder::mqtt {

class MqttTransport;

/// An MQTT client, shaped like QMqttClient, over an MqttTransport (libmosquitto over TLS on the
/// Qt event loop unless a test gives another). Reconnects by itself with capped, jittered
/// exponential backoff, resubscribes after every connect and keeps a bounded queue of publishes
/// made while offline, sent in order once connected.
class MqttClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ClientState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int queuedCount READ queuedCount NOTIFY queuedCountChanged)

public:
    enum ClientState { Disconnected, Connecting, Connected };
    Q_ENUM(ClientState)

    explicit MqttClient(QObject *parent = nullptr);
    /// A client on @p transport (tests: a scripted fake); the client owns it.
    explicit MqttClient(std::unique_ptr<MqttTransport> transport, QObject *parent = nullptr);
    ~MqttClient() override;

    void setSettings(const ConnectionSettings &settings);
    const ConnectionSettings &settings() const { return m_settings; }
    void setBackoff(const ReconnectBackoff::Settings &settings);
    /// New user name/password for the next connection (e.g. a refreshed token); subscriptions
    /// and the offline queue are kept.
    void setCredentials(const QString &username, const QString &password);
    /// A new client id, used from the next connection (call it while disconnected).
    void setClientId(const QString &clientId);

    ClientState state() const { return m_state; }
    QString error() const { return m_error; }
    int queuedCount() const { return int(m_queue.size()); }

    /// Starts connecting (and keeps trying if autoReconnect is on).
    void connectToHost();
    /// Disconnects cleanly and stops reconnecting.
    void disconnectFromHost();

    /// Subscribes now if connected and again after every reconnect.
    void subscribe(const QString &topicFilter, int qos = 1);
    void unsubscribe(const QString &topicFilter);
    bool isSubscribed(const QString &topicFilter) const
    {
        return m_subscriptions.contains(topicFilter);
    }

    /// Publishes now, or queues while offline. Returns the message id, 0 if queued, -1 on error.
    int publish(const QString &topic, const QByteArray &payload, int qos = 1, bool retain = false);

signals:
    void stateChanged(larder::mqtt::MqttClient::ClientState state);
    void connected();
    void disconnected();
    void errorChanged(const QString &error);
    void queuedCountChanged();
    void messageReceived(const QByteArray &payload, const QString &topic);
    /// The broker granted (or refused, @p granted false) a subscription.
    void subscribed(const QString &topicFilter, bool granted);
    /// A QoS 1 publish was acknowledged; @p reasonCode ≥ 0x80 means the broker refused it (MQTT 5).
    void published(int messageId, int reasonCode);
    void messageDropped(const QString &topic);
    /// The broker refused this client at CONNECT (@p code: the CONNACK code, e.g. 5 or 135,
    /// not authorised); the client keeps retrying with its backoff.
    void refused(int code);

private:
    void startAttempt();
    void onAccepted();
    void onRefused(int code);
    void onLost(const QString &reason);
    void onSubscribeAnswered(int messageId, bool granted);
    void connectionLost(const QString &reason);
    void scheduleReconnect();
    void setState(ClientState state);
    void setError(const QString &error);
    void sendSubscription(const QString &topicFilter, int qos);
    void flushQueue();

    ConnectionSettings m_settings;
    ReconnectBackoff m_backoff;
    std::unique_ptr<MqttTransport> m_transport;
    ClientState m_state = Disconnected;
    QString m_error;
    bool m_wanted = false;                   ///< the user wants a connection
    QTimer m_reconnectTimer;                 ///< backoff delay
    QTimer m_attemptTimer;                   ///< connect timeout
    QHash<QString, int> m_subscriptions;     ///< filter → qos
    QHash<int, QString> m_pendingSubscribes; ///< mid → filter
    QList<PendingPublish> m_queue;
};

} // namespace larder::mqtt
