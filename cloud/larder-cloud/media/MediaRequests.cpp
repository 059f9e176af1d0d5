// SPDX-License-Identifier: MIT
#include "MediaRequests.h"

#include "larder-cloud/api/FamilyStore.h"

#include "media/MediaTopics.h"
#include "mqtt/MqttClient.h"

#include <QJsonDocument>

namespace larder::cloud::media {

namespace topics = larder::media::topics;

MediaRequests::MediaRequests(mqtt::MqttClient *client, const FamilyStore *families,
                             MediaService *service, QObject *parent)
    : QObject(parent), m_client(client), m_families(families), m_service(service)
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &MediaRequests::onMessage);
}

QStringList MediaRequests::requestFilters()
{
    return {QStringLiteral("larder/things/+/media/request")};
}

void MediaRequests::start()
{
    for (const QString &filter : requestFilters())
        m_client->subscribe(filter, 1);
}

void MediaRequests::onMessage(const QByteArray &payload, const QString &topic)
{
    const QString thing = topics::thingOf(topic, QStringLiteral("request"));
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
    const MediaService::Asker asker{family->first, QStringLiteral("thing:") + thing, thing};
    const QString op = body.value(u"op").toString();
    if (op == u"reserve")
        return answer(thing, token, m_service->reserve(asker, body));
    if (op == u"parts")
        return answer(thing, token, m_service->partUrls(asker, body));
    if (op == u"complete")
        return answer(thing, token, m_service->complete(asker, body));
    if (op == u"download")
        return answer(thing, token, m_service->download(asker, body));
    if (op == u"abort")
        return answer(thing, token, m_service->abort(asker, body));
    answer(thing, token,
           api::refusal(400, "BadRequest",
                        QStringLiteral("op is reserve, parts, complete, download or abort.")));
}

void MediaRequests::answer(const QString &thing, const QString &clientToken,
                           const api::Verdict &verdict)
{
    QJsonObject body = verdict.body;
    body.insert(QStringLiteral("clientToken"), clientToken);
    body.insert(QStringLiteral("status"), verdict.status);
    m_client->publish(topics::answers(thing, verdict.ok() ? QStringLiteral("accepted")
                                                          : QStringLiteral("rejected")),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
}

} // namespace larder::cloud::media
