// SPDX-License-Identifier: MIT
#pragma once

#include "shadow/ShadowDocument.h"
#include "shadow/ShadowTopics.h"

#include <QHash>
#include <QObject>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud {

class CloudStore;

/// The device shadow service (PROTOCOLS.md section 1): answers get/update/delete requests
/// for classic and named shadows of registered things over MQTT, with AWS IoT's topics and
/// semantics, and persists every change before it answers.
class ShadowService : public QObject
{
    Q_OBJECT
public:
    ShadowService(mqtt::MqttClient *client, CloudStore *store, QObject *parent = nullptr);

    /// Named shadows one thing may have (AWS sets no number; one fridge needs a handful).
    static constexpr int maxNamedShadows = 25;
    /// Documents kept in memory; past it the cache starts again from the database.
    static constexpr int maxCachedDocuments = 10000;

    /// Subscribes to every thing's request topics (classic and named).
    void start();
    static QStringList requestFilters();

signals:
    /// A classic shadow's update was stored that said something of `state.reported` (the
    /// fields it named, as sent): what the alert rules watch.
    void reportedUpdated(const QString &thing, const QJsonObject &reported);
    /// A classic shadow was stored changed (updated or deleted): the whole document, for the
    /// fleet index (direct connections only: the document lives on in this service).
    void classicStored(const QString &thing, const larder::shadow::ShadowDocument &document);

private:
    void handle(const QByteArray &payload, const QString &topic);
    shadow::ShadowDocument &documentFor(const QString &thing, const QString &shadowName);
    void reject(const shadow::ShadowTopics &topics, shadow::ShadowOperation op,
                const shadow::ShadowError &error, const QString &clientToken, qint64 now);
    void publish(const QString &topic, const QJsonObject &body);

    mqtt::MqttClient *m_client;
    CloudStore *m_store;
    QHash<QString, shadow::ShadowDocument> m_cache; ///< "thing\nshadow" → document
};

} // namespace larder::cloud
