// SPDX-License-Identifier: MIT
#include "HttpApi.h"
#include "api/ApiCommon.h"
#include "edge/EdgeOnlyServer.h"
#include "identity/IdentityService.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>

namespace larder::cloud {

namespace {
QHttpServerResponse json(const QJsonObject &body, int status,
                         const QByteArray &type = "application/json")
{
    return QHttpServerResponse(type, QJsonDocument(body).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode(status));
}
} // namespace

HttpApi::HttpApi(IdentityService *identity, const QList<api::Endpoints *> &endpoints,
                 QObject *parent)
    : QObject(parent), m_identity(identity)
{
    for (api::Endpoints *group : endpoints)
        group->registerRoutes(m_server);
    m_server.route(QStringLiteral("/"), QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) {
                       const auto response = m_identity->handle(
                           QString::fromLatin1(request.value("X-Amz-Target")), request.body(),
                           clientAddress(request), QDateTime::currentSecsSinceEpoch());
                       return json(response.body, response.status, "application/x-amz-json-1.1");
                   });
    m_server.route(
        QStringLiteral("/<arg>/.well-known/jwks.json"), QHttpServerRequest::Method::Get,
        [this](const QString &poolId) {
            if (poolId != m_identity->pool().userPoolId)
                return json({{QStringLiteral("message"), QStringLiteral("Not found")}}, 404);
            return json(m_identity->jwks(), 200);
        });
}

void HttpApi::nameInstance(const QByteArray &id)
{
    m_server.afterRequest([id](QHttpServerResponse &&response) {
        response.setHeader(QByteArrayLiteral("x-larder-instance"), id);
        return std::move(response);
    });
}

QString HttpApi::clientAddress(const QHttpServerRequest &request)
{
    const QByteArray forwarded = request.value("X-Real-IP");
    return forwarded.isEmpty() ? request.remoteAddress().toString()
                               : QString::fromLatin1(forwarded.left(64));
}

int HttpApi::listen(const QString &certPath, const QString &keyPath, const QString &caPath,
                    const QString &edgeName, QString *error)
{
    const QSslConfiguration tls = EdgeOnlyServer::tlsFrom(certPath, keyPath, caPath, error);
    if (tls.isNull())
        return 0;
    auto *server = new EdgeOnlyServer(tls, edgeName, this);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("Cannot listen on loopback for the HTTP services: %1")
                     .arg(server->errorString());
        return 0;
    }
    m_server.bind(server);
    return server->serverPort();
}

} // namespace larder::cloud
