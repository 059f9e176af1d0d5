// SPDX-License-Identifier: MIT
#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace larder::cloud {

/// The HTTP services' own listener, on loopback behind the edge: mutual TLS where only the
/// edge's certificate (@p peerName, signed by larder-cloud's CA) is admitted, so nothing reaches
/// Qt HttpServer but what the edge has let through (capped, timed, rate-limited). A connection
/// is handed on only once its handshake is done; handshakes that fail, stall (5 s) or come
/// from anyone else are dropped and never count as pending connections.
class EdgeOnlyServer : public QTcpServer
{
    Q_OBJECT
public:
    EdgeOnlyServer(const QSslConfiguration &tls, const QString &peerName,
                   QObject *parent = nullptr);

    /// Builds the TLS settings: our server certificate and key, client certificates verified
    /// against @p caPath. Empty on error (with a sentence in @p error).
    static QSslConfiguration tlsFrom(const QString &certPath, const QString &keyPath,
                                     const QString &caPath, QString *error);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QSslConfiguration m_tls;
    QString m_peerName;
};

} // namespace larder::cloud
