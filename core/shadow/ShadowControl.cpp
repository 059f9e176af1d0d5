// SPDX-License-Identifier: MIT
#include "ShadowControl.h"
#include "ShadowClient.h"

#include "fridge/FridgeSpec.h"

namespace larder::shadow {

using fridge::valueAt;

ShadowControl::ShadowControl(ShadowClient *client, const QString &path, Validator validator,
                             Formatter formatter, QObject *parent)
    : QObject(parent), m_client(client), m_path(path), m_validate(std::move(validator)),
      m_format(std::move(formatter))
{
    m_confirmTimer.setSingleShot(true);
    m_confirmTimer.setInterval(20'000);
    connect(&m_confirmTimer, &QTimer::timeout, this, [this] {
        if (m_phase == Phase::Waiting) {
            m_error = tr("The fridge has not confirmed %1 yet; it will apply it when it can.")
                          .arg(m_format(m_target));
            emit changed();
        }
    });
    connect(m_client, &ShadowClient::stateChanged, this, &ShadowControl::refresh);
    connect(m_client, &ShadowClient::updateAccepted, this, &ShadowControl::onAccepted);
    connect(m_client, &ShadowClient::requestFailed, this, &ShadowControl::onFailed);
    refresh();
}

bool ShadowControl::set(const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (auto problem = m_validate(json)) {
        m_error = *problem;
        emit changed();
        return false;
    }
    m_error.clear();
    if (json == m_reported && m_phase == Phase::Idle && !m_pending) {
        emit changed();
        return true; // already there
    }
    m_target = json;
    m_pending = true;
    m_phase = Phase::Sending;
    m_confirmTimer.stop();
    m_token = m_client->updateDesired(fridge::objectAt(m_path, json));
    emit changed();
    return true;
}

void ShadowControl::dismissError()
{
    if (m_error.isEmpty())
        return;
    m_error.clear();
    emit changed();
}

void ShadowControl::settle(const QString &error)
{
    m_phase = Phase::Idle;
    m_pending = false;
    m_token.clear();
    m_confirmTimer.stop();
    m_error = error;
}

void ShadowControl::refresh()
{
    const QJsonValue reported = valueAt(m_client->reported(), m_path);
    const QJsonValue desired = valueAt(m_client->desired(), m_path);
    const QJsonValue reportedAt =
        valueAt(m_client->metadata().value(QStringLiteral("reported")).toObject(), m_path);
    const QJsonValue desiredAt =
        valueAt(m_client->metadata().value(QStringLiteral("desired")).toObject(), m_path);
    m_reported = reported;
    const qint64 reportedTs = reportedAt.toObject().value(QStringLiteral("timestamp")).toInteger();
    m_lastReported = reportedTs > 0 ? QDateTime::fromSecsSinceEpoch(reportedTs) : QDateTime();

    if (m_phase != Phase::Idle) {
        if (reported == m_target)
            settle({}); // confirmed by the device
    } else if (!desired.isUndefined() && desired != reported) {
        // Someone's intent is outstanding (written elsewhere, or before we started).
        const qint64 desiredTs =
            desiredAt.toObject().value(QStringLiteral("timestamp")).toInteger();
        m_target = desired;
        m_pending = reported.isUndefined() || reportedTs <= desiredTs;
        if (!m_pending && m_error.isEmpty())
            m_error = tr("The fridge did not accept %1; it stays at %2.")
                          .arg(m_format(desired), m_format(reported));
    } else {
        m_pending = false;
    }
    emit changed();
}

void ShadowControl::onAccepted(const QString &token, const QJsonObject &state, qint64 version)
{
    if (!m_token.isEmpty() && token == m_token) {
        m_phase = Phase::Waiting;
        m_acceptedVersion = version;
        m_confirmTimer.start();
        if (m_reported == m_target)
            settle({});
        emit changed();
        return;
    }
    if (m_phase != Phase::Waiting || version <= m_acceptedVersion)
        return;
    const QJsonValue desired = valueAt(state.value(QStringLiteral("desired")).toObject(), m_path);
    if (!desired.isUndefined() && desired != m_target) {
        m_target = desired; // someone else asked for something newer: theirs wins
        emit changed();
        return;
    }
    const QJsonValue reported = valueAt(state.value(QStringLiteral("reported")).toObject(), m_path);
    if (reported.isUndefined())
        return;
    // The device reported this field after seeing our desired value.
    if (reported == m_target)
        settle({});
    else
        settle(tr("The fridge did not accept %1; it stays at %2.")
                   .arg(m_format(m_target), m_format(reported)));
    emit changed();
}

void ShadowControl::onFailed(const QString &token, int code, const QString &message)
{
    if (m_token.isEmpty() || token != m_token)
        return;
    settle(code == 0 ? tr("The cloud did not answer, so %1 was not saved. Try again.")
                           .arg(m_format(m_target))
                     : tr("The cloud refused %1: %2").arg(m_format(m_target), message));
    emit changed();
}

} // namespace larder::shadow
