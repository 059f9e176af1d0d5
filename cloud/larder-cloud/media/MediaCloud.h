// SPDX-License-Identifier: MIT
#pragma once

#include "MediaApi.h"
#include "ObjectStoreApi.h"

#include <memory>

namespace larder::cloud::media {

/// The media store's parts, built together: its records, its multipart uploads, the signer that
/// alone holds the secret, the decisions on who gets a URL, and the two HTTP sides (members'
/// REST, the edge's internal questions).
class MediaCloud
{
public:
    struct Place
    {
        QString keyPath;             ///< the signing key (made, 0600, on the first start)
        QString publicHost;          ///< host:port as clients reach the edge
        QString storeDir;            ///< where the edge keeps objects and parts
        MediaService::Limits limits; ///< each family's share of the store
    };
    /// Reads or makes the signing key; nullptr with @p error when it cannot. @p auth may be null
    /// where no REST is served (the MQTT plane); @p connection is the thread's database
    /// connection.
    static std::unique_ptr<MediaCloud> make(const api::ApiAuth *auth, const FamilyStore *families,
                                            const Place &place, QString *error,
                                            const QString &connection = QStringLiteral("larder"));

    MediaService *service() { return &m_service; }
    const MediaStore *store() const { return &m_store; }
    MediaApi *restApi() { return &m_rest; }
    ObjectStoreApi *storeApi() { return &m_objects; }

private:
    MediaCloud(const api::ApiAuth *auth, const FamilyStore *families, MediaSigner::Config signer,
               const QString &storeDir, const QString &connection);

    MediaStore m_store;
    MediaQuota m_quota;
    MultipartUploads m_uploads;
    MediaSigner m_signer;
    MediaService m_service;
    MediaApi m_rest;
    ObjectStoreApi m_objects;
};

} // namespace larder::cloud::media
