// SPDX-License-Identifier: MIT
#include "MqttPeer.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using larder::mqtt::MqttClient;

MqttPeer::MqttPeer(const larder::mqtt::ConnectionSettings &settings)
{
    client.setSettings(settings);
    QObject::connect(&client, &MqttClient::messageReceived, &client,
                     [this](const QByteArray &payload, const QString &topic) {
                         messages.append({topic, QJsonDocument::fromJson(payload).object()});
                     });
    QObject::connect(&client, &MqttClient::refused, &client, [this] { refused = true; });
}

bool MqttPeer::connect()
{
    client.connectToHost();
    (void)QTest::qWaitFor([this] { return refused || client.state() == MqttClient::Connected; },
                          10000);
    return client.state() == MqttClient::Connected;
}

bool MqttPeer::subscribe(const QString &filter)
{
    QSignalSpy spy(&client, &MqttClient::subscribed);
    client.subscribe(filter);
    if (!spy.wait(5000))
        return false;
    return spy.at(0).at(1).toBool();
}

std::optional<QJsonObject> MqttPeer::await(const QString &topic, int ms,
                                           const std::function<bool(const QJsonObject &)> &accept)
{
    std::optional<QJsonObject> found;
    (void)QTest::qWaitFor(
        [&] {
            for (const auto &[t, body] : std::as_const(messages))
                if (t == topic && (!accept || accept(body))) {
                    found = body;
                    return true;
                }
            return false;
        },
        ms);
    return found;
}

void MqttPeer::publish(const QString &topic, const QByteArray &payload)
{
    client.publish(topic, payload);
}

std::optional<QPair<QString, QJsonObject>> MqttPeer::request(const QString &topic, QJsonObject body,
                                                             int ms)
{
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    body.insert(QStringLiteral("clientToken"), token);
    client.publish(topic, QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
    std::optional<QPair<QString, QJsonObject>> answer;
    (void)QTest::qWaitFor(
        [&] {
            for (const auto &[t, json] : std::as_const(messages))
                for (const char *suffix : {"accepted", "rejected"})
                    if (t == topic + u'/' + QLatin1String(suffix) &&
                        json.value(u"clientToken").toString() == token) {
                        answer = QPair<QString, QJsonObject>{QLatin1String(suffix), json};
                        return true;
                    }
            return false;
        },
        ms);
    return answer;
}
