// SPDX-License-Identifier: MIT
#include "EdgeOnlyServer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcEdgeOnly, "larder.cloud.http", QtInfoMsg)

namespace larder::cloud {

namespace {
constexpr int handshakeTimeoutMs = 5000;
}

EdgeOnlyServer::EdgeOnlyServer(const QSslConfiguration &tls, const QString &peerName,
                               QObject *parent)
    : QTcpServer(parent), m_tls(tls), m_peerName(peerName)
{
}

QSslConfiguration EdgeOnlyServer::tlsFrom(const QString &certPath, const QString &keyPath,
                                          const QString &caPath, QString *error)
{
    QFile certFile(certPath), keyFile(keyPath);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the server certificate or key for HTTPS");
        return {};
    }
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem);
    const QList<QSslCertificate> authorities = QSslCertificate::fromPath(caPath);
    if (certificate.isNull() || key.isNull() || authorities.isEmpty()) {
        *error = QStringLiteral("The server certificate, key or CA is not usable for HTTPS");
        return {};
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(key);
    tls.setCaCertificates(authorities);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

void EdgeOnlyServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tls);
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    const auto drop = [socket] {
        socket->abort();
        socket->deleteLater();
    };
    connect(deadline, &QTimer::timeout, socket, drop);
    connect(socket, &QAbstractSocket::errorOccurred, socket, drop);
    connect(socket, &QSslSocket::encrypted, this, [this, socket, deadline, drop] {
        deadline->stop();
        QObject::disconnect(socket, &QAbstractSocket::errorOccurred, socket, nullptr);
        if (!socket->peerCertificate()
                 .subjectInfo(QSslCertificate::CommonName)
                 .contains(m_peerName)) {
            qCWarning(lcEdgeOnly) << "refused a client that is not the edge";
            drop();
            return;
        }
        addPendingConnection(socket); // Qt HttpServer owns it from here
    });
    deadline->start(handshakeTimeoutMs);
    socket->startServerEncryption();
}

} // namespace larder::cloud
