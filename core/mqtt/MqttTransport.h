// SPDX-License-Identifier: MIT
#pragma once

#include "MqttTypes.h"

#include <QObject>

namespace larder::mqtt {

/// The wire under MqttClient: one connection attempt at a time, subscribe, publish, and the
/// broker's answers as signals. MqttClient keeps everything else (state, reconnects with
/// backoff, subscriptions across reconnects, the offline queue). MosquittoTransport is the real
/// one; tests put a scripted fake here to run the client logic in milliseconds.
class MqttTransport : public QObject
{
    Q_OBJECT
public:
    /// publish() results that are not message ids.
    enum PublishFailure { NotConnected = -1, Failed = -2 };

    using QObject::QObject;

    /// Where and as whom the next attempt connects (drops an idle connection handle).
    virtual void configure(const ConnectionSettings &settings) = 0;
    /// New credentials for the next attempt.
    virtual void setCredentials(const QString &username, const QString &password) = 0;
    /// Starts an attempt; the answer comes as accepted(), refused() or lost(). False, with
    /// @p error set, when it could not even start.
    virtual bool open(QString *error) = 0;
    /// Sends DISCONNECT and stops (no lost() follows that matters: the client stopped wanting).
    virtual void close() = 0;
    /// Forgets the current attempt or connection without a word to the broker.
    virtual void abandon() = 0;
    /// A SUBSCRIBE; returns its message id, or -1.
    virtual int subscribe(const QString &topicFilter, int qos) = 0;
    virtual void unsubscribe(const QString &topicFilter) = 0;
    /// A PUBLISH; returns its message id, NotConnected (queue it) or Failed (@p error set).
    virtual int publish(const PendingPublish &message, QString *error) = 0;

signals:
    /// The broker accepted the connection (CONNACK success).
    void accepted();
    /// The broker refused it at CONNECT (the CONNACK code).
    void refused(int code);
    /// The attempt or the connection failed or ended (a sentence).
    void lost(const QString &reason);
    void message(const QByteArray &payload, const QString &topic);
    void subscribeAnswered(int messageId, bool granted);
    void publishAnswered(int messageId, int reasonCode);
};

} // namespace larder::mqtt
