// SPDX-License-Identifier: MIT
// ShadowClient's other half: the cloud's answers (accepted, documents, delta, rejected with its
// retries) and what they do to the local copy.
#include "ShadowClient.h"
#include "ShadowClientPolicy.h"
#include "ShadowJson.h"

#include "mqtt/MqttClient.h"

#include <QJsonDocument>
#include <QTimer>

namespace larder::shadow {

using namespace client;

void ShadowClient::onMessage(const QByteArray &payload, const QString &topic)
{
    if (!topic.startsWith(m_topics.prefix()))
        return;
    const auto parsed = ShadowTopic::parse(topic);
    if (!parsed || parsed->answer.isEmpty() ||
        m_topics.prefix() != ShadowTopics(parsed->thing, parsed->shadowName).prefix())
        return;
    QJsonParseError error;
    const QJsonObject body = QJsonDocument::fromJson(payload, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcShadow) << "ignoring malformed answer on" << topic;
        return;
    }
    const QString token = body.value(kClientToken).toString();

    if (parsed->answer == kRejected) {
        handleRejected(body, parsed->operation);
        return;
    }
    switch (parsed->operation) {
    case ShadowOperation::Get:
        if (!m_requests.contains(token))
            return; // someone else's get
        finish(token);
        applyFull(body);
        if (token == m_syncToken)
            setSynced(true);
        return;
    case ShadowOperation::Update:
        if (parsed->answer == kAccepted) {
            const qint64 version = body.value(kVersion).toInteger();
            const QJsonObject state = body.value(kState).toObject();
            if (version > m_version) {
                const qint64 timestamp = body.value(QStringLiteral("timestamp")).toInteger();
                for (const QString &section : {kDesired, kReported}) {
                    const QJsonValue patch = state.value(section);
                    QJsonObject &local = section == kDesired ? m_desired : m_reported;
                    QJsonObject meta = m_metadata.value(section).toObject();
                    if (patch.isNull()) {
                        local = {};
                        meta = {};
                    } else if (patch.isObject()) {
                        local = json::merge(local, patch.toObject());
                        meta = json::mergeMetadata(meta, patch.toObject(), timestamp);
                    }
                    m_metadata.insert(section, meta);
                }
                setVersion(version);
                emit stateChanged();
            }
            finish(token);
            emit updateAccepted(token, state, version);
        } else if (parsed->answer == QStringLiteral("documents")) {
            const QJsonObject current = body.value(QStringLiteral("current")).toObject();
            const qint64 version = current.value(kVersion).toInteger();
            if (version >= m_version) {
                const QJsonObject state = current.value(kState).toObject();
                m_desired = state.value(kDesired).toObject();
                m_reported = state.value(kReported).toObject();
                m_metadata = current.value(QStringLiteral("metadata")).toObject();
                setVersion(version);
                emit stateChanged();
            }
        } else if (parsed->answer == QStringLiteral("delta")) {
            setVersion(std::max(m_version, body.value(kVersion).toInteger()));
            emit deltaReceived(body.value(kState).toObject(), body.value(kVersion).toInteger());
        }
        return;
    case ShadowOperation::Delete:
        return;
    }
}

void ShadowClient::handleRejected(const QJsonObject &body, ShadowOperation op)
{
    const QString token = body.value(kClientToken).toString();
    auto it = m_requests.find(token);
    if (it == m_requests.end())
        return;
    const int code = body.value(QStringLiteral("code")).toInt();
    const QString message = body.value(QStringLiteral("message")).toString();
    if (op == ShadowOperation::Get && code == 404) {
        finish(token);
        m_desired = m_reported = m_metadata = {};
        emit stateChanged();
        emit shadowMissing();
        if (token == m_syncToken)
            setSynced(true);
        return;
    }
    if (code == 429 && it->throttled < kMaxThrottledRetries) {
        // Too many requests in flight for this thing: the same request again, a little later.
        // Fields a later request of ours writes are left to it (it carries the newer intent).
        const int delay = 100 << it->throttled++;
        it->timer->stop();
        QSet<QString> newer;
        for (const QString &path : json::leafPaths(it->body.value(kState).toObject()))
            if (m_lastWrite.value(path) > it->sequence)
                newer.insert(path);
        if (!newer.isEmpty()) {
            const QJsonObject rest = json::withoutPaths(it->body.value(kState).toObject(), newer);
            if (rest.isEmpty()) {
                finish(token); // wholly superseded
                return;
            }
            it->body.insert(kState, rest);
        }
        QTimer::singleShot(delay, this, [this, token] {
            if (m_requests.contains(token) && m_client->state() == mqtt::MqttClient::Connected)
                transmit(token);
        });
        return;
    }
    if (op == ShadowOperation::Update && code == 409 && it->conflicts < kMaxConflictRetries) {
        // Someone else changed the shadow: fetch the current version, then send the user's
        // intent again (transmit() stamps the new version).
        ++it->conflicts;
        it->sent = false;
        it->timer->stop();
        qCDebug(lcShadow) << m_thing << "version conflict; refetching and re-applying";
        setSynced(false);
        m_syncToken = requestGet();
        return;
    }
    finish(token);
    qCInfo(lcShadow) << m_thing << "request rejected" << code << message;
    emit requestFailed(token, code, message);
}

void ShadowClient::applyFull(const QJsonObject &document)
{
    const QJsonObject state = document.value(kState).toObject();
    m_desired = state.value(kDesired).toObject();
    m_reported = state.value(kReported).toObject();
    m_metadata = document.value(QStringLiteral("metadata")).toObject();
    // A get answers with the current version: adopt it even if it went down (deleted shadow).
    m_version = document.value(kVersion).toInteger();
    emit versionChanged();
    emit stateChanged();
    const QJsonObject delta = state.value(QStringLiteral("delta")).toObject();
    if (m_role == Role::Device && !delta.isEmpty())
        emit deltaReceived(delta, m_version);
}

} // namespace larder::shadow
