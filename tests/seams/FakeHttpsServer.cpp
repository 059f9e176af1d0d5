// SPDX-License-Identifier: MIT
#include "FakeHttpsServer.h"

#include "common/Pki.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

QJsonObject FakeHttpsServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString FakeHttpsServer::Request::operation() const
{
    return QString::fromLatin1(headers.value("x-amz-target")).section(u'.', -1);
}

FakeHttpsServer::FakeHttpsServer(QObject *parent) : QAbstractHttpServer(parent)
{
    m_handler = [](const Request &) { return Reply{404, {{"error", "NotFound"}}}; };
}

bool FakeHttpsServer::start(QString *error)
{
    larder::cloud::Pki pki(m_dir.path());
    if (!m_dir.isValid() || !pki.ensure(error))
        return false;
    QFile certFile(pki.serverCertPath()), keyFile(pki.serverKeyPath());
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the test server's certificate");
        return false;
    }
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        *error = QStringLiteral("unusable test server certificate or key");
        return false;
    }
    sslSetup(cert, key);
    m_port = listen(QHostAddress::LocalHost, 0);
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on a loopback port");
        return false;
    }
    return true;
}

QString FakeHttpsServer::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QString FakeHttpsServer::caFile() const
{
    return larder::cloud::Pki(m_dir.path()).caCertPath();
}

FakeHttpsServer::Reply FakeHttpsServer::cognitoError(const QString &type, const QString &message)
{
    return {400, {{"__type", type}, {"message", message}}};
}

FakeHttpsServer::Reply FakeHttpsServer::apiError(int status, const QString &error,
                                                 const QString &message)
{
    return {status, {{"error", error}, {"message", message}}};
}

bool FakeHttpsServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Request recorded;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        recorded.method = "GET";
        break;
    case QHttpServerRequest::Method::Post:
        recorded.method = "POST";
        break;
    case QHttpServerRequest::Method::Patch:
        recorded.method = "PATCH";
        break;
    case QHttpServerRequest::Method::Delete:
        recorded.method = "DELETE";
        break;
    case QHttpServerRequest::Method::Put:
        recorded.method = "PUT";
        break;
    default:
        recorded.method = "OTHER";
        break;
    }
    recorded.path = request.url().path();
    if (request.url().hasQuery())
        recorded.path += u'?' + request.url().query();
    for (const auto &[name, value] : request.headers())
        recorded.headers.insert(name.toLower(), value);
    recorded.body = request.body();
    requests.append(recorded);

    const Reply reply = m_handler(recorded);
    if (reply.hangUp) {
        socket->abort();
        return true;
    }
    auto answer = [reply](QHttpServerResponder &responder) {
        responder.write(QJsonDocument(reply.json), QHttpServerResponder::StatusCode(reply.status));
    };
    if (reply.delayMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        answer(responder);
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(reply.delayMs, this,
                       [responder, answer, alive = QPointer<QTcpSocket>(socket)] {
                           if (alive && alive->state() == QAbstractSocket::ConnectedState)
                               answer(*responder);
                       });
    return true;
}

void FakeHttpsServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
