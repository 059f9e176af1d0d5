// SPDX-License-Identifier: MIT
#pragma once

#include "ModeModel.h"
#include "mqtt/MqttClient.h"
#include "shadow/ShadowClient.h"
#include "shadow/ShadowControl.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace larder::fridge {

/// One fridge as the app's screens see it: live readings, the four controls bound to its
/// shadow, whether the fridge and the app are online, and a sentence for what is wrong.
class FridgeController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    Q_PROPERTY(QString thing READ thing CONSTANT)
    Q_PROPERTY(QString displayName READ displayName NOTIFY displayNameChanged)
    Q_PROPERTY(bool cloudConnected READ cloudConnected NOTIFY connectionChanged)
    Q_PROPERTY(bool connecting READ connecting NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionError READ connectionError NOTIFY connectionChanged)
    Q_PROPERTY(bool synced READ synced NOTIFY connectionChanged)
    Q_PROPERTY(bool fridgeOnline READ fridgeOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool hasReadings READ hasReadings NOTIFY readingsChanged)
    Q_PROPERTY(double fridgeTemperature READ fridgeTemperature NOTIFY readingsChanged)
    Q_PROPERTY(double freezerTemperature READ freezerTemperature NOTIFY readingsChanged)
    Q_PROPERTY(bool doorOpen READ doorOpen NOTIFY readingsChanged)
    Q_PROPERTY(QDateTime doorOpenedAt READ doorOpenedAt NOTIFY readingsChanged)
    Q_PROPERTY(QString serial READ serial NOTIFY readingsChanged)
    Q_PROPERTY(QString model READ model NOTIFY readingsChanged)
    Q_PROPERTY(QString firmware READ firmware NOTIFY readingsChanged)
    Q_PROPERTY(QDateTime lastReported READ lastReported NOTIFY readingsChanged)
    Q_PROPERTY(larder::shadow::ShadowControl *fridgeSetpoint READ fridgeSetpoint CONSTANT)
    Q_PROPERTY(larder::shadow::ShadowControl *freezerSetpoint READ freezerSetpoint CONSTANT)
    Q_PROPERTY(larder::shadow::ShadowControl *mode READ mode CONSTANT)
    Q_PROPERTY(larder::shadow::ShadowControl *iceMaker READ iceMaker CONSTANT)
    Q_PROPERTY(larder::fridge::ModeModel *modes READ modes CONSTANT)

public:
    FridgeController(mqtt::MqttClient *client, const QString &thing, const QString &displayName,
                     QObject *parent = nullptr);

    /// Subscribes and starts following the fridge (connect the client separately).
    void start();
    /// Stops following the fridge (unsubscribes), e.g. before switching to another one.
    void stop();

    QString thing() const { return m_thing; }
    QString displayName() const { return m_displayName; }
    /// The name the family gave it, once known (the door starts with its model).
    void setDisplayName(const QString &name)
    {
        if (name.isEmpty() || name == m_displayName)
            return;
        m_displayName = name;
        emit displayNameChanged();
    }
    bool cloudConnected() const { return m_client->state() == mqtt::MqttClient::Connected; }
    bool connecting() const { return m_client->state() == mqtt::MqttClient::Connecting; }
    QString connectionError() const;
    bool synced() const { return m_shadow->isSynced(); }
    bool fridgeOnline() const;
    bool hasReadings() const;
    double fridgeTemperature() const;
    double freezerTemperature() const;
    bool doorOpen() const;
    QDateTime doorOpenedAt() const;
    QString serial() const;
    QString model() const;
    QString firmware() const;
    QDateTime lastReported() const { return m_lastReported; }

    shadow::ShadowControl *fridgeSetpoint() const { return m_fridgeSetpoint; }
    shadow::ShadowControl *freezerSetpoint() const { return m_freezerSetpoint; }
    shadow::ShadowControl *mode() const { return m_mode; }
    shadow::ShadowControl *iceMaker() const { return m_iceMaker; }
    ModeModel *modes() const { return m_modes; }
    /// The control of a writable field by its path ("fridge.setpoint"), or null.
    shadow::ShadowControl *control(const QString &path) const;
    shadow::ShadowClient *shadowClient() const { return m_shadow; }

    /// A fridge that has said nothing for this long counts as offline without a presence event.
    static constexpr int silenceLimitSeconds = 150;

signals:
    void displayNameChanged();
    void connectionChanged();
    void onlineChanged();
    void readingsChanged();

private:
    void onPresence(const QByteArray &payload, const QString &topic);
    void updateLastReported();
    shadow::ShadowControl *makeControl(const QString &path);

    mqtt::MqttClient *m_client;
    QString m_thing;
    QString m_displayName;
    shadow::ShadowClient *m_shadow;
    shadow::ShadowControl *m_fridgeSetpoint;
    shadow::ShadowControl *m_freezerSetpoint;
    shadow::ShadowControl *m_mode;
    shadow::ShadowControl *m_iceMaker;
    ModeModel *m_modes;
    QDateTime m_lastReported;
    std::optional<bool> m_presence; ///< from lifecycle events, when one has arrived
    QTimer m_silenceTimer;
};

} // namespace larder::fridge
