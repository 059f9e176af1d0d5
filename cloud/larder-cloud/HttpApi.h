// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServer>
#include <QObject>

namespace larder::cloud {

class DeviceApi;
class FamilyApi;
class IdentityService;

/// larder-cloud's HTTPS listener (TLS with the local CA's server certificate): the Cognito
/// API at `POST /`, the JWKS at `/{userPoolId}/.well-known/jwks.json`, and — as its issues
/// land — the REST API under `/api`.
class HttpApi : public QObject
{
    Q_OBJECT
public:
    HttpApi(IdentityService *identity, FamilyApi *families, DeviceApi *devices,
            QObject *parent = nullptr);

    /// Starts listening on 127.0.0.1:@p port with the given PEM certificate and key.
    bool listen(int port, const QString &certPath, const QString &keyPath, QString *error);

private:
    QHttpServer m_server;
    IdentityService *m_identity;
};

} // namespace larder::cloud
