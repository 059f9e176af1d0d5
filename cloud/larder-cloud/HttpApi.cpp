// SPDX-License-Identifier: MIT
#include "HttpApi.h"
#include "api/DeviceApi.h"
#include "api/FamilyApi.h"
#include "identity/IdentityService.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>

namespace larder::cloud {

namespace {
QHttpServerResponse json(const QJsonObject &body, int status,
                         const QByteArray &type = "application/json")
{
    return QHttpServerResponse(type, QJsonDocument(body).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode(status));
}
} // namespace

HttpApi::HttpApi(IdentityService *identity, FamilyApi *families, DeviceApi *devices,
                 QObject *parent)
    : QObject(parent), m_identity(identity)
{
    families->registerRoutes(m_server);
    devices->registerRoutes(m_server);
    m_server.route(QStringLiteral("/"), QHttpServerRequest::Method::Post,
                   [this](const QHttpServerRequest &request) {
                       const auto response = m_identity->handle(
                           QString::fromLatin1(request.value("X-Amz-Target")), request.body(),
                           request.remoteAddress().toString(), QDateTime::currentSecsSinceEpoch());
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

bool HttpApi::listen(int port, const QString &certPath, const QString &keyPath, QString *error)
{
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the server certificate or key for HTTPS");
        return false;
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull()) {
        *error = QStringLiteral("The server certificate or key is not usable for HTTPS");
        return false;
    }
    m_server.sslSetup(certificate, key, QSsl::TlsV1_2OrLater);
    if (m_server.listen(QHostAddress::LocalHost, quint16(port)) == 0) {
        *error = QStringLiteral("Cannot listen for HTTPS on 127.0.0.1:%1 (in use?)").arg(port);
        return false;
    }
    return true;
}

} // namespace larder::cloud
