// SPDX-License-Identifier: MIT
#pragma once

#include "mqtt/MqttRequests.h"

#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <functional>

namespace larder::media {

/// Puts one object into the cloud's store as a device — the appliance or the door tablet —
/// with its certificate (docs/api.md, "The object store"): a presigned URL asked over MQTT
/// (`larder/things/{thing}/media/request`, owned by this fridge), one HTTPS PUT, and the completion
/// with the object's size and SHA-256, which has the cloud check that it arrived whole. On any
/// failure the upload is given up in the store and @p done hears why. The shelf pictures and the
/// diagnostic reports (the fridge's and its door's) go this way.
class ObjectSender : public QObject
{
    Q_OBJECT
public:
    struct Object
    {
        QString kind;        ///< "snapshot", "diagnostic"
        QString contentType; ///< "image/jpeg", "application/json"
        QByteArray bytes;
    };
    /// The stored object's key and SHA-256 (hex), or an empty key and why not.
    using Done = std::function<void(const QString &key, const QString &sha256, const QString &why)>;

    ObjectSender(mqtt::MqttClient *client, const QString &thing, const QSslConfiguration &tls,
                 QObject *parent = nullptr);
    void send(const Object &object, Done done);

private:
    void put(const Object &object, const QString &key, const QString &url, const Done &done);
    void giveUp(const QString &key, const QString &why, const Done &done);

    mqtt::MqttRequests m_requests;
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
    QString m_thing;
};

} // namespace larder::media
