// SPDX-License-Identifier: MIT
#pragma once

#include "BoardService.h"

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud::board {

/// The family board's REST side for members (docs/api.md, "The family board"), each answer
/// BoardService's: `GET|POST /families/{id}/board`, `DELETE /families/{id}/board/{postId}`,
/// `POST /families/{id}/board/{postId}/seen`. Outsiders get 404.
class BoardApi : public api::Endpoints
{
public:
    BoardApi(const api::ApiAuth *auth, BoardService *service);
    void registerRoutes(QHttpServer &server) override;

private:
    QHttpServerResponse
    asViewer(const QString &familyId, const QHttpServerRequest &request,
             const std::function<api::Verdict(const BoardService::Viewer &)> &action) const;

    const api::ApiAuth *m_auth;
    BoardService *m_service;
};

} // namespace larder::cloud::board
