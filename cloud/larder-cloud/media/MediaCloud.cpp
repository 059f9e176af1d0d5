// SPDX-License-Identifier: MIT
#include "MediaCloud.h"

namespace larder::cloud::media {

std::unique_ptr<MediaCloud> MediaCloud::make(const api::ApiAuth *auth, const FamilyStore *families,
                                             const Place &place, QString *error,
                                             const QString &connection)
{
    auto credentials = MediaSigner::loadOrMakeCredentials(place.keyPath, error);
    if (!credentials)
        return nullptr;
    auto cloud = std::unique_ptr<MediaCloud>(new MediaCloud(
        auth, families, MediaSigner::Config{std::move(*credentials), place.publicHost, 900},
        place.storeDir, connection));
    cloud->m_service.setLimits(place.limits);
    return cloud;
}

MediaCloud::MediaCloud(const api::ApiAuth *auth, const FamilyStore *families,
                       MediaSigner::Config signer, const QString &storeDir,
                       const QString &connection)
    : m_store(connection), m_quota(&m_store, storeDir), m_uploads(&m_store, storeDir),
      m_signer(std::move(signer)),
      m_service(families, &m_store, &m_uploads, &m_signer, &m_quota, storeDir),
      m_rest(auth, &m_service), m_objects(&m_store, &m_uploads, &m_signer, &m_quota)
{
}

} // namespace larder::cloud::media
