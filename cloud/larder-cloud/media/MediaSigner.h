// SPDX-License-Identifier: MIT
#pragma once

#include "media/SigV4.h"

#include <QString>

#include <optional>

namespace larder::cloud::media {

/// The cloud's one holder of the media signing secret: it presigns URLs for the store as
/// clients reach it, and tells the store's checks which secret an access key has.
class MediaSigner
{
public:
    struct Config
    {
        larder::media::sigv4::Credentials credentials;
        QString publicHost; ///< host:port as clients reach the edge
        int urlSeconds = 900;
    };

    explicit MediaSigner(Config config) : m_config(std::move(config)) {}

    /// A presigned URL for one verb on one object, valid urlSeconds from @p now; a content type
    /// is signed when given (the upload must then send it), and @p query (uploadId,
    /// partNumber…) too.
    QString url(const QByteArray &method, const QString &path, const QByteArray &contentType,
                qint64 now, const QList<std::pair<QString, QString>> &query = {}) const;
    larder::media::sigv4::SecretFor secretFor() const;
    int urlSeconds() const { return m_config.urlSeconds; }

    /// The signing credentials kept in @p path (made, 0600, on the first start).
    static std::optional<larder::media::sigv4::Credentials>
    loadOrMakeCredentials(const QString &path, QString *error);

private:
    Config m_config;
};

/// @p bytes random bytes as lower-case hex (ids nobody can guess).
QString randomHex(int bytes);

} // namespace larder::cloud::media
