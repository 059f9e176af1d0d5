// SPDX-License-Identifier: MIT
#include "ShelfPhotosApi.h"

#include <QHttpServer>
#include <QHttpServerRequest>

namespace larder::cloud {

ShelfPhotosApi::ShelfPhotosApi(const api::ApiAuth *auth, const ShelfPhotos *photos)
    : m_auth(auth), m_photos(photos)
{
}

void ShelfPhotosApi::registerRoutes(QHttpServer &server)
{
    server.route(
        QStringLiteral("/api/devices/<arg>/photos"), QHttpServerRequest::Method::Get,
        [this](const QString &thing, const QHttpServerRequest &request) {
            return m_auth->asFridgeMember(
                thing, request, [&](const api::Caller &, const QString &) {
                    return api::reply(QJsonObject{
                        {QStringLiteral("photos"), ShelfPhotos::toJson(m_photos->latest(thing))}});
                });
        });
}

} // namespace larder::cloud
