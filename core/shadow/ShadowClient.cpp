// SPDX-License-Identifier: MIT
#include "ShadowClient.h"
#include "ShadowClientPolicy.h"
#include "ShadowJson.h"

#include "mqtt/MqttClient.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcShadow, "larder.shadow", QtInfoMsg)

namespace larder::shadow {

using namespace client;

ShadowClient::ShadowClient(mqtt::MqttClient *client, const QString &thing,
                           const QString &shadowName, Role role, QObject *parent)
    : QObject(parent), m_client(client), m_thing(thing), m_topics(thing, shadowName), m_role(role),
      m_tokenPrefix(QString::number(QRandomGenerator::global()->generate(), 36))
{
    for (ShadowOperation op : {ShadowOperation::Get, ShadowOperation::Update}) {
        m_answerFilters << m_topics.answer(op, kAccepted) << m_topics.answer(op, kRejected);
    }
    m_answerFilters << m_topics.answer(ShadowOperation::Update, role == Role::App
                                                                    ? QStringLiteral("documents")
                                                                    : QStringLiteral("delta"));
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &ShadowClient::onMessage);
    connect(m_client, &mqtt::MqttClient::subscribed, this, &ShadowClient::onSubscribed);
    connect(m_client, &mqtt::MqttClient::connected, this, &ShadowClient::onConnected);
    connect(m_client, &mqtt::MqttClient::disconnected, this, &ShadowClient::onDisconnected);
}

void ShadowClient::start()
{
    m_awaitingGrants = QSet<QString>(m_answerFilters.begin(), m_answerFilters.end());
    for (const QString &filter : std::as_const(m_answerFilters))
        m_client->subscribe(filter, 1);
}

void ShadowClient::stop()
{
    m_awaitingGrants.clear();
    for (const QString &filter : std::as_const(m_answerFilters))
        m_client->unsubscribe(filter);
    setSynced(false);
}

void ShadowClient::onDisconnected()
{
    setSynced(false);
    // What was sent may be lost with the connection (a broker crash loses what it had
    // acknowledged but not delivered): send it again, same clientToken, once back in sync.
    // Updates are idempotent (the same values; with a version, a 409 refetches and re-applies).
    for (Request &request : m_requests) {
        if (!request.sent)
            continue;
        request.sent = false;
        request.timer->stop();
    }
}

void ShadowClient::onConnected()
{
    // MqttClient has re-sent our subscriptions; wait for their grants before asking.
    m_awaitingGrants = QSet<QString>(m_answerFilters.begin(), m_answerFilters.end());
    setSynced(false);
}

void ShadowClient::onSubscribed(const QString &filter, bool granted)
{
    if (!m_awaitingGrants.remove(filter))
        return;
    if (!granted) {
        setError(tr("Not allowed to use the shadow of %1.").arg(m_thing));
        // The broker reuses a membership answer for a few seconds: someone who joined the
        // family a moment ago may be refused once. Ask again a little later, a few times.
        if (m_refusals++ < kMaxRefusalRetries) {
            m_awaitingGrants.insert(filter);
            QTimer::singleShot(m_refusalRetryMs, this, [this, filter] {
                if (m_awaitingGrants.contains(filter) &&
                    m_client->state() == mqtt::MqttClient::Connected) {
                    m_client->unsubscribe(filter);
                    m_client->subscribe(filter, 1);
                }
            });
        }
        return;
    }
    if (m_awaitingGrants.isEmpty()) {
        m_refusals = 0;
        setError({});
        m_syncToken = requestGet();
    }
}

QString ShadowClient::newToken()
{
    return QStringLiteral("%1-%2").arg(m_tokenPrefix).arg(++m_counter);
}

QString ShadowClient::requestGet()
{
    return send(ShadowOperation::Get, {});
}

QString ShadowClient::updateDesired(const QJsonObject &desired)
{
    return send(ShadowOperation::Update, {{kState, QJsonObject{{kDesired, desired}}}});
}

QString ShadowClient::updateReported(const QJsonObject &reported)
{
    return send(ShadowOperation::Update, {{kState, QJsonObject{{kReported, reported}}}});
}

