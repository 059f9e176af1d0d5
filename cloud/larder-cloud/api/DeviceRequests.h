// SPDX-License-Identifier: MIT
#pragma once

#include "Verdict.h"

#include <QObject>

#include <functional>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud {

class FamilyStore;

/// A feature's requests from a fridge's devices over MQTT (on AWS: an IoT rule and a function):
/// a door tablet or an appliance publishes `{"op","clientToken",…}` on
/// `larder/things/{thing}/{feature}/request` with its certificate and hears the answer — the
/// same fields and sentences as the feature's REST side, with `status` and the clientToken — on
/// `…/request/accepted|rejected`. The thing must be in a family (403 otherwise). The broker
/// plugin decides who may publish there; this service trusts the topic's thing.
class DeviceRequests : public QObject
{
    Q_OBJECT
public:
    /// Answers one request: the op, the asking thing, its family, the body.
    using Handler = std::function<api::Verdict(const QString &op, const QString &thing,
                                               const QString &familyId, const QJsonObject &body)>;

    DeviceRequests(mqtt::MqttClient *client, const FamilyStore *families, QString feature,
                   Handler handler, QObject *parent = nullptr);

    void start();
    QString filter() const;
    /// A request's largest payload (a media completion lists up to 10,000 parts' ETags).
    static constexpr qsizetype maxRequestBytes = 128 * 1024;

private:
    void onMessage(const QByteArray &payload, const QString &topic);
    void answer(const QString &thing, const QString &clientToken, const api::Verdict &verdict);

    mqtt::MqttClient *m_client;
    const FamilyStore *m_families;
    QString m_feature;
    Handler m_handler;
};

} // namespace larder::cloud
