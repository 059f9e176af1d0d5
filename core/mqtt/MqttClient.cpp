// SPDX-License-Identifier: MIT
#include "MqttClient.h"
#include "MosquittoTransport.h"
#include "MqttErrors.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMqtt, "larder.mqtt", QtInfoMsg)

namespace larder::mqtt {

MqttClient::MqttClient(QObject *parent) : MqttClient(std::make_unique<MosquittoTransport>(), parent)
{
}

MqttClient::MqttClient(std::unique_ptr<MqttTransport> transport, QObject *parent)
    : QObject(parent), m_transport(std::move(transport))
{
    m_transport->setParent(nullptr);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &MqttClient::startAttempt);
    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        connectionLost(tr("The broker at %1:%2 did not answer in time.")
                           .arg(m_settings.host)
                           .arg(m_settings.port));
    });
    MqttTransport *wire = m_transport.get();
    connect(wire, &MqttTransport::accepted, this, &MqttClient::onAccepted);
    connect(wire, &MqttTransport::refused, this, &MqttClient::onRefused);
    connect(wire, &MqttTransport::lost, this, &MqttClient::onLost);
    connect(wire, &MqttTransport::message, this, &MqttClient::messageReceived);
    connect(wire, &MqttTransport::subscribeAnswered, this, &MqttClient::onSubscribeAnswered);
    connect(wire, &MqttTransport::publishAnswered, this, &MqttClient::published);
}

MqttClient::~MqttClient()
{
    // The transport goes first: nothing it says may reach a half-destroyed client.
    m_transport->disconnect(this);
    m_transport.reset();
}

void MqttClient::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_transport->configure(settings);
}

void MqttClient::setCredentials(const QString &username, const QString &password)
{
    m_settings.username = username;
    m_settings.password = password;
    m_transport->setCredentials(username, password);
}

void MqttClient::setClientId(const QString &clientId)
{
    if (m_settings.clientId == clientId)
        return;
    m_settings.clientId = clientId;
    m_transport->configure(m_settings); // takes effect from the next connection
}

void MqttClient::setBackoff(const ReconnectBackoff::Settings &settings)
{
    m_backoff = ReconnectBackoff(settings);
}

void MqttClient::connectToHost()
{
    m_wanted = true;
    m_backoff.reset();
    if (m_state == Disconnected && !m_reconnectTimer.isActive())
        startAttempt();
}

void MqttClient::disconnectFromHost()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_attemptTimer.stop();
    if (m_state != Disconnected)
        m_transport->close();
    else
        m_transport->abandon();
    setState(Disconnected);
}

void MqttClient::startAttempt()
{
    if (!m_wanted)
        return;
    setState(Connecting);
    m_attemptTimer.start(m_settings.connectTimeoutMs);
    QString error;
    if (!m_transport->open(&error))
        connectionLost(error);
}

void MqttClient::onAccepted()
{
    m_attemptTimer.stop();
    m_backoff.reset();
    setError({});
    setState(Connected);
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it)
        sendSubscription(it.key(), it.value());
    flushQueue();
    emit connected();
}

void MqttClient::onRefused(int code)
{
    connectionLost(tr("The broker refused the connection: %1").arg(describeConnack(code)));
    emit refused(code);
}

void MqttClient::onLost(const QString &reason)
{
    if (m_wanted)
        connectionLost(reason);
}

void MqttClient::connectionLost(const QString &reason)
{
    m_attemptTimer.stop();
    m_transport->abandon();
    const bool wasConnected = m_state == Connected;
    if (m_state == Disconnected && m_reconnectTimer.isActive())
        return; // already handled
    setError(reason);
    qCInfo(lcMqtt).noquote() << m_settings.clientId << "connection lost:" << reason;
    setState(Disconnected);
    if (wasConnected)
        emit disconnected();
    scheduleReconnect();
}

void MqttClient::scheduleReconnect()
{
    if (!m_wanted || !m_settings.autoReconnect || m_reconnectTimer.isActive())
        return;
    const int delay = m_backoff.nextDelayMs();
    qCDebug(lcMqtt) << m_settings.clientId << "reconnecting in" << delay << "ms";
    m_reconnectTimer.start(delay);
}

void MqttClient::setState(ClientState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MqttClient::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged(error);
}

void MqttClient::subscribe(const QString &topicFilter, int qos)
{
    m_subscriptions.insert(topicFilter, qos);
    if (m_state == Connected)
        sendSubscription(topicFilter, qos);
}

void MqttClient::unsubscribe(const QString &topicFilter)
{
    if (!m_subscriptions.remove(topicFilter) || m_state != Connected)
        return;
    m_transport->unsubscribe(topicFilter);
}

void MqttClient::sendSubscription(const QString &topicFilter, int qos)
{
    const int mid = m_transport->subscribe(topicFilter, qos);
    if (mid >= 0)
        m_pendingSubscribes.insert(mid, topicFilter);
    else
        emit subscribed(topicFilter, false);
}

void MqttClient::onSubscribeAnswered(int messageId, bool granted)
{
    const QString filter = m_pendingSubscribes.take(messageId);
    if (filter.isEmpty())
        return;
    if (!granted)
        qCInfo(lcMqtt).noquote() << m_settings.clientId << "subscription refused:" << filter;
    emit subscribed(filter, granted);
}

int MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    const PendingPublish message{topic, payload, qos, retain};
    if (m_state == Connected) {
        QString error;
        const int mid = m_transport->publish(message, &error);
        if (mid >= 0)
            return mid;
        if (mid == MqttTransport::Failed) {
            setError(error);
            return -1;
        }
    }
    if (m_queue.size() >= m_settings.offlineQueueLimit && !m_queue.isEmpty()) {
        const PendingPublish dropped = m_queue.takeFirst();
        emit messageDropped(dropped.topic);
    }
    m_queue.append(message);
    emit queuedCountChanged();
    return 0;
}

void MqttClient::flushQueue()
{
    if (m_queue.isEmpty())
        return;
    const QList<PendingPublish> queued = std::exchange(m_queue, {});
    emit queuedCountChanged();
    for (const PendingPublish &message : queued)
        publish(message.topic, message.payload, message.qos, message.retain);
}

} // namespace larder::mqtt
