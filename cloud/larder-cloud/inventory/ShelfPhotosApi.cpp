// SPDX-License-Identifier: MIT
#include "ShelfPhotosApi.h"

#include "larder-cloud/api/FamilyStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>

namespace larder::cloud {

ShelfPhotosApi::ShelfPhotosApi(const api::ApiAuth *auth, const FamilyStore *families,
                               const ShelfPhotos *photos)
    : m_auth(auth), m_families(families), m_photos(photos)
{
}

void ShelfPhotosApi::registerRoutes(QHttpServer &server)
{
    server.route(
        QStringLiteral("/api/devices/<arg>/photos"), QHttpServerRequest::Method::Get,
        [this](const QString &thing, const QHttpServerRequest &request) {
            return m_auth->asCaller(request, [&](const api::Caller &caller) {
                if (!m_families->canUseThing(caller.sub, thing))
                    return api::failure(404, "NotFound", QStringLiteral("No such fridge."));
                return api::reply(QJsonObject{
                    {QStringLiteral("photos"), ShelfPhotos::toJson(m_photos->latest(thing))}});
            });
        });
}

} // namespace larder::cloud
