// SPDX-License-Identifier: MIT
#include "RequestGates.h"
#include "InFlight.h"
#include "RequestBudget.h"

#include "shadow/ShadowTopics.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>
#include <mosquitto.h>
#include <mosquitto_broker.h>

namespace larder::cloud {

namespace {

/// Where a refused request goes instead of the cloud's service: nobody may subscribe to it.
const char *const kThrottled = "$larder/throttled";

/// The broker answers @p body on @p topic itself (to whoever subscribed: the asking device).
void answer(const QString &topic, const QByteArray &body)
{
    void *payload = mosquitto_malloc(size_t(body.size()));
    if (!payload)
        return;
    std::memcpy(payload, body.constData(), size_t(body.size()));
    mosquitto_broker_publish(nullptr, topic.toUtf8().constData(), int(body.size()), payload, 1,
                             false, nullptr);
}

/// The message goes nowhere.
void divert(mosquitto_evt_message *event)
{
    mosquitto_free(event->topic);
    event->topic = mosquitto_strdup(kThrottled);
}

QByteArray payloadOf(const mosquitto_evt_message *event)
{
    return QByteArray(static_cast<const char *>(event->payload), qsizetype(event->payloadlen));
}

QByteArray tooManyRequests(const QByteArray &request)
{
    QJsonObject answer{{QStringLiteral("code"), 429},
                       {QStringLiteral("message"), QStringLiteral("Too Many Requests")},
                       {QStringLiteral("timestamp"), QDateTime::currentSecsSinceEpoch()}};
    const QJsonValue token = QJsonDocument::fromJson(request).object().value(u"clientToken");
    if (token.isString() && token.toString().toUtf8().size() <= 64)
        answer.insert(QStringLiteral("clientToken"), token);
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

} // namespace

bool gateShadowMessage(mosquitto_evt_message *event, bool fromService)
{
    // Every message passes here: look at the raw topic first, parse only shadow topics.
    const QByteArrayView raw(event->topic);
    if (!raw.startsWith("$aws/things/"))
        return false;
    const bool isAnswer = raw.endsWith("/accepted") || raw.endsWith("/rejected");
    if (isAnswer && !fromService)
        return false;
    const QString topic = QString::fromUtf8(raw);
    const auto parsed = shadow::ShadowTopic::parse(topic);
    if (!parsed)
        return false;
    InFlight &inFlight = InFlight::shared();
    if (!parsed->answer.isEmpty()) {
        if (isAnswer)
            inFlight.answered(parsed->thing);
        return false;
    }
    if (inFlight.admit(parsed->thing, QDateTime::currentMSecsSinceEpoch(), fromService))
        return false;
    answer(topic + QStringLiteral("/rejected"), tooManyRequests(payloadOf(event)));
    divert(event);
    return true;
}

bool admitDeviceRequest(const char *topic, const void *payload, int payloadBytes,
                        const QString &sender)
{
    const QByteArrayView raw(topic);
    if (!raw.startsWith("larder/things/") && !raw.startsWith("$aws/"))
        return true;
    const auto request = DeviceRequest::of(QString::fromUtf8(raw), sender);
    if (!request)
        return true;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString who = sender.isEmpty() ? request->thing : sender;
    switch (RequestBudget::shared().take(who, request->service, request->perSecond, now)) {
    case RequestBudget::Verdict::Serve:
        return true;
    case RequestBudget::Verdict::Refuse:
        if (!request->rejectedTopic.isEmpty())
            answer(
                request->rejectedTopic,
                request->refusal(
                    QByteArray(static_cast<const char *>(payload), qsizetype(payloadBytes)), now));
        return false;
    case RequestBudget::Verdict::Drop:
        return false;
    }
    return false;
}

bool admitConnection(const QString &commonName)
{
    constexpr int perSecond = 5;
    return RequestBudget::shared().take(commonName, QStringLiteral("connect"), perSecond,
                                        QDateTime::currentSecsSinceEpoch()) ==
           RequestBudget::Verdict::Serve;
}

} // namespace larder::cloud
