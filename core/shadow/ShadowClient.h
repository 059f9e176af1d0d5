// SPDX-License-Identifier: MIT
#pragma once

#include "ShadowTopics.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::shadow {

/// The client side of one thing's classic or named shadow over MQTT. It subscribes to the
/// answer topics and waits for the broker's grants before its first request, fetches the
/// full document after every (re)connect, tracks the version, writes with a clientToken,
/// times out requests without an answer and, on a 409, refetches and re-applies the
/// user's pending intent. Requests sent when a connection drops are sent again after the
/// reconnect (same clientToken), and a 429 is retried with a growing delay: nothing the
/// user asked for is lost to a broker crash or a busy thing. The same class serves the app (writes
/// desired) and a device (reports, receives deltas).
class ShadowClient : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool synced READ isSynced NOTIFY syncedChanged)
    Q_PROPERTY(qint64 version READ version NOTIFY versionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    enum class Role { App, Device };

    ShadowClient(mqtt::MqttClient *client, const QString &thing, const QString &shadowName = {},
                 Role role = Role::App, QObject *parent = nullptr);

    /// Subscribes; the first get follows the broker's grants (and every reconnect).
    void start();
    /// Unsubscribes (the client stays connected for others); pending requests are dropped.
    void stop();
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    /// How long to wait before asking again for a refused subscription (default 6 s: after the
    /// broker's 5 s reuse of membership answers).
    void setRefusalRetryDelay(int ms) { m_refusalRetryMs = ms; }
    /// When on (the app's default), desired writes carry the known version (optimistic locking).
    void setVersionChecks(bool on) { m_versionChecks = on; }

    QString thing() const { return m_thing; }
    bool isSynced() const { return m_synced; }
    qint64 version() const { return m_version; }
    QString error() const { return m_error; }
    QJsonObject desired() const { return m_desired; }
    QJsonObject reported() const { return m_reported; }
    QJsonObject metadata() const { return m_metadata; }
    /// Desired values written by this client that the cloud has not accepted yet.
    QJsonObject pendingIntent() const;

    /// Requests the full document.
    QString requestGet();
    /// Merges @p desired into the shadow's desired state. Returns the clientToken.
    QString updateDesired(const QJsonObject &desired);
    /// Reports @p reported (devices). Returns the clientToken.
    QString updateReported(const QJsonObject &reported);

signals:
    void syncedChanged();
    void versionChanged();
    void errorChanged();
    /// The local copy changed (full get, or a document from anyone's update).
    void stateChanged();
    /// `/update/accepted` from anyone: @p state holds only the fields of that request.
    void updateAccepted(const QString &clientToken, const QJsonObject &state, qint64 version);
    /// A request of ours failed: rejected by the cloud (@p code, AWS message) or timed out (code
    /// 0).
    void requestFailed(const QString &clientToken, int code, const QString &message);
    /// Devices: desired values that differ from reported.
    void deltaReceived(const QJsonObject &delta, qint64 version);
    /// The shadow does not exist yet (get answered 404).
    void shadowMissing();

private:
    struct Request
    {
        ShadowOperation op = ShadowOperation::Get;
        QJsonObject body;
        QTimer *timer = nullptr;
        bool sent = false;    ///< false while waiting for a connection
        int conflicts = 0;    ///< 409s answered so far
        int throttled = 0;    ///< 429s answered so far
        int timeouts = 0;     ///< times it went unanswered while connected
        quint64 sequence = 0; ///< order of creation (re-sent in this order)
    };

    void onMessage(const QByteArray &payload, const QString &topic);
    void onSubscribed(const QString &filter, bool granted);
    void onConnected();
    void onDisconnected();
    void applyFull(const QJsonObject &document);
    void applyDocuments(const QJsonObject &documents);
    void handleRejected(const QJsonObject &body, ShadowOperation op);
    QString send(ShadowOperation op, const QJsonObject &body);
    void transmit(const QString &token);
    void flushUnsent();
    void finish(const QString &token);
    void setVersion(qint64 version);
    void setSynced(bool synced);
    void setError(const QString &error);
    QString newToken();

    mqtt::MqttClient *m_client;
    QString m_thing;
    ShadowTopics m_topics;
    Role m_role;
    QStringList m_answerFilters;
    QSet<QString> m_awaitingGrants;
    QHash<QString, Request> m_requests;
    QJsonObject m_desired;
    QJsonObject m_reported;
    QJsonObject m_metadata;
    qint64 m_version = 0;
    bool m_synced = false;
    QString m_syncToken; ///< the get that (re)synchronises after a connect
    bool m_versionChecks = false;
    QString m_error;
    int m_refusals = 0; ///< refused subscriptions asked again since the last full grant
    int m_refusalRetryMs = 6'000;
    int m_requestTimeoutMs = 10'000;
    quint64 m_counter = 0;
    QHash<QString, quint64> m_lastWrite; ///< state leaf path → newest request writing it
    QString m_tokenPrefix;
};

} // namespace larder::shadow
