// SPDX-License-Identifier: MIT
#include "FakeMqttTransport.h"

#include <QTimer>

using larder::mqtt::ConnectionSettings;
using larder::mqtt::PendingPublish;

bool FakeMqttTransport::hasSent(const QString &topic) const
{
    return std::any_of(sent.cbegin(), sent.cend(),
                       [&topic](const PendingPublish &message) { return message.topic == topic; });
}

QList<QByteArray> FakeMqttTransport::takeSent(const QString &topic)
{
    QList<QByteArray> payloads;
    for (qsizetype i = 0; i < sent.size();) {
        if (sent.at(i).topic == topic)
            payloads.append(sent.takeAt(i).payload);
        else
            ++i;
    }
    return payloads;
}

void FakeMqttTransport::accept()
{
    if (!isOpen)
        return;
    m_connected = true;
    emit accepted();
}

void FakeMqttTransport::refuse(int code)
{
    isOpen = false;
    emit refused(code);
}

void FakeMqttTransport::drop(const QString &reason)
{
    if (!isOpen)
        return;
    isOpen = false;
    m_connected = false;
    emit lost(reason);
}

void FakeMqttTransport::deliver(const QString &topic, const QByteArray &payload)
{
    if (m_connected)
        emit message(payload, topic);
}

void FakeMqttTransport::configure(const ConnectionSettings &next)
{
    settings = next;
}

void FakeMqttTransport::setCredentials(const QString &username, const QString &password)
{
    settings.username = username;
    settings.password = password;
}

bool FakeMqttTransport::open(QString *error)
{
    ++attempts;
    if (!reachable) {
        *error = QStringLiteral("Cannot reach the broker (fake)");
        return false;
    }
    isOpen = true;
    m_connected = false;
    QTimer::singleShot(0, this, [this, attempt = attempts] {
        if (!isOpen || attempt != attempts)
            return;
        if (refuseWith)
            refuse(refuseWith);
        else if (acceptConnections)
            accept();
    });
    return true;
}

void FakeMqttTransport::close()
{
    abandon();
}

void FakeMqttTransport::abandon()
{
    isOpen = false;
    m_connected = false;
}

int FakeMqttTransport::subscribe(const QString &topicFilter, int)
{
    if (!m_connected)
        return -1;
    subscriptions.append(topicFilter);
    const int id = m_nextId++;
    QTimer::singleShot(0, this, [this, id, granted = !refusedFilters.contains(topicFilter)] {
        if (m_connected)
            emit subscribeAnswered(id, granted);
    });
    return id;
}

void FakeMqttTransport::unsubscribe(const QString &topicFilter)
{
    subscriptions.removeAll(topicFilter);
}

int FakeMqttTransport::publish(const PendingPublish &message, QString *)
{
    if (!m_connected)
        return NotConnected;
    sent.append(message);
    emit published(message);
    const int id = m_nextId++;
    if (message.qos > 0)
        QTimer::singleShot(0, this, [this, id] {
            if (m_connected)
                emit publishAnswered(id, 0);
        });
    return id;
}
