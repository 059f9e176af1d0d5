// SPDX-License-Identifier: MIT
#include "MosquittoTransport.h"
#include "MqttErrors.h"

#include <QLoggingCategory>
#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <cerrno>
#include <mutex>
#include <poll.h>
#include <sys/socket.h>

Q_DECLARE_LOGGING_CATEGORY(lcMqtt)

namespace larder::mqtt {

namespace {
std::once_flag libInit;

MosquittoTransport *selfOf(void *self)
{
    return static_cast<MosquittoTransport *>(self);
}
} // namespace

MosquittoTransport::MosquittoTransport(QObject *parent) : MqttTransport(parent)
{
    std::call_once(libInit, [] { mosquitto_lib_init(); });
    m_serviceTimer.setInterval(500);
    connect(&m_serviceTimer, &QTimer::timeout, this, &MosquittoTransport::service);
}

MosquittoTransport::~MosquittoTransport()
{
    destroyHandle();
}

void MosquittoTransport::configure(const ConnectionSettings &settings)
{
    m_settings = settings;
    if (!m_active)
        destroyHandle(); // libmosquitto takes the id and TLS material at creation
}

void MosquittoTransport::setCredentials(const QString &username, const QString &password)
{
    m_settings.username = username;
    m_settings.password = password;
    if (m_mosq)
        mosquitto_username_pw_set(m_mosq,
                                  username.isEmpty() ? nullptr : username.toUtf8().constData(),
                                  password.isEmpty() ? nullptr : password.toUtf8().constData());
}

void MosquittoTransport::destroyHandle()
{
    unwatchSocket();
    if (m_mosq)
        mosquitto_destroy(m_mosq);
    m_mosq = nullptr;
}

bool MosquittoTransport::createHandle(QString *error)
{
    const QByteArray id = m_settings.clientId.toUtf8();
    m_mosq = mosquitto_new(id.isEmpty() ? nullptr : id.constData(), m_settings.cleanSession, this);
    if (!m_mosq) {
        *error = tr("Could not create the MQTT client.");
        return false;
    }
    mosquitto_int_option(m_mosq, MOSQ_OPT_PROTOCOL_VERSION,
                         m_settings.mqtt5 ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311);
    // Small control messages must not wait for Nagle's algorithm and delayed ACKs.
    mosquitto_int_option(m_mosq, MOSQ_OPT_TCP_NODELAY, 1);
    mosquitto_connect_v5_callback_set(m_mosq, &MosquittoTransport::onConnect);
    mosquitto_disconnect_v5_callback_set(m_mosq, &MosquittoTransport::onDisconnect);
    mosquitto_message_v5_callback_set(m_mosq, &MosquittoTransport::onMessage);
    mosquitto_subscribe_v5_callback_set(m_mosq, &MosquittoTransport::onSubscribe);
    mosquitto_publish_v5_callback_set(m_mosq, &MosquittoTransport::onPublish);
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
        *error =
            tr("The TLS settings are not usable: %1").arg(describeError(rc, m_lastLibraryError));
        mosquitto_destroy(m_mosq);
        m_mosq = nullptr;
        return false;
    }
    return true;
}

bool MosquittoTransport::open(QString *error)
{
    if (!m_mosq && !createHandle(error))
        return false;
    m_lastLibraryError.clear();
    m_connected = false;
    const int rc =
        mosquitto_connect_bind_async(m_mosq, m_settings.host.toUtf8().constData(), m_settings.port,
                                     m_settings.keepAliveSeconds, nullptr);
    if (rc != MOSQ_ERR_SUCCESS) {
        *error = describeConnectFailure(rc);
        return false;
    }
    if (mosquitto_socket(m_mosq) < 0) {
        // libmosquitto gave up on the connect without saying why (e.g. refused at once).
        *error = describeConnectFailure(MOSQ_ERR_CONN_REFUSED);
        return false;
    }
    m_active = true;
    watchSocket();
    return true;
}

void MosquittoTransport::close()
{
    if (m_mosq && m_active) {
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
    abandon();
}

void MosquittoTransport::abandon()
{
    m_active = false;
    m_connected = false;
    unwatchSocket();
}

QString MosquittoTransport::describeConnectFailure(int rc) const
{
    return tr("Cannot reach the broker at %1:%2: %3")
        .arg(m_settings.host)
        .arg(m_settings.port)
        .arg(describeError(rc, m_lastLibraryError));
}

void MosquittoTransport::watchSocket()
{
    unwatchSocket();
    const int fd = mosquitto_socket(m_mosq);
    if (fd < 0)
        return;
    m_readNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &MosquittoTransport::handleReadable);
    m_writeNotifier = new QSocketNotifier(fd, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this,
            &MosquittoTransport::handleWritable);
    m_writeNotifier->setEnabled(true);
    m_serviceTimer.start();
}

void MosquittoTransport::unwatchSocket()
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

void MosquittoTransport::updateWriteInterest()
{
    if (m_writeNotifier && m_mosq)
        m_writeNotifier->setEnabled(mosquitto_want_write(m_mosq));
}

