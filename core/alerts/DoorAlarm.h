// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace larder::mqtt {
class MqttClient;
}
namespace larder::fridge {
class FridgeController;
}

namespace larder::alerts {

class AlarmSound;

/// The door tablet's alarm (docs/api.md, "Alerts"): sounds while its fridge has an open alert
/// (the cloud's retained `larder/things/{thing}/alerts/open`), louder and faster the longer it
/// lasts, and shows what is wrong. "Mute 5 minutes" silences this tablet only (the family's
/// phones still have the alert); a door alert ends the moment the door closes, before the cloud
/// says so.
class DoorAlarm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The door tablet makes its alarm.")
    /// An alert is open: the banner shows.
    Q_PROPERTY(bool active READ active NOTIFY changed)
    /// The fridge's name in its family ("Kitchen fridge"), from the cloud; empty until known.
    Q_PROPERTY(QString fridgeName READ fridgeName NOTIFY fridgeNameChanged)
    /// What is wrong, as the cloud's rules said it ("The door has been open for 12 minutes.").
    Q_PROPERTY(QString message READ message NOTIFY changed)
    /// "doorOpen", "fridgeWarm", "freezerWarm" or "offline".
    Q_PROPERTY(QString condition READ condition NOTIFY changed)
    /// "error" (food may spoil) or "warning".
    Q_PROPERTY(QString level READ level NOTIFY changed)
    Q_PROPERTY(bool muted READ muted NOTIFY changed)
    Q_PROPERTY(QDateTime mutedUntil READ mutedUntil NOTIFY changed)
    /// 0 (silent) to 3 (loudest): rises every 30 s the alarm sounds.
    Q_PROPERTY(int stage READ stage NOTIFY changed)

public:
    DoorAlarm(mqtt::MqttClient *mqtt, QString thing, fridge::FridgeController *fridge,
              QObject *parent = nullptr);
    ~DoorAlarm() override;

    bool active() const { return !m_shown.isEmpty(); }
    QString message() const;
    QString condition() const;
    QString level() const;
    bool muted() const { return m_mutedUntil.isValid(); }
    QDateTime mutedUntil() const { return m_mutedUntil; }
    int stage() const { return m_stage; }
    /// Beeps played so far (the tests' ear).
    int beeps() const;

    /// Silences this tablet for @p minutes (the banner stays, smaller).
    Q_INVOKABLE void mute(int minutes = 5);

    static constexpr int escalateMs = 30'000;
    /// How often it gets louder (tests make it quicker).
    void setEscalation(int ms) { m_escalate.setInterval(ms); }

    QString fridgeName() const { return m_fridgeName; }

signals:
    void changed();
    void fridgeNameChanged();

private:
    void onMessage(const QByteArray &payload, const QString &topic);
    /// What to show: the open alerts, less a door alert once the door is closed.
    void update();
    void escalate();

    QPointer<mqtt::MqttClient> m_mqtt; ///< the tablet's; it may go first
    QString m_thing;
    QString m_topic;
    QPointer<fridge::FridgeController> m_fridge;
    AlarmSound *m_sound;
    QJsonArray m_open; ///< the cloud's open alerts
    QString m_fridgeName;
    QJsonObject m_shown; ///< the alert on the banner (errors first), or empty
    QDateTime m_mutedUntil;
    QTimer m_unmute;
    QTimer m_escalate;
    int m_stage = 0;
};

} // namespace larder::alerts
