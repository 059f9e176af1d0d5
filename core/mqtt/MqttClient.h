// SPDX-License-Identifier: MIT
#pragma once

#include "MqttTypes.h"
#include "ReconnectBackoff.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSocketNotifier>
#include <QTimer>

struct mosquitto;
struct mosquitto_message;
typedef struct mqtt5__property mosquitto_property;

namespace larder::mqtt {

/// An MQTT client over TLS on libmosquitto, driven by the Qt event loop (QSocketNotifier and
/// QTimer, no extra threads). Shaped like QMqttClient. Reconnects by itself with capped,
/// jittered exponential backoff, resubscribes after every connect and keeps a bounded queue
/// of publishes made while offline, sent in order once connected.
class MqttClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(ClientState state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorChanged)
    Q_PROPERTY(int queuedCount READ queuedCount NOTIFY queuedCountChanged)

public:
    enum ClientState { Disconnected, Connecting, Connected };
    Q_ENUM(ClientState)

    explicit MqttClient(QObject *parent = nullptr);
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
    QString errorString() const { return m_error; }
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
    static void onConnect(mosquitto *, void *self, int rc, int flags, const mosquitto_property *);
    static void onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *);
    static void onMessage(mosquitto *, void *self, const mosquitto_message *,
                          const mosquitto_property *);
    static void onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted,
                            const mosquitto_property *);
    static void onPublish(mosquitto *, void *self, int mid, int reason, const mosquitto_property *);

    bool createHandle();
    void startAttempt();
    void watchSocket();
    void unwatchSocket();
    void service();
    void handleReadable();
    void handleWritable();
    void handleLoopResult(int rc);
    void updateWriteInterest();
    bool connectFailed();
    QString describeConnectFailure(int rc) const;
    void connectionLost(const QString &reason);
    void scheduleReconnect();
    void setState(ClientState state);
    void setError(const QString &error);
    void sendSubscription(const QString &topicFilter, int qos);
    void flushQueue();

    ConnectionSettings m_settings;
    ReconnectBackoff m_backoff;
    mosquitto *m_mosq = nullptr;
    ClientState m_state = Disconnected;
    QString m_error;
    QString m_lastLibraryError; ///< last warning/error libmosquitto logged (TLS detail)
    bool m_wanted = false;      ///< the user wants a connection
    int m_inLoop = 0;           ///< inside libmosquitto's loop (our signals run from there)
    QPointer<QSocketNotifier> m_readNotifier;
    QPointer<QSocketNotifier> m_writeNotifier;
    QTimer m_serviceTimer;                   ///< keep-alive and write readiness
    QTimer m_reconnectTimer;                 ///< backoff delay
    QTimer m_attemptTimer;                   ///< connect timeout
    QHash<QString, int> m_subscriptions;     ///< filter → qos
    QHash<int, QString> m_pendingSubscribes; ///< mid → filter
    QList<PendingPublish> m_queue;
};

} // namespace larder::mqtt
