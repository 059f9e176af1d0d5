// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace larder::cloud {

/// The edge in front of larder-cloud's HTTP services — the role API Gateway plays on AWS —
/// as an nginx configuration: TLS termination on the public HTTPS port, caps on bodies and
/// headers, timeouts for idle and slow clients, per-address connection and rate limits (with
/// Cognito's and the API's throttling answers), and mutual TLS to the services on loopback.
class EdgeConfig
{
public:
    struct Files
    {
        QString serverCert, serverKey; ///< what clients see (larder-cloud's server certificate)
        QString ca;                    ///< verifies the services' certificate
        QString clientCert, clientKey; ///< the edge's own identity towards the services
        QString mediaDir; ///< the media store's objects, as files under `{mediaDir}/media/…`
    };
    /// What one request and one address may cost (docs/api.md, "The edge").
    struct Limits
    {
        static constexpr int maxBodyKiB = 1024;
        static constexpr int headerBufferKiB = 8; ///< four of them: at most 32 KiB of headers
        static constexpr int timeoutSeconds = 10; ///< handshake, headers, body, each send
        static constexpr int keepAliveSeconds = 30;
        static constexpr int connectionsPerAddress = 100; ///< requests in flight
        static constexpr int accountPerMinute = 60;       ///< SignUp, ForgotPassword, codes
        static constexpr int signInPerSecond = 10;        ///< InitiateAuth
        static constexpr int joinsPerMinute = 10;         ///< invitation codes tried
        static constexpr int apiPerSecond = 50;
        /// Media requests per address: each is decided by the cloud before the edge serves it.
        static constexpr int mediaPerSecond = 50;
        static constexpr int mediaBurst = 200;
        static constexpr int maxObjectMiB = 1024; ///< the largest object any kind allows
    };

    /// @p services: the HTTP services' addresses ("127.0.0.1:port"), one per larder-cloud
    /// instance serving the API; requests are balanced across them, and one that refuses or
    /// times out is skipped for a few seconds (a killed instance costs no request).
    EdgeConfig(const QString &directory, const QString &logDir, int publicPort,
               QStringList services, Files files);

    /// Writes nginx.conf and makes the edge's directories (0700).
    bool write(QString *error) const;
    /// The media store's locations: S3-style object requests, streamed to and from disk once
    /// larder-cloud has said yes to their presigned URL (`auth_request`), S3's XML errors.
    QString mediaLocations() const;
    QString configPath() const { return m_dir + QStringLiteral("/nginx.conf"); }
    /// nginx's program and its arguments for this configuration.
    static QString program();
    QStringList arguments() const;
    QString logPath() const { return m_logDir + QStringLiteral("/edge.log"); }

private:
    QString text() const;
    QString servers() const;

    QString m_dir;
    QString m_logDir;
    int m_publicPort;
    QStringList m_services;
    Files m_files;
};

} // namespace larder::cloud
