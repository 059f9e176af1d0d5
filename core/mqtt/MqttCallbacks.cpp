// SPDX-License-Identifier: MIT
// libmosquitto's callbacks: they run inside mosquitto_loop_read() on the Qt thread and turn
// protocol events into MqttClient's state changes and signals.
#include "MqttClient.h"
#include "MqttErrors.h"

#include <QLoggingCategory>
#include <mosquitto.h>

Q_DECLARE_LOGGING_CATEGORY(lcMqtt)

namespace larder::mqtt {

namespace {
MqttClient *selfOf(void *self)
{
    return static_cast<MqttClient *>(self);
}
} // namespace

void MqttClient::onConnect(mosquitto *, void *self, int rc, int, const mosquitto_property *)
{
    MqttClient *client = selfOf(self);
    client->m_attemptTimer.stop();
    if (rc != 0) {
        client->connectionLost(
            tr("The broker refused the connection: %1").arg(describeConnack(rc)));
        emit client->refused(rc);
        return;
    }
    client->m_backoff.reset();
    client->setError({});
    client->setState(Connected);
    for (auto it = client->m_subscriptions.cbegin(); it != client->m_subscriptions.cend(); ++it)
        client->sendSubscription(it.key(), it.value());
    client->flushQueue();
    emit client->connected();
}

void MqttClient::onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *)
{
    MqttClient *client = selfOf(self);
    if (!client->m_wanted)
        return;
    client->connectionLost(rc == 0 ? tr("The broker closed the connection.")
                                   : client->describeConnectFailure(rc));
}

void MqttClient::onMessage(mosquitto *, void *self, const mosquitto_message *message,
                           const mosquitto_property *)
{
    const QByteArray payload(static_cast<const char *>(message->payload), message->payloadlen);
    emit selfOf(self)->messageReceived(payload, QString::fromUtf8(message->topic));
}

void MqttClient::onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted,
                             const mosquitto_property *)
{
    MqttClient *client = selfOf(self);
    const QString filter = client->m_pendingSubscribes.take(mid);
    if (filter.isEmpty())
        return;
    const bool ok = count > 0 && granted[0] < 0x80;
    if (!ok)
        qCInfo(lcMqtt).noquote() << client->m_settings.clientId
                                 << "subscription refused:" << filter;
    emit client->subscribed(filter, ok);
}

void MqttClient::onPublish(mosquitto *, void *self, int mid, int reason, const mosquitto_property *)
{
    emit selfOf(self)->published(mid, reason);
}

} // namespace larder::mqtt
