// SPDX-License-Identifier: MIT
#pragma once

#include "mqtt/MqttTransport.h"

#include <QList>
#include <QSet>

/// A scripted MqttTransport for fast tests of what sits on MqttClient: it accepts connections
/// and grants subscriptions on the next turn of the event loop (unless told otherwise), records
/// every publish, and lets the test deliver messages, drop the connection or refuse it.
class FakeMqttTransport : public larder::mqtt::MqttTransport
{
    Q_OBJECT
public:
    using MqttTransport::MqttTransport;

    // What the test scripts.
    bool acceptConnections = true; ///< false: attempts stay pending until accept()/refuse()
    int refuseWith = 0;            ///< non-zero: the next attempts are refused with this code
    QSet<QString> refusedFilters;  ///< subscriptions the "broker" does not grant
    bool reachable = true;         ///< false: open() fails at once

    // What the client did.
    larder::mqtt::ConnectionSettings settings;
    int attempts = 0;
    bool isOpen = false;
    QStringList subscriptions;                ///< every SUBSCRIBE, in order
    QList<larder::mqtt::PendingPublish> sent; ///< every PUBLISH, in order

    /// True when a publish to @p topic is in `sent`.
    bool hasSent(const QString &topic) const;
    /// Publishes sent to @p topic since the last takeSent(), removed from `sent`.
    QList<QByteArray> takeSent(const QString &topic);

    void accept();
    void refuse(int code);
    void drop(const QString &reason = QStringLiteral("the connection was reset"));
    void deliver(const QString &topic, const QByteArray &payload);

    void configure(const larder::mqtt::ConnectionSettings &settings) override;
    void setCredentials(const QString &username, const QString &password) override;
    bool open(QString *error) override;
    void close() override;
    void abandon() override;
    int subscribe(const QString &topicFilter, int qos) override;
    void unsubscribe(const QString &topicFilter) override;
    int publish(const larder::mqtt::PendingPublish &message, QString *error) override;

signals:
    /// Emitted for every publish the client makes.
    void published(const larder::mqtt::PendingPublish &message);

private:
    int m_nextId = 1;
    bool m_connected = false;
};
