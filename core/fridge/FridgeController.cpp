// SPDX-License-Identifier: MIT
#include "FridgeController.h"
#include "FridgeSpec.h"

#include "shadow/ShadowJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace larder::fridge {

namespace {
/// The fridge's lifecycle events, one topic each (an app may not subscribe with wildcards).
QStringList presenceTopics(const QString &thing)
{
    return {QStringLiteral("$aws/events/presence/connected/%1").arg(thing),
            QStringLiteral("$aws/events/presence/disconnected/%1").arg(thing)};
}

qint64 newestTimestamp(const QJsonValue &metadata)
{
    if (metadata.isObject()) {
        const QJsonObject object = metadata.toObject();
        qint64 newest = object.value(QStringLiteral("timestamp")).toInteger();
        for (auto it = object.begin(); it != object.end(); ++it)
            newest = std::max(newest, newestTimestamp(it.value()));
        return newest;
    }
    qint64 newest = 0;
    for (const QJsonValue &element : metadata.toArray())
        newest = std::max(newest, newestTimestamp(element));
    return newest;
}
} // namespace

FridgeController::FridgeController(mqtt::MqttClient *client, const QString &thing,
                                   const QString &displayName, QObject *parent)
    : QObject(parent), m_client(client), m_thing(thing),
      m_displayName(displayName.isEmpty() ? thing : displayName),
      m_shadow(new shadow::ShadowClient(client, thing, {}, shadow::ShadowClient::Role::App, this)),
      m_modes(new ModeModel(this))
{
    m_shadow->setVersionChecks(true);
    m_fridgeSetpoint = makeControl(FridgeSpec::fridgeSetpoint());
    m_freezerSetpoint = makeControl(FridgeSpec::freezerSetpoint());
    m_mode = makeControl(FridgeSpec::mode());
    m_iceMaker = makeControl(FridgeSpec::iceMaker());

    connect(m_client, &mqtt::MqttClient::stateChanged, this, &FridgeController::connectionChanged);
    connect(m_client, &mqtt::MqttClient::errorChanged, this, &FridgeController::connectionChanged);
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &FridgeController::onPresence);
    connect(m_shadow, &shadow::ShadowClient::syncedChanged, this,
            &FridgeController::connectionChanged);
    connect(m_shadow, &shadow::ShadowClient::errorChanged, this,
            &FridgeController::connectionChanged);
    connect(m_shadow, &shadow::ShadowClient::stateChanged, this, [this] {
        updateLastReported();
        emit readingsChanged();
    });
    m_silenceTimer.setInterval(5000);
    connect(&m_silenceTimer, &QTimer::timeout, this, &FridgeController::onlineChanged);
    m_silenceTimer.start();
}

shadow::ShadowControl *FridgeController::makeControl(const QString &path)
{
    const ModeModel *modes = m_modes;
    auto format = [path, modes](const QJsonValue &value) -> QString {
        if (value.isUndefined() || value.isNull())
            return tr("nothing");
        if (path == FridgeSpec::mode())
            return modes->labelFor(value.toString());
        if (path == FridgeSpec::iceMaker())
            return value.toBool() ? tr("on") : tr("off");
        if (value.isDouble())
            return tr("%1 °C").arg(QLocale().toString(value.toDouble(), 'f', 1));
        return value.toVariant().toString();
    };
    auto validate = [path](const QJsonValue &value) { return FridgeSpec::validate(path, value); };
    return new shadow::ShadowControl(m_shadow, path, validate, format, this);
}

shadow::ShadowControl *FridgeController::control(const QString &path) const
{
    for (shadow::ShadowControl *candidate :
         {m_fridgeSetpoint, m_freezerSetpoint, m_mode, m_iceMaker})
        if (candidate->path() == path)
            return candidate;
    return nullptr;
}

void FridgeController::start()
{
    for (const QString &topic : presenceTopics(m_thing))
        m_client->subscribe(topic, 1);
    m_shadow->start();
}

void FridgeController::stop()
{
    for (const QString &topic : presenceTopics(m_thing))
        m_client->unsubscribe(topic);
    m_shadow->stop();
}

QString FridgeController::connectionError() const
{
    if (!m_shadow->error().isEmpty())
        return m_shadow->error();
    return m_client->state() == mqtt::MqttClient::Connected ? QString() : m_client->error();
}

void FridgeController::onPresence(const QByteArray &payload, const QString &topic)
{
    if (!topic.startsWith(QStringLiteral("$aws/events/presence/")) ||
        !topic.endsWith(u'/' + m_thing))
        return;
    const QString type =
        QJsonDocument::fromJson(payload).object().value(QStringLiteral("eventType")).toString();
    if (type != u"connected" && type != u"disconnected")
        return;
    m_presence = type == u"connected";
    emit onlineChanged();
}

bool FridgeController::fridgeOnline() const
{
    if (!cloudConnected())
        return false;
    if (m_presence)
        return *m_presence; // a live lifecycle event, newer than the shadow
    const QJsonValue connected = m_shadow->reported().value(QStringLiteral("connected"));
    if (connected.isBool())
        return connected.toBool();
    return m_lastReported.isValid() &&
           m_lastReported.secsTo(QDateTime::currentDateTimeUtc()) < silenceLimitSeconds;
}

void FridgeController::updateLastReported()
{
    // "Last reported" is the fridge's own word; `connected` is written by the cloud.
    QJsonObject reportedMeta = m_shadow->metadata().value(QStringLiteral("reported")).toObject();
    reportedMeta.remove(QStringLiteral("connected"));
    const qint64 newest = newestTimestamp(reportedMeta);
    const QDateTime previous = m_lastReported;
    m_lastReported = newest > 0 ? QDateTime::fromSecsSinceEpoch(newest) : QDateTime();
    const QJsonValue connected = m_shadow->reported().value(QStringLiteral("connected"));
    if ((m_presence && connected.isBool() && connected.toBool() == *m_presence) ||
        (m_lastReported > previous && m_presence == false))
        m_presence.reset(); // the shadow has caught up with the event (or the fridge is back)
    emit onlineChanged();
}

bool FridgeController::hasReadings() const
{
    return valueAt(m_shadow->reported(), QStringLiteral("fridge.temperature")).isDouble();
}

double FridgeController::fridgeTemperature() const
{
    return valueAt(m_shadow->reported(), QStringLiteral("fridge.temperature")).toDouble(qQNaN());
}

double FridgeController::freezerTemperature() const
{
    return valueAt(m_shadow->reported(), QStringLiteral("freezer.temperature")).toDouble(qQNaN());
}

bool FridgeController::doorOpen() const
{
    return m_shadow->reported().value(QStringLiteral("doorOpen")).toBool();
}

QDateTime FridgeController::doorOpenedAt() const
{
    const QJsonValue at = m_shadow->reported().value(QStringLiteral("doorOpenedAt"));
    return at.isDouble() ? QDateTime::fromSecsSinceEpoch(at.toInteger()) : QDateTime();
}

QString FridgeController::serial() const
{
    return m_shadow->reported().value(QStringLiteral("serial")).toString();
}

QString FridgeController::model() const
{
    return m_shadow->reported().value(QStringLiteral("model")).toString();
}

QString FridgeController::firmware() const
{
    return m_shadow->reported().value(QStringLiteral("firmware")).toString();
}

} // namespace larder::fridge
