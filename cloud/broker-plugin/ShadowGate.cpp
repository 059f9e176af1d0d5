// SPDX-License-Identifier: MIT
#include "ShadowGate.h"
#include "InFlight.h"

#include "shadow/ShadowTopics.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <mosquitto.h>
#include <mosquitto_broker.h>

namespace larder::cloud {

namespace {

/// Where a refused request goes instead of the shadow service: nobody may subscribe to it.
const char *const kThrottled = "$larder/throttled";

void answerTooManyRequests(const QString &topic, const QByteArray &request)
{
    QJsonObject answer{{QStringLiteral("code"), 429},
                       {QStringLiteral("message"), QStringLiteral("Too Many Requests")},
                       {QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch()}};
    const QJsonValue token = QJsonDocument::fromJson(request).object().value(u"clientToken");
    if (token.isString() && token.toString().toUtf8().size() <= 64)
        answer.insert(QStringLiteral("clientToken"), token);
    const QByteArray json = QJsonDocument(answer).toJson(QJsonDocument::Compact);
    void *payload = mosquitto_malloc(size_t(json.size()));
    if (!payload)
        return;
    std::memcpy(payload, json.constData(), size_t(json.size()));
    mosquitto_broker_publish(nullptr, (topic + QStringLiteral("/rejected")).toUtf8().constData(),
                             int(json.size()), payload, 1, false, nullptr);
}

} // namespace

void gateShadowMessage(mosquitto_evt_message *event, bool fromService)
{
    // Every message passes here: look at the raw topic first, parse only shadow topics.
    const QByteArrayView raw(event->topic);
    if (!raw.startsWith("$aws/things/"))
        return;
    const bool answer = raw.endsWith("/accepted") || raw.endsWith("/rejected");
    if (answer && !fromService)
        return;
    const QString topic = QString::fromUtf8(raw);
    const auto parsed = shadow::ShadowTopic::parse(topic);
    if (!parsed)
        return;
    InFlight &inFlight = InFlight::shared();
    if (!parsed->answer.isEmpty()) {
        if (answer)
            inFlight.answered(parsed->thing);
        return;
    }
    if (inFlight.admit(parsed->thing, QDateTime::currentMSecsSinceEpoch(), fromService))
        return;
    answerTooManyRequests(
        topic, QByteArray(static_cast<const char *>(event->payload), qsizetype(event->payloadlen)));
    mosquitto_free(event->topic);
    event->topic = mosquitto_strdup(kThrottled);
}

} // namespace larder::cloud
