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
    /// Reads or makes the signing key at @p keyPath; nullptr with @p error when it cannot.
    static std::unique_ptr<MediaCloud> make(const api::ApiAuth *auth, const FamilyStore *families,
                                            const QString &keyPath, const QString &publicHost,
                                            const QString &storeDir, QString *error);

    MediaService *service() { return &m_service; }
    MediaApi *restApi() { return &m_rest; }
    ObjectStoreApi *storeApi() { return &m_objects; }

private:
    MediaCloud(const api::ApiAuth *auth, const FamilyStore *families, MediaSigner::Config signer,
               const QString &storeDir);

    MediaStore m_store;
    MultipartUploads m_uploads;
    MediaSigner m_signer;
    MediaService m_service;
    MediaApi m_rest;
    ObjectStoreApi m_objects;
};

} // namespace larder::cloud::media
