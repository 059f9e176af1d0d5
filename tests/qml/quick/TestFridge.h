// SPDX-License-Identifier: MIT
#pragma once

#include "FakeMqttTransport.h"
#include "fridge/FridgeController.h"
#include "mqtt/MqttClient.h"

#include <QJsonObject>
#include <QObject>

/// For the components' Qt Quick tests: a real FridgeController ("fridge-1") on a scripted MQTT
/// transport, with the cloud and the appliance played from QML: sync it, confirm what the
/// controls wrote, or let the fridge keep its own value.
class TestFridge : public QObject
{
    Q_OBJECT
    Q_PROPERTY(larder::fridge::FridgeController *fridge READ fridge CONSTANT)
    /// The desired state of the last update the controls sent (empty when none yet).
    Q_PROPERTY(QVariantMap lastDesired READ lastDesired NOTIFY wrote)
    Q_PROPERTY(int writes READ writes NOTIFY wrote)

public:
    explicit TestFridge(QObject *parent = nullptr);

    larder::fridge::FridgeController *fridge() { return &m_fridge; }
    QVariantMap lastDesired() const { return m_lastDesired.toVariantMap(); }
    int writes() const { return m_writes; }

    /// Connects and answers the first get: 4 °C / −18 °C, normal mode; after that, puts the
    /// shadow back to that document (each test starts from the same fridge). True when in sync.
    Q_INVOKABLE bool sync();
    /// The cloud accepts every pending update and the fridge reports what was asked for
    /// (@p obey) or keeps its values (false).
    Q_INVOKABLE void confirmWrites(bool obey = true);

signals:
    void wrote();

private:
    static QJsonObject initialReport();
    QString prefix() const;
    void deliver(const QString &suffix, const QJsonObject &body);

    FakeMqttTransport *m_wire;
    larder::mqtt::MqttClient m_client;
    larder::fridge::FridgeController m_fridge;
    QList<QJsonObject> m_pending;
    QJsonObject m_lastDesired;
    QJsonObject m_reported;
    qint64 m_version = 1;
    int m_writes = 0;
};
