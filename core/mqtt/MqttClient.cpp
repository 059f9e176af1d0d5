// SPDX-License-Identifier: MIT
#include "MqttClient.h"
#include "MqttErrors.h"

#include <QLoggingCategory>
#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <cerrno>
#include <mutex>
#include <poll.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcMqtt, "larder.mqtt", QtInfoMsg)

namespace larder::mqtt {

namespace {
std::once_flag libInit;

MqttClient *selfOf(void *self)
{
    return static_cast<MqttClient *>(self);
}
} // namespace

MqttClient::MqttClient(QObject *parent) : QObject(parent)
{
    std::call_once(libInit, [] { mosquitto_lib_init(); });
    m_serviceTimer.setInterval(500);
    connect(&m_serviceTimer, &QTimer::timeout, this, &MqttClient::service);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &MqttClient::startAttempt);
    m_attemptTimer.setSingleShot(true);
    connect(&m_attemptTimer, &QTimer::timeout, this, [this] {
        connectionLost(tr("The broker at %1:%2 did not answer in time.")
                           .arg(m_settings.host)
                           .arg(m_settings.port));
    });
}

MqttClient::~MqttClient()
{
    unwatchSocket();
    if (m_mosq)
        mosquitto_destroy(m_mosq);
}

void MqttClient::setSettings(const ConnectionSettings &settings)
{
    m_settings = settings;
    if (m_mosq) {
        unwatchSocket();
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
    }
}

void MqttClient::setCredentials(const QString &username, const QString &password)
{
    m_settings.username = username;
    m_settings.password = password;
    if (m_mosq)
        mosquitto_username_pw_set(m_mosq,
                                  username.isEmpty() ? nullptr : username.toUtf8().constData(),
                                  password.isEmpty() ? nullptr : password.toUtf8().constData());
}

void MqttClient::setClientId(const QString &clientId)
{
    if (m_settings.clientId == clientId)
        return;
    m_settings.clientId = clientId;
    if (m_mosq && m_state == Disconnected) { // libmosquitto takes the id at creation
        unwatchSocket();
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
    }
}

void MqttClient::setBackoff(const ReconnectBackoff::Settings &settings)
{
    m_backoff = ReconnectBackoff(settings);
}

bool MqttClient::createHandle()
{
    const QByteArray id = m_settings.clientId.toUtf8();
    m_mosq = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), m_settings.cleanSession, this);
    if (!m_mosq) {
        setError(tr("Could not create the MQTT client."));
        return false;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION,
                         m_settings.mqtt5 ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311);
    // Small control messages must not wait for Nagle's algorithm and delayed ACKs.
    mosquitto_int_option(m_mosq, MOSQ_OPT_TCP_NODELAY, 1);
    mosquitto_connect_v5_callback_set(m_mosq, &MqttClient::onConnect);
    mosquitto_disconnect_v5_callback_set(m_mosq, &MqttClient::onDisconnect);
    mosquitto_message_v5_callback_set(m_mosq, &MqttClient::onMessage);
    mosquitto_subscribe_v5_callback_set(m_mosq, &MqttClient::onSubscribe);
    mosquitto_publish_v5_callback_set(m_mosq, &MqttClient::onPublish);
    mosquitto_log_callback_set(m_mosq, [](mosquitto *, void *self, int level, const char *text) {
        if (level & (MOSQ_LOG_ERR | MOSQ_LOG_WARNING))
            selfOf(self)->m_lastLibraryError = QString::fromUtf8(text);
        qCDebug(lcMqtt) << text;
    });

    const QByteArray ca = m_settings.caFile.toLocal8Bit();
    const QByteArray cert = m_settings.certFile.toLocal8Bit();
    const QByteArray key = m_settings.keyFile.toLocal8Bit();
    // Without a CA file (an AWS profile), the operating system's trust store verifies the server.
    if (ca.isEmpty())
        mosquitto_int_option(m_mosq, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
    int rc = mosquitto_tls_set(m_mosq, ca.isEmpty() ? nullptr : ca.constData(),
                               ca.isEmpty() ? "/etc/ssl/certs" : nullptr,
                               cert.isEmpty() ? nullptr : cert.constData(),
                               key.isEmpty() ? nullptr : key.constData(), nullptr);
    if (rc == MOSQ_ERR_SUCCESS)
        rc = mosquitto_tls_opts_set(m_mosq, 1 /* verify peer */, nullptr, nullptr);
    if (rc == MOSQ_ERR_SUCCESS && !m_settings.alpn.isEmpty())
        rc = mosquitto_string_option(m_mosq, MOSQ_OPT_TLS_ALPN,
                                     m_settings.alpn.toUtf8().constData());
    if (rc == MOSQ_ERR_SUCCESS && !m_settings.username.isEmpty()) {
        rc = mosquitto_username_pw_set(
            m_mosq, m_settings.username.toUtf8().constData(),
            m_settings.password.isEmpty() ? nullptr : m_settings.password.toUtf8().constData());
    }
    if (rc != MOSQ_ERR_SUCCESS) {
        setError(
            tr("The TLS settings are not usable: %1").arg(describeError(rc, m_lastLibraryError)));
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
        return false;
    }
    return true;
}

