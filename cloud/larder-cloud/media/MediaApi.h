// SPDX-License-Identifier: MIT
#pragma once

#include "MediaStore.h"

#include "larder-cloud/api/ApiCommon.h"

namespace larder::cloud {
class FamilyStore;
}

namespace larder::cloud::media {

/// The media store's REST side and the edge's question (docs/api.md, "Media"). Members of a
/// family ask for a presigned upload URL (`POST /families/{id}/media`: the object is reserved,
/// its key namespaced by family and owner, never guessable), tell the cloud the upload is done
/// (`…/media/complete`: size, content and SHA-256 checked, or the object deleted), and ask for a
/// download URL (`…/media/download`). The edge asks `GET /internal/media/authorize` before it
/// streams a body to or from disk; the answer is media::decide's, with S3's code in headers.
/// Only the cloud holds the signing secret.
class MediaApi : public api::Endpoints
{
public:
    struct Config
    {
        larder::media::sigv4::Credentials credentials;
        QString publicHost; ///< host:port as clients reach the edge
        QString storeDir;   ///< objects are files under it, at their paths
        int urlSeconds = 900;
    };

    MediaApi(const api::ApiAuth *auth, const FamilyStore *families, MediaStore *store,
             Config config);
    void registerRoutes(QHttpServer &server) override;

    /// The signing credentials kept in @p path (made, 0600, on the first start).
    static std::optional<larder::media::sigv4::Credentials>
    loadOrMakeCredentials(const QString &path, QString *error);

private:
    QHttpServerResponse reserve(const QString &familyId, const QHttpServerRequest &request);
    QHttpServerResponse complete(const QString &familyId, const QHttpServerRequest &request);
    QHttpServerResponse download(const QString &familyId, const QHttpServerRequest &request);
    QHttpServerResponse authorize(const QHttpServerRequest &request) const;
    QString urlFor(const QByteArray &method, const QString &path, const QByteArray &contentType,
                   qint64 now) const;
    QString fileOf(const QString &path) const { return m_config.storeDir + path; }

    const api::ApiAuth *m_auth;
    const FamilyStore *m_families;
    MediaStore *m_store;
    Config m_config;
};

} // namespace larder::cloud::media
