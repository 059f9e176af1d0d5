// SPDX-License-Identifier: MIT
#include "MqttRequests.h"

#include "api/CloudSentences.h"

#include "MqttClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace larder::mqtt {

namespace {
api::ApiResult unreachable(const QString &why)
{
    return {false, 0, {}, why};
}
} // namespace

MqttRequests::MqttRequests(MqttClient *mqtt, QString requestTopic, QObject *parent)
    : QObject(parent), m_mqtt(mqtt), m_topic(std::move(requestTopic)),
      m_accepted(m_topic + QStringLiteral("/accepted")),
      m_rejected(m_topic + QStringLiteral("/rejected"))
{
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &MqttRequests::expire);
    connect(m_mqtt, &MqttClient::messageReceived, this, &MqttRequests::onMessage);
    // An answer cannot arrive on a connection that is gone: the caller sends again after the
    // reconnect.
    connect(m_mqtt, &MqttClient::disconnected, this,
            [this] { failAll(tr("The fridge's connection to the cloud dropped.")); });
    m_mqtt->subscribe(m_accepted);
    m_mqtt->subscribe(m_rejected);
}

MqttRequests::~MqttRequests()
{
    if (m_mqtt) {
        m_mqtt->unsubscribe(m_accepted);
        m_mqtt->unsubscribe(m_rejected);
    }
}

void MqttRequests::request(QJsonObject body, Callback done)
{
    if (!m_mqtt || m_mqtt->state() != MqttClient::Connected) {
        done(unreachable(tr("The fridge is not connected to the cloud.")));
        return;
    }
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    body.insert(QStringLiteral("clientToken"), token);
    if (m_mqtt->publish(m_topic, QJsonDocument(body).toJson(QJsonDocument::Compact), 1) < 0) {
        done(unreachable(tr("The request could not be sent.")));
        return;
    }
    m_waiting.insert(token, {std::move(done), QDateTime::currentMSecsSinceEpoch() + m_timeoutMs});
    m_expiry.start();
}

void MqttRequests::onMessage(const QByteArray &payload, const QString &topic)
{
    const bool ok = topic == m_accepted;
    if (!ok && topic != m_rejected)
        return;
    QJsonObject body = QJsonDocument::fromJson(payload).object();
    const auto waiting = m_waiting.find(body.value(u"clientToken").toString());
    if (waiting == m_waiting.end())
        return; // another request's, or one given up on
    const Callback done = std::move(waiting->done);
    m_waiting.erase(waiting);
    body.remove(QStringLiteral("clientToken"));
    api::ApiResult result;
    result.ok = ok;
    result.status = body.value(u"status").toInt(ok ? 200 : 500);
    if (!ok) {
        const QString sentence = api::CloudSentences::forRefusal(
            result.status, body.value(u"error").toString(), body.value(u"message").toString());
        result.message = sentence.isEmpty() ? body.value(u"message").toString() : sentence;
    }
    body.remove(QStringLiteral("status"));
    result.body = body;
    done(result);
}

void MqttRequests::failAll(const QString &why)
{
    const auto waiting = std::exchange(m_waiting, {});
    m_expiry.stop();
    for (const Waiting &request : waiting)
        request.done(unreachable(why));
}

void MqttRequests::expire()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Callback> late;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->deadline <= now) {
            late.append(std::move(it->done));
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    if (m_waiting.isEmpty())
        m_expiry.stop();
    for (const Callback &done : late)
        done(unreachable(tr("The cloud did not answer in time.")));
}

} // namespace larder::mqtt
