// SPDX-License-Identifier: MIT
#pragma once

#include "media/ObjectSender.h"

#include <QJsonArray>

#include <functional>

namespace larder::fridge {

/// Sends the shelf cameras' pictures to the cloud's object store as the appliance, with its
/// certificate (docs/api.md, "Look inside"): for each, a presigned URL asked over MQTT
/// (`larder/things/{thing}/media/request`, kind `snapshot`, owned by this fridge), one HTTPS
/// PUT, and the completion that has the cloud check it (ObjectSender). One at a time; one that
/// fails is left out (and given up in the store), the others still go.
class SnapshotSender : public QObject
{
    Q_OBJECT
public:
    struct Shot
    {
        QString shelf;
        QByteArray jpeg;
    };
    /// `[{"shelf","key"}…]` of the pictures the cloud stored, in the order given.
    using Done = std::function<void(const QJsonArray &stored)>;

    SnapshotSender(mqtt::MqttClient *client, const QString &thing, const QSslConfiguration &tls,
                   QObject *parent = nullptr);

    void send(QList<Shot> shots, Done done);
    bool busy() const { return m_busy; }

private:
    void next();

    media::ObjectSender m_sender;
    QString m_thing;
    QList<Shot> m_queue;
    QJsonArray m_stored;
    Done m_done;
    bool m_busy = false;
};

} // namespace larder::fridge
