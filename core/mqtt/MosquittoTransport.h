// SPDX-License-Identifier: MIT
#pragma once

#include "MqttTransport.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

struct mosquitto;
struct mosquitto_message;
// mosquitto.h's own name for the MQTT 5 property list.
// NOLINTNEXTLINE(bugprone-reserved-identifier)
typedef struct mqtt5__property mosquitto_property;

namespace larder::mqtt {

/// MqttTransport on libmosquitto over TLS, driven by the Qt event loop (QSocketNotifier and
/// QTimer, no extra threads).
class MosquittoTransport : public MqttTransport
{
    Q_OBJECT
public:
    explicit MosquittoTransport(QObject *parent = nullptr);
    ~MosquittoTransport() override;

    void configure(const ConnectionSettings &settings) override;
    void setCredentials(const QString &username, const QString &password) override;
    bool open(QString *error) override;
    void close() override;
    void abandon() override;
    int subscribe(const QString &topicFilter, int qos) override;
    void unsubscribe(const QString &topicFilter) override;
    int publish(const PendingPublish &message, QString *error) override;

private:
    static void onConnect(mosquitto *, void *self, int rc, int flags, const mosquitto_property *);
    static void onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *);
    static void onMessage(mosquitto *, void *self, const mosquitto_message *,
                          const mosquitto_property *);
    static void onSubscribe(mosquitto *, void *self, int mid, int count, const int *granted,
                            const mosquitto_property *);
    static void onPublish(mosquitto *, void *self, int mid, int reason, const mosquitto_property *);

    bool createHandle(QString *error);
    void destroyHandle();
    void watchSocket();
    void unwatchSocket();
    void service();
    void handleReadable();
    void handleWritable();
    void handleLoopResult(int rc);
    void updateWriteInterest();
    bool connectFailed();
    QString describeConnectFailure(int rc) const;
    void fail(const QString &reason);

    ConnectionSettings m_settings;
    mosquitto *m_mosq = nullptr;
    bool m_active = false;      ///< between open() and close()/abandon()/a failure
    bool m_connected = false;   ///< the broker accepted the current connection
    int m_inLoop = 0;           ///< inside libmosquitto's loop (our signals run from there)
    QString m_lastLibraryError; ///< last warning/error libmosquitto logged (TLS detail)
    QPointer<QSocketNotifier> m_readNotifier;
    QPointer<QSocketNotifier> m_writeNotifier;
    QTimer m_serviceTimer; ///< keep-alive and write readiness
};

} // namespace larder::mqtt