void MqttClient::connectToHost()
{
    m_wanted = true;
    m_backoff.reset();
    if (m_state == Disconnected && !m_reconnectTimer.isActive())
        startAttempt();
}

void MqttClient::disconnectFromHost()
{
    m_wanted = false;
    m_reconnectTimer.stop();
    m_attemptTimer.stop();
    if (m_mosq && m_state != Disconnected) {
        mosquitto_disconnect_v5(m_mosq, MQTT_RC_NORMAL_DISCONNECTION, nullptr);
        if (m_inLoop) {
            // Called from one of our signals, inside libmosquitto's read loop: writing now
            // would wait on the loop's own lock. Send the DISCONNECT once the loop returned.
            QTimer::singleShot(0, this, [this] {
                if (m_mosq)
                    mosquitto_loop_write(m_mosq, 1);
            });
        } else {
            mosquitto_loop_write(m_mosq, 1);
        }
    }
    unwatchSocket();
    setState(Disconnected);
}

void MqttClient::startAttempt()
{
    if (!m_wanted)
        return;
    if (!m_mosq && !createHandle()) {
        scheduleReconnect();
        return;
    }
    m_lastLibraryError.clear();
    setState(Connecting);
    const int rc =
        mosquitto_connect_bind_async(m_mosq, m_settings.host.toUtf8().constData(), m_settings.port,
                                     m_settings.keepAliveSeconds, nullptr);
    if (rc != MOSQ_ERR_SUCCESS) {
        connectionLost(describeConnectFailure(rc));
        return;
    }
    if (mosquitto_socket(m_mosq) < 0) {
        // libmosquitto gave up on the connect without saying why (e.g. refused at once).
        connectionLost(describeConnectFailure(MOSQ_ERR_CONN_REFUSED));
        return;
    }
    watchSocket();
    m_attemptTimer.start(m_settings.connectTimeoutMs);
}

QString MqttClient::describeConnectFailure(int rc) const
{
    return tr("Cannot reach the broker at %1:%2: %3")
        .arg(m_settings.host)
        .arg(m_settings.port)
        .arg(describeError(rc, m_lastLibraryError));
}

void MqttClient::watchSocket()
{
    unwatchSocket();
    const int fd = mosquitto_socket(m_mosq);
    if (fd < 0)
        return;
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &MqttClient::handleReadable);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &MqttClient::handleWritable);
    m_writeNotifier->setEnabled(true);
    m_serviceTimer.start();
}

