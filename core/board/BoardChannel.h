// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiClient.h"
#include "mqtt/MqttRequests.h"

#include <QObject>

namespace larder::board {

/// How the app reaches a family's board (docs/api.md, "The family board"): a member over REST
/// (RestBoardChannel), the door tablet over its MQTT connection (TabletBoardChannel); both
/// answer in the same shapes. @p op is list (`before`, `limit`), post, delete or seen (`id`).
class BoardChannel
{
public:
    using Callback = std::function<void(const api::ApiResult &)>;
    virtual ~BoardChannel() = default;
    virtual void ask(const QString &op, const QJsonObject &body, Callback done) = 0;
    /// Where the cloud publishes the board's changes for this reader.
    virtual QString feedTopic() const = 0;
};

class RestBoardChannel : public BoardChannel
{
public:
    RestBoardChannel(api::ApiClient *api, QString familyId)
        : m_api(api), m_familyId(std::move(familyId))
    {
    }
    void ask(const QString &op, const QJsonObject &body, Callback done) override;
    QString feedTopic() const override;

private:
    api::ApiClient *m_api;
    QString m_familyId;
};

class TabletBoardChannel : public QObject, public BoardChannel
{
    Q_OBJECT
public:
    TabletBoardChannel(mqtt::MqttClient *mqtt, QString thing, QObject *parent = nullptr);
    void ask(const QString &op, const QJsonObject &body, Callback done) override;
    QString feedTopic() const override;

private:
    QString m_thing;
    mqtt::MqttRequests m_requests;
};

} // namespace larder::board
