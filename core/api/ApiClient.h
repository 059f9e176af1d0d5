// SPDX-License-Identifier: MIT
#pragma once

#include "ApiResult.h"

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>

#include <functional>

class QNetworkAccessManager;

namespace larder::api {

/// Calls Larder's REST API (PROTOCOLS.md section 5, docs/api.md) with the signed-in user's ID
/// token in `Authorization`. Asynchronous; every failure comes back as a sentence.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using TokenProvider = std::function<QString()>;
    using Callback = std::function<void(const ApiResult &)>;

    ApiClient(QNetworkAccessManager *network, const QString &baseUrl, TokenProvider token,
              const QString &caFile = {}, QObject *parent = nullptr);

    void get(const QString &path, Callback done);
    void post(const QString &path, const QJsonObject &body, Callback done);
    void patch(const QString &path, const QJsonObject &body, Callback done);
    void put(const QString &path, const QJsonObject &body, Callback done);
    void remove(const QString &path, Callback done);

    QNetworkAccessManager *network() const { return m_network; }
    const QSslConfiguration &tls() const { return m_tls; }

    /// A sentence for an HTTP status and the API's own message.
    static QString describe(int status, const QString &code, const QString &message);
    /// How long a call may stall before it fails as unreachable (default 15 s).
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }

signals:
    /// The API said the session is no longer valid (401).
    void unauthorized();

private:
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              Callback done);

    QNetworkAccessManager *m_network;
    QString m_baseUrl;
    TokenProvider m_token;
    QSslConfiguration m_tls;
    int m_transferTimeoutMs = 15'000;
};

} // namespace larder::api
