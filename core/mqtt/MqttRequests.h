// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace larder::mqtt {

class MqttClient;

/// A device's requests to one cloud service over its own MQTT connection, authenticated by its
/// certificate: each is published on the service's request topic with a clientToken, and its
/// answer arrives on `{request}/accepted` or `{request}/rejected` with the same token — the
/// shape of AWS IoT's request/answer topics. An accepted answer is ok with its body (its
/// `status`, if any, as the status); a rejected one carries the cloud's status and sentence. A
/// request that gets no answer in the timeout, or is cut off by a disconnect, fails with status
/// 0 (the caller sends it again).
class MqttRequests : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const api::ApiResult &)>;

    MqttRequests(MqttClient *mqtt, QString requestTopic, QObject *parent = nullptr);
    ~MqttRequests() override;

    void request(QJsonObject body, Callback done);

    static constexpr int answerTimeoutMs = 10'000;
    void setAnswerTimeout(int ms) { m_timeoutMs = ms; }
    int waiting() const { return int(m_waiting.size()); }

private:
    struct Waiting
    {
        Callback done;
        qint64 deadline = 0;
    };
    void onMessage(const QByteArray &payload, const QString &topic);
    void failAll(const QString &why);
    void expire();

    QPointer<MqttClient> m_mqtt;
    QString m_topic, m_accepted, m_rejected;
    QHash<QString, Waiting> m_waiting; ///< by clientToken
    QTimer m_expiry;
    int m_timeoutMs = answerTimeoutMs;
};

} // namespace larder::mqtt
