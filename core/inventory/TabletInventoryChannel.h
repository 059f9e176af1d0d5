// SPDX-License-Identifier: MIT
#pragma once

#include "InventoryChannel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::inventory {

/// The list over the door tablet's own MQTT connection, authenticated by its certificate
/// (docs/api.md, "Ingredients"): requests on `larder/things/{thing}/ingredients/request` with a
/// clientToken, answers on `…/request/accepted|rejected`. A request that gets no answer in
/// answerTimeoutMs, or is cut off by a disconnect, fails with status 0 (the caller sends it
/// again; its change id makes the replay harmless).
class TabletInventoryChannel : public QObject, public InventoryChannel
{
    Q_OBJECT
public:
    TabletInventoryChannel(mqtt::MqttClient *mqtt, QString thing, QObject *parent = nullptr);
    ~TabletInventoryChannel() override;

    void list(const QString &thing, qint64 since, Callback done) override;
    void send(const QString &thing, const QList<Change> &changes, Callback done) override;
    /// The cloud's limit for a tablet's batch (its answer stays under MQTT's 128 KB).
    int batchLimit() const override { return 50; }
    QString feedTopic(const QString &thing) const override;

    static constexpr int answerTimeoutMs = 10'000;
    int waiting() const { return int(m_waiting.size()); }

private:
    struct Waiting
    {
        Callback done;
        qint64 deadline = 0;
    };
    void request(QJsonObject body, Callback done);
    void onMessage(const QByteArray &payload, const QString &topic);
    void failAll(const QString &why);
    void expire();

    QPointer<mqtt::MqttClient> m_mqtt;
    QString m_thing;
    QHash<QString, Waiting> m_waiting; ///< by clientToken
    QTimer m_expiry;
};

} // namespace larder::inventory
