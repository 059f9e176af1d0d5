// SPDX-License-Identifier: MIT
#pragma once

#include "ShelfPhotos.h"

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud {

/// "Look inside" over REST (docs/api.md): `GET /devices/{id}/photos` → the fridge's latest
/// photo of each shelf, for the members of its family (404 for anyone else). The objects are
/// fetched like any of the family's media (`POST /families/{id}/media/download`).
class ShelfPhotosApi : public api::Endpoints
{
public:
    ShelfPhotosApi(const api::ApiAuth *auth, const ShelfPhotos *photos);
    void registerRoutes(QHttpServer &server) override;

private:
    const api::ApiAuth *m_auth;
    const ShelfPhotos *m_photos;
};

} // namespace larder::cloud
