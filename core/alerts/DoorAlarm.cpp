// SPDX-License-Identifier: MIT
#include "DoorAlarm.h"

#include "AlarmSound.h"
#include "AlertTopics.h"
#include "AlertWords.h"
#include "AlertsModel.h"
#include "fridge/FridgeController.h"
#include "mqtt/MqttClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAlarm, "larder.alarm", QtInfoMsg)

namespace larder::alerts {

DoorAlarm::DoorAlarm(mqtt::MqttClient *mqtt, QString thing, fridge::FridgeController *fridge,
                     QObject *parent)
    : QObject(parent), m_mqtt(mqtt), m_thing(std::move(thing)), m_topic(topics::thingOpen(m_thing)),
      m_fridge(fridge), m_sound(new AlarmSound(this))
{
    connect(m_mqtt, &mqtt::MqttClient::messageReceived, this, &DoorAlarm::onMessage);
    m_mqtt->subscribe(m_topic);
    if (m_fridge)
        connect(m_fridge, &fridge::FridgeController::readingsChanged, this, &DoorAlarm::update);
    m_unmute.setSingleShot(true);
    connect(&m_unmute, &QTimer::timeout, this, [this] {
        m_mutedUntil = {};
        update();
    });
    m_escalate.setInterval(escalateMs);
    connect(&m_escalate, &QTimer::timeout, this, &DoorAlarm::escalate);
}

DoorAlarm::~DoorAlarm()
{
    if (m_mqtt)
        m_mqtt->unsubscribe(m_topic);
}

QString DoorAlarm::message() const
{
    return m_shown.isEmpty() ? QString() : AlertWords::sentence(AlertRow::fromJson(m_shown));
}

QString DoorAlarm::condition() const
{
    return m_shown.value(u"details").toObject().value(u"condition").toString();
}

QString DoorAlarm::level() const
{
    return m_shown.value(u"type").toString();
}

int DoorAlarm::beeps() const
{
    return m_sound->beeps();
}

void DoorAlarm::onMessage(const QByteArray &payload, const QString &topic)
{
    if (topic != m_topic)
        return;
    const QJsonObject message = QJsonDocument::fromJson(payload).object();
    m_open = message.value(u"alerts").toArray();
    if (const QString name = message.value(u"deviceName").toString().left(60);
        !name.isEmpty() && name != m_fridgeName) {
        m_fridgeName = name;
        emit fridgeNameChanged();
    }
    update();
}

void DoorAlarm::update()
{
    // Errors (food may spoil) before warnings; a door alert ends with the door.
    const bool doorClosed = m_fridge && m_fridge->hasReadings() && !m_fridge->doorOpen();
    QJsonObject shown;
    for (const QJsonValue &value : std::as_const(m_open)) {
        const QJsonObject alert = value.toObject();
        const QString condition = alert.value(u"details").toObject().value(u"condition").toString();
        if (condition == u"doorOpen" && doorClosed)
            continue;
        // A fault the fridge found in itself is for the family's phones and for service, not
        // a beep at the door: its local diagnostics show it.
        if (alert.value(u"type").toString() == u"diagnostic")
            continue;
        if (shown.isEmpty() || (alert.value(u"type").toString() == u"error" &&
                                shown.value(u"type").toString() != u"error"))
            shown = alert;
    }
    const bool wasActive = active();
    const bool sameAlert = shown.value(u"id") == m_shown.value(u"id");
    m_shown = shown;
    if (!active()) {
        m_stage = 0;
        m_escalate.stop();
        m_mutedUntil = {}; // the next alarm sounds again
        m_unmute.stop();
    } else if (!wasActive || !sameAlert) {
        qCInfo(lcAlarm).noquote() << m_thing << "alarm:" << message();
        m_stage = 1;
        m_escalate.start();
    }
    m_sound->setStage(muted() ? 0 : m_stage);
    emit changed();
}

void DoorAlarm::escalate()
{
    if (m_stage < AlarmSound::stages)
        ++m_stage;
    m_sound->setStage(muted() ? 0 : m_stage);
    emit changed();
}

void DoorAlarm::mute(int minutes)
{
    if (!active())
        return;
    minutes = std::clamp(minutes, 1, 60);
    m_mutedUntil = QDateTime::currentDateTime().addSecs(minutes * 60);
    m_unmute.start(minutes * 60 * 1000);
    qCInfo(lcAlarm).noquote() << m_thing << "alarm muted for" << minutes << "minutes";
    m_sound->setStage(0);
    emit changed();
}

} // namespace larder::alerts