QJsonObject ShadowClient::pendingIntent() const
{
    QJsonObject intent;
    for (const Request &request : m_requests) {
        const QJsonObject desired =
            request.body.value(kState).toObject().value(kDesired).toObject();
        if (!desired.isEmpty())
            intent = json::merge(intent, desired);
    }
    return intent;
}

QString ShadowClient::send(ShadowOperation op, const QJsonObject &body)
{
    QString token = newToken();
    Request request;
    request.sequence = m_counter;
    request.op = op;
    request.body = body;
    request.timer = new QTimer(this);
    request.timer->setSingleShot(true);
    connect(request.timer, &QTimer::timeout, this, [this, token] {
        auto it = m_requests.find(token);
        if (it == m_requests.end())
            return;
        if (it->op == ShadowOperation::Update && it->timeouts++ < kMaxTimeoutRetries &&
            m_client->state() == mqtt::MqttClient::Connected) {
            transmit(token); // the same request, same clientToken: applying it twice is harmless
            return;
        }
        finish(token);
        if (token == m_syncToken) {
            // Without a full document we are not in sync: ask again while connected.
            setError(tr("The cloud is slow to answer; still trying."));
            QTimer::singleShot(1000, this, [this] {
                if (!m_synced && m_client->state() == mqtt::MqttClient::Connected &&
                    m_awaitingGrants.isEmpty())
                    m_syncToken = requestGet();
            });
            return;
        }
        emit requestFailed(token, 0, tr("The cloud did not answer in time."));
    });
    for (const QString &path : json::leafPaths(body.value(kState).toObject()))
        m_lastWrite.insert(path, request.sequence);
    m_requests.insert(token, request);
    // A get may go out at once (it is how we synchronise); writes wait until we are in sync,
    // and for their turn.
    if (m_client->state() == mqtt::MqttClient::Connected && op == ShadowOperation::Get)
        transmit(token);
    else if (m_client->state() == mqtt::MqttClient::Connected && m_synced)
        flushUnsent();
    return token;
}

void ShadowClient::transmit(const QString &token)
{
    auto it = m_requests.find(token);
    if (it == m_requests.end())
        return;
    QJsonObject body = it->body;
    body.insert(kClientToken, token);
    const bool writesDesired = body.value(kState).toObject().contains(kDesired);
    if (it->op == ShadowOperation::Update && writesDesired && m_versionChecks && m_version > 0)
        body.insert(kVersion, m_version);
    it->sent = true;
    it->timer->start(m_requestTimeoutMs);
    m_client->publish(m_topics.request(it->op), QJsonDocument(body).toJson(QJsonDocument::Compact),
                      1);
}

void ShadowClient::flushUnsent()
{
    // In the order they were made: a later update must land after an earlier one.
    QList<std::pair<quint64, QString>> unsent;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        if (!it->sent)
            unsent.append({it->sequence, it.key()});
    std::sort(unsent.begin(), unsent.end());
    int inFlight = 0;
    for (const Request &request : std::as_const(m_requests))
        inFlight += request.sent ? 1 : 0;
    for (const auto &[sequence, token] : std::as_const(unsent)) {
        if (inFlight >= kMaxInFlight && m_requests.value(token).op != ShadowOperation::Get)
            break; // the rest wait for answers: one client never floods its thing
        transmit(token);
        ++inFlight;
    }
}

void ShadowClient::finish(const QString &token)
{
    const Request request = m_requests.take(token);
    if (request.timer)
        request.timer->deleteLater();
    if (request.sent && m_synced && m_client->state() == mqtt::MqttClient::Connected)
        QTimer::singleShot(0, this, &ShadowClient::flushUnsent); // the next in line
}

void ShadowClient::setVersion(qint64 version)
{
    if (m_version == version)
        return;
    m_version = version;
    emit versionChanged();
}

void ShadowClient::setSynced(bool synced)
{
    if (m_synced == synced)
        return;
    m_synced = synced;
    if (synced) {
        setError({});
        flushUnsent();
    }
    emit syncedChanged();
}

void ShadowClient::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace larder::shadow
