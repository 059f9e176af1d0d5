// SPDX-License-Identifier: MIT
#pragma once

#include "MediaService.h"

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud::media {

/// The media store's REST side for members (docs/api.md, "Media"), each answer MediaService's:
/// `POST /families/{id}/media` reserves an object and hands out its upload URL (or opens a
/// multipart upload), `…/media/parts` gives part URLs, `…/media/complete` checks the upload,
/// `…/media/download` gives a download URL, `…/media/abort` gives an upload up.
class MediaApi : public api::Endpoints
{
public:
    MediaApi(const api::ApiAuth *auth, MediaService *service);
    void registerRoutes(QHttpServer &server) override;

private:
    QHttpServerResponse answer(const QString &familyId, const QHttpServerRequest &request,
                               const std::function<api::Verdict(const MediaService::Asker &,
                                                                const QJsonObject &)> &action);

    const api::ApiAuth *m_auth;
    MediaService *m_service;
};

} // namespace larder::cloud::media
