// SPDX-License-Identifier: MIT
#include "PresenceService.h"
#include "larder-cloud/CloudStore.h"

#include "common/PresenceTopics.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPresence, "larder.cloud.presence", QtInfoMsg)

namespace larder::cloud {

PresenceService::PresenceService(mqtt::MqttClient *client, CloudStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &PresenceService::handle);
    connect(m_client, &mqtt::MqttClient::connected, this,
            [this] { m_client->publish(presence::requestTopic(), {}, 1); });
}

void PresenceService::start()
{
    // What the shadows say from before this start: the next snapshot confirms or clears it.
    const QStringList recorded = m_store->thingsRecordedConnected();
    m_connected = QSet<QString>(recorded.cbegin(), recorded.cend());
}

void PresenceService::handle(const QByteArray &payload, const QString &topic)
{
    if (topic != presence::eventTopic() && topic != presence::snapshotTopic())
        return;
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    if (topic == presence::eventTopic()) {
        const QString thing = body.value(u"thing").toString();
        if (!thing.isEmpty())
            record(thing, body.value(u"connected").toBool());
        return;
    }
    QSet<QString> now;
    for (const QJsonValue &thing : body.value(u"connected").toArray())
        now.insert(thing.toString());
    for (const QString &thing : m_connected - now)
        record(thing, false);
    for (const QString &thing : now - m_connected)
        record(thing, true);
}

void PresenceService::record(const QString &thing, bool connected)
{
    if (!m_store->thingExists(thing))
        return;
    qCDebug(lcPresence) << thing << (connected ? "connected" : "disconnected");
    if (connected)
        m_connected.insert(thing);
    else
        m_connected.remove(thing);
    const QString type = connected ? QStringLiteral("connected") : QStringLiteral("disconnected");
    // The fridge's controller connects with its thing name as client id (the broker enforces it).
    const QJsonObject body{{QStringLiteral("clientId"), thing},
                           {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
                           {QStringLiteral("eventType"), type},
                           {QStringLiteral("principalIdentifier"), thing},
                           {QStringLiteral("versionNumber"), 0}};
    m_client->publish(QStringLiteral("$aws/events/presence/%1/%2").arg(type, thing),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
    // What an AWS IoT rule on the lifecycle events does in production: keep the thing's
    // connectivity in its classic shadow, so an app that opens later can read it.
    const QJsonObject update{
        {QStringLiteral("state"),
         QJsonObject{
             {QStringLiteral("reported"), QJsonObject{{QStringLiteral("connected"), connected}}}}}};
    m_client->publish(QStringLiteral("$aws/things/%1/shadow/update").arg(thing),
                      QJsonDocument(update).toJson(QJsonDocument::Compact), 1);
}

} // namespace larder::cloud
