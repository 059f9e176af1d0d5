// SPDX-License-Identifier: MIT
#include "DeviceRequests.h"

#include "FamilyStore.h"

#include "inventory/InventoryTopics.h"
#include "mqtt/MqttClient.h"

#include <QJsonDocument>

namespace larder::cloud {

DeviceRequests::DeviceRequests(mqtt::MqttClient *client, const FamilyStore *families,
                               QString feature, Handler handler, QObject *parent)
    : QObject(parent), m_client(client), m_families(families), m_feature(std::move(feature)),
      m_handler(std::move(handler))
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &DeviceRequests::onMessage);
}

QString DeviceRequests::filter() const
{
    return QStringLiteral("larder/things/+/%1/request").arg(m_feature);
}

void DeviceRequests::start()
{
    m_client->subscribe(filter(), 1);
}

void DeviceRequests::onMessage(const QByteArray &payload, const QString &topic)
{
    const QString thing =
        inventory::topics::thingOfFeature(topic, m_feature, QStringLiteral("request"));
    if (thing.isEmpty())
        return;
    const QJsonObject body = payload.size() <= maxRequestBytes
                                 ? QJsonDocument::fromJson(payload).object()
                                 : QJsonObject();
    const QString token = body.value(u"clientToken").toString().left(64);
    if (body.isEmpty())
        return answer(thing, token,
                      api::refusal(400, "BadRequest",
                                   QStringLiteral("The request is not a JSON object of at most "
                                                  "128 KB.")));
    const auto family = m_families->familyOfThing(thing);
    if (!family)
        return answer(thing, token,
                      api::refusal(403, "NotInAFamily",
                                   QStringLiteral("This fridge belongs to no family yet.")));
    answer(thing, token, m_handler(body.value(u"op").toString(), thing, family->first, body));
}

void DeviceRequests::answer(const QString &thing, const QString &clientToken,
                            const api::Verdict &verdict)
{
    QJsonObject body = verdict.body;
    body.insert(QStringLiteral("clientToken"), clientToken);
    body.insert(QStringLiteral("status"), verdict.status);
    const QString topic =
        QStringLiteral("larder/things/%1/%2/request/%3")
            .arg(thing, m_feature,
                 verdict.ok() ? QStringLiteral("accepted") : QStringLiteral("rejected"));
    m_client->publish(topic, QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
}

} // namespace larder::cloud
