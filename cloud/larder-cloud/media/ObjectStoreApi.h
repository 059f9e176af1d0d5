// SPDX-License-Identifier: MIT
#pragma once

#include "MediaAccess.h"
#include "MediaQuota.h"
#include "MediaSigner.h"
#include "MultipartUploads.h"

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud::media {

/// The object store's S3 side, as the edge asks it (docs/api.md, "Media"; reachable only as the
/// edge's internal requests over mutual TLS, `/internal/` is 404 from outside):
/// - `GET /internal/media/authorize`: before the edge streams a body to or from disk, whether
///   the presigned request may go on (204), or S3's status, code and sentence in headers; a
///   body to be written must also fit in the family's quota (MediaQuota::admit);
/// - `POST|DELETE /internal/media/multipart`: CreateMultipartUpload, CompleteMultipartUpload and
///   AbortMultipartUpload, decided the same way and answered with S3's XML.
/// The request as the client sent it arrives in `X-Original-*` headers.
class ObjectStoreApi : public api::Endpoints
{
public:
    ObjectStoreApi(MediaStore *store, MultipartUploads *uploads, const MediaSigner *signer,
                   MediaQuota *quota);
    void registerRoutes(QHttpServer &server) override;

private:
    Decision decideOn(const QHttpServerRequest &request) const;
    QHttpServerResponse authorize(const QHttpServerRequest &request) const;
    QHttpServerResponse multipart(const QHttpServerRequest &request);

    MediaStore *m_store;
    MultipartUploads *m_uploads;
    const MediaSigner *m_signer;
    MediaQuota *m_quota;
};

} // namespace larder::cloud::media
