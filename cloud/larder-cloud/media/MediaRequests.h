// SPDX-License-Identifier: MIT
#pragma once

#include "MediaService.h"

#include <QObject>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud::media {

/// The devices' way to presigned URLs (docs/api.md, "Media"; on AWS: an IoT rule and a function
/// that presigns): a door tablet or an appliance publishes `{"op","clientToken",…}` on
/// `larder/things/{thing}/media/request` with its certificate, and hears MediaService's answer —
/// the same fields and sentences as REST — on `…/request/accepted|rejected`. ops: reserve, parts,
/// complete, download, abort. A device asks for its own fridge's family: the board, and its own
/// fridge's objects. The broker plugin decides who may publish there; this service trusts the
/// topic's thing.
class MediaRequests : public QObject
{
    Q_OBJECT
public:
    MediaRequests(mqtt::MqttClient *client, const FamilyStore *families, MediaService *service,
                  QObject *parent = nullptr);

    void start();
    static QStringList requestFilters();
    /// A request's largest payload (a completion lists up to 10,000 parts' ETags).
    static constexpr qsizetype maxRequestBytes = 128 * 1024;

private:
    void onMessage(const QByteArray &payload, const QString &topic);
    void answer(const QString &thing, const QString &clientToken, const api::Verdict &verdict);

    mqtt::MqttClient *m_client;
    const FamilyStore *m_families;
    MediaService *m_service;
};

} // namespace larder::cloud::media
