// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace larder::mqtt {

/// Where and how to connect: endpoint, identity and TLS material.
struct ConnectionSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 8883;
    QString clientId;
    int keepAliveSeconds = 30;
    bool mqtt5 = true;
    bool cleanSession = true;
    QString username;
    QString password;
    // TLS: always on. The CA verifies the server; cert/key give a client certificate (mTLS).
    QString caFile;
    QString certFile;
    QString keyFile;
    QString alpn;                  ///< e.g. "mqtt" for AWS IoT on port 443; empty: none
    int connectTimeoutMs = 10'000; ///< give up on an attempt after this long
    int offlineQueueLimit = 256;   ///< publishes kept while offline, oldest dropped first
    bool autoReconnect = true;
};

/// One publish, as held in the offline queue.
struct PendingPublish
{
    QString topic;
    QByteArray payload;
    int qos = 1;
    bool retain = false;
};

} // namespace larder::mqtt
