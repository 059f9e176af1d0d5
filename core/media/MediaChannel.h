// SPDX-License-Identifier: MIT
#pragma once

#include "api/ApiClient.h"
#include "mqtt/MqttRequests.h"

#include <QObject>

#include <functional>

namespace larder::media {

/// How the app reaches the cloud's media decisions (docs/api.md, "Media"): a member over REST
/// with its ID token (RestMediaChannel), a door tablet over its own MQTT connection with its
/// certificate (TabletMediaChannel). Both answer in the same shapes; status 0 when the cloud
/// could not be reached. @p op is reserve, parts, complete, download or abort.
class MediaChannel
{
public:
    using Callback = std::function<void(const api::ApiResult &)>;
    virtual ~MediaChannel() = default;
    virtual void ask(const QString &op, const QJsonObject &body, Callback done) = 0;
};

/// A family's media over REST: `POST /families/{id}/media` and `…/media/{op}`.
class RestMediaChannel : public MediaChannel
{
public:
    RestMediaChannel(api::ApiClient *api, QString familyId)
        : m_api(api), m_familyId(std::move(familyId))
    {
    }
    void ask(const QString &op, const QJsonObject &body, Callback done) override;

private:
    api::ApiClient *m_api;
    QString m_familyId;
};

/// The fridge's family's media over the door tablet's (or the appliance's) MQTT connection:
/// `larder/things/{thing}/media/request` with the op in the body.
class TabletMediaChannel : public QObject, public MediaChannel
{
    Q_OBJECT
public:
    TabletMediaChannel(mqtt::MqttClient *mqtt, const QString &thing, QObject *parent = nullptr);
    void ask(const QString &op, const QJsonObject &body, Callback done) override;

private:
    mqtt::MqttRequests m_requests;
};

} // namespace larder::media
