// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServer>
#include <QObject>

namespace larder::cloud {

class IdentityService;
namespace api {
class Endpoints;
}

/// larder-cloud's HTTP services behind the edge (EdgeConfig): the Cognito API at `POST /`, the
/// JWKS at `/{userPoolId}/.well-known/jwks.json`, and the REST API under `/api`. They listen on
/// loopback with mutual TLS that admits only the edge (EdgeOnlyServer): nothing reaches Qt
/// HttpServer, which buffers whole requests, but what the edge has capped and timed.
class HttpApi : public QObject
{
    Q_OBJECT
public:
    HttpApi(IdentityService *identity, const QList<api::Endpoints *> &endpoints,
            QObject *parent = nullptr);

    /// Starts listening on a free loopback port with the given PEM certificate and key, for
    /// clients whose certificate, signed by @p caPath, is named @p edgeName. The port, or 0.
    int listen(const QString &certPath, const QString &keyPath, const QString &caPath,
               const QString &edgeName, QString *error);

    /// Every answer names the instance that made it (`x-larder-instance`), as API Gateway's
    /// carry a request id: which of several instances behind the edge answered.
    void nameInstance(const QByteArray &id);

    /// Who sent @p request: the address the edge saw (its X-Real-IP), since every connection
    /// here comes from the edge.
    static QString clientAddress(const QHttpServerRequest &request);

private:
    QHttpServer m_server;
    IdentityService *m_identity;
};

} // namespace larder::cloud