bool MosquittoTransport::connectFailed()
{
    // While connecting, a refused or reset non-blocking connect can be swallowed by the TLS
    // layer; ask the socket itself so the failure is reported now, not at the timeout.
    if (!m_active || m_connected || !m_mosq)
        return false;
    pollfd fd{mosquitto_socket(m_mosq), POLLOUT, 0};
    if (fd.fd < 0 || ::poll(&fd, 1, 0) <= 0 || !(fd.revents & (POLLERR | POLLHUP)))
        return false;
    int socketError = 0;
    socklen_t length = sizeof socketError;
    ::getsockopt(fd.fd, SOL_SOCKET, SO_ERROR, &socketError, &length);
    errno = socketError ? socketError : ECONNREFUSED;
    fail(describeConnectFailure(MOSQ_ERR_ERRNO));
    return true;
}

void MosquittoTransport::fail(const QString &reason)
{
    abandon();
    emit lost(reason);
}

void MosquittoTransport::handleReadable()
{
    if (!m_mosq || connectFailed())
        return;
    ++m_inLoop;
    const int rc = mosquitto_loop_read(m_mosq, 1);
    --m_inLoop;
    handleLoopResult(rc);
}

void MosquittoTransport::handleWritable()
{
    if (!m_mosq || connectFailed())
        return;
    ++m_inLoop;
    const int rc = mosquitto_loop_write(m_mosq, 1);
    --m_inLoop;
    handleLoopResult(rc);
}

void MosquittoTransport::service()
{
    if (!m_mosq || connectFailed())
        return;
    ++m_inLoop;
    const int rc = mosquitto_loop_misc(m_mosq);
    --m_inLoop;
    handleLoopResult(rc);
}

void MosquittoTransport::handleLoopResult(int rc)
{
    if (rc == MOSQ_ERR_SUCCESS) {
        updateWriteInterest();
        return;
    }
    if (!m_active)
        return;
    fail(describeConnectFailure(rc));
}

int MosquittoTransport::subscribe(const QString &topicFilter, int qos)
{
    int mid = 0;
    const int rc =
        mosquitto_subscribe_v5(m_mosq, &mid, topicFilter.toUtf8().constData(), qos, 0, nullptr);
    updateWriteInterest();
    return rc == MOSQ_ERR_SUCCESS ? mid : -1;
}

void MosquittoTransport::unsubscribe(const QString &topicFilter)
{
    if (!m_mosq)
        return;
    mosquitto_unsubscribe_v5(m_mosq, nullptr, topicFilter.toUtf8().constData(), nullptr);
    updateWriteInterest();
}

int MosquittoTransport::publish(const PendingPublish &message, QString *error)
{
    if (!m_mosq || !m_connected)
        return NotConnected;
    int mid = 0;
    const int rc = mosquitto_publish_v5(m_mosq, &mid, message.topic.toUtf8().constData(),
                                        int(message.payload.size()), message.payload.constData(),
                                        message.qos, message.retain, nullptr);
    updateWriteInterest();
    if (rc == MOSQ_ERR_SUCCESS)
        return mid;
    if (rc == MOSQ_ERR_NO_CONN || rc == MOSQ_ERR_CONN_LOST)
        return NotConnected;
    *error =
        tr("Could not send to %1: %2").arg(message.topic, describeError(rc, m_lastLibraryError));
    return Failed;
}

// libmosquitto's callbacks: they run inside mosquitto_loop_read() on the Qt thread.

void MosquittoTransport::onConnect(mosquitto *, void *self, int rc, int, const mosquitto_property *)
{
    MosquittoTransport *transport = selfOf(self);
    if (rc != 0) {
        transport->abandon();
        emit transport->refused(rc);
        return;
    }
    transport->m_connected = true;
    emit transport->accepted();
}

void MosquittoTransport::onDisconnect(mosquitto *, void *self, int rc, const mosquitto_property *)
{
    MosquittoTransport *transport = selfOf(self);
    if (!transport->m_active)
        return;
    transport->fail(rc == 0 ? tr("The broker closed the connection.")
                            : transport->describeConnectFailure(rc));
}

void MosquittoTransport::onMessage(mosquitto *, void *self, const mosquitto_message *message,
                                   const mosquitto_property *)
{
    const QByteArray payload(static_cast<const char *>(message->payload), message->payloadlen);
    emit selfOf(self)->message(payload, QString::fromUtf8(message->topic));
}

void MosquittoTransport::onSubscribe(mosquitto *, void *self, int mid, int count,
                                     const int *granted, const mosquitto_property *)
{
    emit selfOf(self)->subscribeAnswered(mid, count > 0 && granted[0] < 0x80);
}

void MosquittoTransport::onPublish(mosquitto *, void *self, int mid, int reason,
                                   const mosquitto_property *)
{
    emit selfOf(self)->publishAnswered(mid, reason);
}

} // namespace larder::mqtt
