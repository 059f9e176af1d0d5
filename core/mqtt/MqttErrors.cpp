// SPDX-License-Identifier: MIT
#include "MqttErrors.h"

#include <QCoreApplication>
#include <mosquitto.h>

#include <cerrno>
#include <cstring>

namespace larder::mqtt {

/// The words of this file, in the "MqttErrors" translation context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(MqttErrors)
};

QString describeError(int rc, const QString &detail)
{
    switch (rc) {
    case MOSQ_ERR_ERRNO:
        if (errno == ECONNREFUSED)
            return Words::tr("nothing is listening there (connection refused).");
        return QString::fromLocal8Bit(std::strerror(errno)) + u'.';
    case MOSQ_ERR_TLS:
    case MOSQ_ERR_TLS_HANDSHAKE:
        return detail.isEmpty() ? Words::tr("the secure connection could not be established.")
                                : Words::tr("the secure connection failed (%1).").arg(detail);
    case MOSQ_ERR_CONN_LOST:
        return Words::tr("the connection was lost.");
    case MOSQ_ERR_KEEPALIVE:
        return Words::tr("the broker stopped answering.");
    case MOSQ_ERR_EAI:
    case MOSQ_ERR_LOOKUP:
        return Words::tr("the host name could not be resolved.");
    case MOSQ_ERR_CONN_REFUSED:
        return Words::tr("the broker refused the connection.");
    case MOSQ_ERR_NOT_SUPPORTED:
        return Words::tr("this TLS option is not supported here.");
    default:
        return QString::fromUtf8(mosquitto_strerror(rc));
    }
}

QString describeConnack(int code)
{
    switch (code) {
    case 4:
    case 134:
        return Words::tr("wrong user name or password.");
    case 5:
    case 135:
        return Words::tr("not authorised.");
    case 2:
    case 133:
        return Words::tr("the client identifier was rejected.");
    case 3:
    case 136:
        return Words::tr("the service is unavailable.");
    case 138:
        return Words::tr("this client is banned.");
    default:
        return QString::fromUtf8(mosquitto_reason_string(code));
    }
}

} // namespace larder::mqtt
