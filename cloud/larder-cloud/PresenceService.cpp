// SPDX-License-Identifier: MIT
#include "PresenceService.h"
#include "CloudStore.h"

#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace larder::cloud {

PresenceService::PresenceService(mqtt::MqttClient *client, CloudStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &PresenceService::handle);
}

void PresenceService::start()
{
    m_client->subscribe(logTopic(), 0);
}

std::optional<PresenceService::Event> PresenceService::parseLogLine(const QString &line)
{
    static const QRegularExpression connectedRe(
        QStringLiteral(R"(New client connected from \S+ as (\S+) \()"));
    static const QRegularExpression disconnectedRe(QStringLiteral(
        R"(Client (\S+) (?:disconnected|closed its connection|has exceeded timeout|already connected))"));
    if (const auto m = connectedRe.match(line); m.hasMatch())
        return Event{m.captured(1), true};
    if (const auto m = disconnectedRe.match(line); m.hasMatch()) {
        QString id = m.captured(1);
        if (id.endsWith(u'.') || id.endsWith(u','))
            id.chop(1);
        return Event{id, false};
    }
    return std::nullopt;
}

void PresenceService::handle(const QByteArray &payload, const QString &topic)
{
    if (topic != logTopic())
        return;
    const auto event = parseLogLine(QString::fromUtf8(payload));
    if (!event || !m_store->thingExists(event->clientId))
        return;
    if (event->connected)
        m_connected.insert(event->clientId);
    else
        m_connected.remove(event->clientId);
    const QString type =
        event->connected ? QStringLiteral("connected") : QStringLiteral("disconnected");
    const QJsonObject body{{QStringLiteral("clientId"), event->clientId},
                           {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
                           {QStringLiteral("eventType"), type},
                           {QStringLiteral("principalIdentifier"), event->clientId},
                           {QStringLiteral("versionNumber"), 0}};
    m_client->publish(QStringLiteral("$aws/events/presence/%1/%2").arg(type, event->clientId),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
    // What an AWS IoT rule on the lifecycle events does in production: keep the thing's
    // connectivity in its classic shadow, so an app that opens later can read it.
    const QJsonObject update{
        {QStringLiteral("state"),
         QJsonObject{{QStringLiteral("reported"),
                      QJsonObject{{QStringLiteral("connected"), event->connected}}}}}};
    m_client->publish(QStringLiteral("$aws/things/%1/shadow/update").arg(event->clientId),
                      QJsonDocument(update).toJson(QJsonDocument::Compact), 1);
}

} // namespace larder::cloud