void MqttClient::unwatchSocket()
{
    m_serviceTimer.stop();
    for (QSocketNotifier *notifier : {m_readNotifier.data(), m_writeNotifier.data()}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
}

void MqttClient::updateWriteInterest()
{
    if (m_writeNotifier && m_mosq)
        m_writeNotifier->setEnabled(mosquitto_want_write(m_mosq));
}

bool MqttClient::connectFailed()
{
    // While connecting, a refused or reset non-blocking connect can be swallowed by the TLS
    // layer; ask the socket itself so the failure is reported now, not at the timeout.
    if (m_state != Connecting || !m_mosq)
        return false;
    pollfd fd{mosquitto_socket(m_mosq), POLLOUT, 0};
    if (fd.fd < 0 || ::poll(&fd, 1, 0) <= 0 || !(fd.revents & (POLLERR | POLLHUP)))
        return false;
    int socketError = 0;
    socklen_t length = sizeof socketError;
    ::getsockopt(fd.fd, SOL_SOCKET, SO_ERROR, &socketError, &length);
    errno = socketError ? socketError : ECONNREFUSED;
    connectionLost(describeConnectFailure(MOSQ_ERR_ERRNO));
    return true;
}

void MqttClient::handleReadable()
{
    if (!m_mosq || connectFailed())
        return;
    ++m_inLoop;
    const int rc = mosquitto_loop_read(m_mosq, 1);
    --m_inLoop;
    handleLoopResult(rc);
}

void MqttClient::handleWritable()
{
    if (!m_mosq)
        return;
    if (connectFailed())
        return;
    ++m_inLoop;
    const int rc = mosquitto_loop_write(m_mosq, 1);
    --m_inLoop;
    handleLoopResult(rc);
}

void MqttClient::service()
{
    if (!m_mosq || connectFailed())
        return;
    ++m_inLoop;
    const int rc = mosquitto_loop_misc(m_mosq);
    --m_inLoop;
    handleLoopResult(rc);
}

void MqttClient::handleLoopResult(int rc)
{
    if (rc == MOSQ_ERR_SUCCESS) {
        updateWriteInterest();
        return;
    }
    if (rc == MOSQ_ERR_NO_CONN && m_state == Disconnected)
        return;
    connectionLost(describeConnectFailure(rc));
}

void MqttClient::connectionLost(const QString &reason)
{
    m_attemptTimer.stop();
    unwatchSocket();
    const bool wasConnected = m_state == Connected;
    if (m_state == Disconnected && m_reconnectTimer.isActive())
        return; // already handled
    setError(reason);
    qCInfo(lcMqtt).noquote() << m_settings.clientId << "connection lost:" << reason;
    setState(Disconnected);
    if (wasConnected)
        emit disconnected();
    scheduleReconnect();
}

void MqttClient::scheduleReconnect()
{
    if (!m_wanted || !m_settings.autoReconnect || m_reconnectTimer.isActive())
        return;
    const int delay = m_backoff.nextDelayMs();
    qCDebug(lcMqtt) << m_settings.clientId << "reconnecting in" << delay << "ms";
    m_reconnectTimer.start(delay);
}

void MqttClient::setState(ClientState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MqttClient::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged(error);
}

void MqttClient::subscribe(const QString &topicFilter, int qos)
{
    m_subscriptions.insert(topicFilter, qos);
    if (m_state == Connected)
        sendSubscription(topicFilter, qos);
}

void MqttClient::unsubscribe(const QString &topicFilter)
{
    if (!m_subscriptions.remove(topicFilter) || m_state != Connected)
        return;
    mosquitto_unsubscribe_v5(m_mosq, nullptr, topicFilter.toUtf8().constData(), nullptr);
    updateWriteInterest();
}

void MqttClient::sendSubscription(const QString &topicFilter, int qos)
{
    int mid = 0;
    const int rc =
        mosquitto_subscribe_v5(m_mosq, &mid, topicFilter.toUtf8().constData(), qos, 0, nullptr);
    if (rc == MOSQ_ERR_SUCCESS)
        m_pendingSubscribes.insert(mid, topicFilter);
    else
        emit subscribed(topicFilter, false);
    updateWriteInterest();
}

int MqttClient::publish(const QString &topic, const QByteArray &payload, int qos, bool retain)
{
    if (m_state == Connected) {
        int mid = 0;
        const int rc =
            mosquitto_publish_v5(m_mosq, &mid, topic.toUtf8().constData(), int(payload.size()),
                                 payload.constData(), qos, retain, nullptr);
        updateWriteInterest();
        if (rc == MOSQ_ERR_SUCCESS)
            return mid;
        if (rc != MOSQ_ERR_NO_CONN && rc != MOSQ_ERR_CONN_LOST) {
            setError(
                tr("Could not send to %1: %2").arg(topic, describeError(rc, m_lastLibraryError)));
            return -1;
        }
    }
    if (m_queue.size() >= m_settings.offlineQueueLimit && !m_queue.isEmpty()) {
        const PendingPublish dropped = m_queue.takeFirst();
        emit messageDropped(dropped.topic);
    }
    m_queue.append({topic, payload, qos, retain});
    emit queuedCountChanged();
    return 0;
}

void MqttClient::flushQueue()
{
    if (m_queue.isEmpty())
        return;
    const QList<PendingPublish> queued = std::exchange(m_queue, {});
    emit queuedCountChanged();
    for (const PendingPublish &message : queued)
        publish(message.topic, message.payload, message.qos, message.retain);
}

} // namespace larder::mqtt
