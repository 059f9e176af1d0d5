// SPDX-License-Identifier: MIT
#include "CameraApi.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>

namespace larder::cloud::camera {

CameraApi::CameraApi(const api::ApiAuth *auth, const TurnRelay *relay)
    : m_auth(auth), m_relay(relay)
{
}

QJsonObject CameraApi::iceServers(const TurnRelay &relay, const QString &who, qint64 nowSecs)
{
    return {{QStringLiteral("iceServers"),
             QJsonArray::fromStringList(relay.iceServersFor(who, nowSecs))},
            {QStringLiteral("expiresIn"), relay.enabled() ? relay.lifetime() : 0}};
}

void CameraApi::registerRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/api/devices/<arg>/camera/ice-servers"),
                 QHttpServerRequest::Method::Get,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asFridgeMember(
                         thing, request, [&](const api::Caller &caller, const QString &) {
                             return api::reply(iceServers(*m_relay, caller.sub,
                                                          QDateTime::currentSecsSinceEpoch()));
                         });
                 });
}

} // namespace larder::cloud::camera
