// SPDX-License-Identifier: MIT
#include "TabletInventoryChannel.h"
#include "InventoryTopics.h"

#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace larder::inventory {

namespace {
QString accepted(const QString &thing)
{
    return topics::answers(thing, QStringLiteral("accepted"));
}
QString rejected(const QString &thing)
{
    return topics::answers(thing, QStringLiteral("rejected"));
}
api::ApiResult unreachable(const QString &why)
{
    return {false, 0, {}, why};
}
} // namespace

TabletInventoryChannel::TabletInventoryChannel(mqtt::MqttClient *mqtt, QString thing,
                                               QObject *parent)
    : QObject(parent), m_mqtt(mqtt), m_thing(std::move(thing))
{
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &TabletInventoryChannel::expire);
    connect(m_mqtt, &mqtt::MqttClient::messageReceived, this, &TabletInventoryChannel::onMessage);
    // An answer cannot arrive on a connection that is gone: the caller sends again after the
    // reconnect.
    connect(m_mqtt, &mqtt::MqttClient::disconnected, this,
            [this] { failAll(tr("The fridge's connection to the cloud dropped.")); });
    m_mqtt->subscribe(accepted(m_thing));
    m_mqtt->subscribe(rejected(m_thing));
}

TabletInventoryChannel::~TabletInventoryChannel()
{
    if (m_mqtt) {
        m_mqtt->unsubscribe(accepted(m_thing));
        m_mqtt->unsubscribe(rejected(m_thing));
    }
}

void TabletInventoryChannel::list(const QString &thing, qint64 since, Callback done)
{
    Q_ASSERT(thing == m_thing);
    QJsonObject body{{QStringLiteral("op"), QStringLiteral("list")}};
    if (since >= 0)
        body.insert(QStringLiteral("since"), since);
    request(body, std::move(done));
}

void TabletInventoryChannel::send(const QString &thing, const QList<Change> &changes, Callback done)
{
    Q_ASSERT(thing == m_thing);
    QJsonArray entries;
    for (const Change &change : changes)
        entries.append(batchEntry(change));
    request({{QStringLiteral("op"), QStringLiteral("batch")}, {QStringLiteral("changes"), entries}},
            std::move(done));
}

QString TabletInventoryChannel::feedTopic(const QString &thing) const
{
    return topics::changes(thing);
}

void TabletInventoryChannel::request(QJsonObject body, Callback done)
{
    if (!m_mqtt || m_mqtt->state() != mqtt::MqttClient::Connected) {
        done(unreachable(tr("The fridge is not connected to the cloud.")));
        return;
    }
    const QString token = QUuid::createUuid().toString(QUuid::Id128);
    body.insert(QStringLiteral("clientToken"), token);
    if (m_mqtt->publish(topics::requests(m_thing),
                        QJsonDocument(body).toJson(QJsonDocument::Compact), 1) < 0) {
        done(unreachable(tr("The request could not be sent.")));
        return;
    }
    m_waiting.insert(token,
                     {std::move(done), QDateTime::currentMSecsSinceEpoch() + answerTimeoutMs});
    m_expiry.start();
}

void TabletInventoryChannel::onMessage(const QByteArray &payload, const QString &topic)
{
    const bool ok = topic == accepted(m_thing);
    if (!ok && topic != rejected(m_thing))
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
    if (ok) {
        result.status = 200;
        // An item comes wrapped (`{"item":…}`), a page or a batch's results as they are: give
        // each as REST does.
        result.body = body.contains(u"item") ? body.value(u"item").toObject() : body;
    } else {
        result.status = body.value(u"status").toInt(500);
        result.message = body.value(u"message").toString();
        result.body = body;
    }
    done(result);
}

void TabletInventoryChannel::failAll(const QString &why)
{
    const auto waiting = std::exchange(m_waiting, {});
    m_expiry.stop();
    for (const Waiting &request : waiting)
        request.done(unreachable(why));
}

void TabletInventoryChannel::expire()
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

} // namespace larder::inventory
