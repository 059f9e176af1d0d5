// SPDX-License-Identifier: MIT
#pragma once

#include "InventoryChannel.h"

#include "mqtt/MqttRequests.h"

#include <QObject>

namespace larder::inventory {

/// A list over the door tablet's own MQTT connection, authenticated by its certificate
/// (docs/api.md, "Ingredients" and "Shopping lists"): requests on
/// `larder/things/{thing}/{feature}/request` with a clientToken, answers on
/// `…/request/accepted|rejected` (mqtt::MqttRequests), changes on `…/{feature}/changes`. The
/// feature is "ingredients" (the fridge's list) or "shopping" (its family's). A request that gets
/// no answer in time, or is cut off by a disconnect, fails with status 0 (the caller sends it
/// again; its change id makes the replay harmless).
class TabletInventoryChannel : public QObject, public InventoryChannel
{
    Q_OBJECT
public:
    TabletInventoryChannel(mqtt::MqttClient *mqtt, QString thing,
                           QString feature = QStringLiteral("ingredients"),
                           QObject *parent = nullptr);

    void list(const QString &thing, qint64 since, Callback done) override;
    void send(const QString &thing, const QList<Change> &changes, Callback done) override;
    /// The cloud's limit for a tablet's batch (its answer stays under MQTT's 128 KB).
    int batchLimit() const override { return 50; }
    QString feedTopic(const QString &thing) const override;

    int waiting() const { return m_requests.waiting(); }

private:
    void request(const QJsonObject &body, Callback done);

    QString m_thing;
    QString m_feature;
    mqtt::MqttRequests m_requests;
};

} // namespace larder::inventory
