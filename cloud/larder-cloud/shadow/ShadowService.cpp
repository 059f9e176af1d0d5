// SPDX-License-Identifier: MIT
#include "ShadowService.h"
#include "larder-cloud/CloudStore.h"

#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcShadowService, "larder.cloud.shadow", QtInfoMsg)

namespace larder::cloud {

using namespace larder::shadow;

ShadowService::ShadowService(mqtt::MqttClient *client, CloudStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &ShadowService::handle);
}

QStringList ShadowService::requestFilters()
{
    QStringList filters;
    for (const char *op : {"get", "update", "delete"}) {
        filters << QStringLiteral("$aws/things/+/shadow/%1").arg(QLatin1String(op));
        filters << QStringLiteral("$aws/things/+/shadow/name/+/%1").arg(QLatin1String(op));
    }
    return filters;
}

void ShadowService::start()
{
    for (const QString &filter : requestFilters())
        m_client->subscribe(filter, 1);
}

ShadowDocument &ShadowService::documentFor(const QString &thing, const QString &shadowName)
{
    const QString key = thing + u'\n' + shadowName;
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        if (m_cache.size() >= maxCachedDocuments)
            m_cache.clear(); // every document is stored: memory stays bounded
        const auto stored = m_store->loadShadow(thing, shadowName);
        it = m_cache.insert(key, stored ? ShadowDocument::fromStorage(*stored) : ShadowDocument{});
    }
    return it.value();
}

void ShadowService::publish(const QString &topic, const QJsonObject &body)
{
    m_client->publish(topic, QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
}

void ShadowService::reject(const ShadowTopics &topics, ShadowOperation op, const ShadowError &error,
                           const QString &clientToken, qint64 now)
{
    publish(topics.answer(op, QStringLiteral("rejected")), error.toJson(now, clientToken));
}

void ShadowService::handle(const QByteArray &payload, const QString &topic)
{
    const auto parsed = ShadowTopic::parse(topic);
    if (!parsed || !parsed->answer.isEmpty())
        return; // not a request (the broker only delivers our filters; be strict anyway)
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const ShadowTopics topics(parsed->thing, parsed->shadowName);
    const ShadowOperation op = parsed->operation;
    const QString displayName = parsed->shadowName.isEmpty() ? parsed->thing : parsed->shadowName;

    if (!m_store->thingExists(parsed->thing)) {
        reject(topics, op, {404, QStringLiteral("Thing not found")},
               ShadowDocument::clientTokenOf(payload), now);
        return;
    }

    ShadowDocument &doc = documentFor(parsed->thing, parsed->shadowName);
    if (op == ShadowOperation::Update && !parsed->shadowName.isEmpty() && !doc.exists() &&
        m_store->namedShadowCount(parsed->thing) >= maxNamedShadows) {
        reject(
            topics, op,
            {400, QStringLiteral("A thing may have at most %1 named shadows").arg(maxNamedShadows)},
            ShadowDocument::clientTokenOf(payload), now);
        return;
    }
    const ShadowDocument before = doc;
    ShadowDocument::Result result;
    switch (op) {
    case ShadowOperation::Get:
        result = doc.get(payload, now, displayName);
        break;
    case ShadowOperation::Update:
        result = doc.update(payload, now);
        break;
    case ShadowOperation::Delete:
        result = doc.remove(payload, now, displayName);
        break;
    }
    if (result.outcome && op == ShadowOperation::Get &&
        !ShadowDocument::fits(result.outcome->accepted)) {
        // A document stored before answers were bounded: never publish past what the broker
        // carries (it would disconnect this service), refuse instead.
        doc = before;
        result.error =
            ShadowError{413, QStringLiteral("The payload exceeds the maximum size allowed")};
    }
    if (result.error) {
        qCDebug(lcShadowService) << topic << result.error->code << result.error->message;
        reject(topics, op, *result.error, result.clientToken, now);
        return;
    }
    if (op != ShadowOperation::Get &&
        !m_store->saveShadow(parsed->thing, parsed->shadowName, doc.toStorage())) {
        doc = before; // nothing is acknowledged that is not stored
        reject(topics, op, {500, QStringLiteral("Internal service failure")}, result.clientToken,
               now);
        return;
    }
    if (op != ShadowOperation::Update) {
        publish(topics.answer(op, QStringLiteral("accepted")), result.outcome->accepted);
        if (parsed->shadowName.isEmpty())
            emit classicStored(parsed->thing, doc);
        return;
    }
    // Updates come serialized (and size-checked) by ShadowDocument.
    m_client->publish(topics.answer(op, QStringLiteral("accepted")), result.outcome->acceptedBytes,
                      1);
    m_client->publish(topics.answer(op, QStringLiteral("documents")),
                      result.outcome->documentsBytes, 1);
    if (result.outcome->delta)
        m_client->publish(topics.answer(op, QStringLiteral("delta")), result.outcome->deltaBytes,
                          1);
    if (parsed->shadowName.isEmpty()) {
        emit classicStored(parsed->thing, doc);
        const QJsonObject reported = QJsonDocument::fromJson(payload)
                                         .object()
                                         .value(u"state")
                                         .toObject()
                                         .value(u"reported")
                                         .toObject();
        if (!reported.isEmpty())
            emit reportedUpdated(parsed->thing, reported);
    }
}

} // namespace larder::cloud
