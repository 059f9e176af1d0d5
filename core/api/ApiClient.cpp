// SPDX-License-Identifier: MIT
#include "ApiClient.h"
#include "CloudSentences.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>

namespace larder::api {

ApiClient::ApiClient(QNetworkAccessManager *network, const QString &baseUrl, TokenProvider token,
                     const QString &caFile, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(baseUrl), m_token(std::move(token)),
      m_tls(QSslConfiguration::defaultConfiguration())
{
    if (!caFile.isEmpty())
        m_tls.setCaCertificates(QSslCertificate::fromPath(caFile));
}

QString ApiClient::describe(int status, const QString &code, const QString &message)
{
    switch (status) {
    case 0:
        return tr("Larder cannot be reached. Check your internet connection and try again.");
    case 401:
        return tr("Your session has ended. Please sign in again.");
    case 400:
    case 403:
    case 404:
    case 409:
    case 413:
    case 429:
    case 507: {
        const QString sentence = CloudSentences::forRefusal(status, code, message);
        return sentence.isEmpty() ? tr("That did not work (%1).").arg(status) : sentence;
    }
    default:
        return tr("Something went wrong on our side (%1). Please try again.").arg(status);
    }
}

void ApiClient::send(const QByteArray &method, const QString &path, const QJsonObject &body,
                     Callback done)
{
    QNetworkRequest request{QUrl(m_baseUrl + path)};
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Authorization", m_token().toLatin1());
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network->sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        ApiResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = QJsonDocument::fromJson(reply->readAll()).object();
        result.ok = result.status >= 200 && result.status < 300;
        if (!result.ok)
            result.message = describe(result.status, result.body.value(u"error").toString(),
                                      result.body.value(u"message").toString());
        if (result.status == 401)
            emit unauthorized();
        done(result);
    });
}

void ApiClient::get(const QString &path, Callback done)
{
    send("GET", path, {}, std::move(done));
}

void ApiClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    send("POST", path, body, std::move(done));
}

void ApiClient::patch(const QString &path, const QJsonObject &body, Callback done)
{
    send("PATCH", path, body, std::move(done));
}

void ApiClient::put(const QString &path, const QJsonObject &body, Callback done)
{
    send("PUT", path, body, std::move(done));
}

void ApiClient::remove(const QString &path, Callback done)
{
    send("DELETE", path, {}, std::move(done));
}

} // namespace larder::api
