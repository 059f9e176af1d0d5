// SPDX-License-Identifier: MIT
#pragma once

#include "FridgeSimulator.h"

#include "camera/StreamSender.h"
#include "mqtt/MqttTypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

namespace larder::mqtt {
class MqttClient;
}
namespace larder::shadow {
class ShadowClient;
}

namespace larder::fridge {

class CommandRunner;
class LiveCameras;
class SnapshotSender;

/// One simulated fridge on the network: connects as its thing with its certificate, reports
/// its state on change and periodically, and applies the desired values it can accept from
/// deltas (and reports the truth for those it cannot).
class FridgeDevice : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        mqtt::ConnectionSettings connection;
        double speed = 1.0;        ///< simulated seconds per real second
        int heartbeatSeconds = 60; ///< full measured report at least this often
        FridgeSimulator::Settings physics;
        /// The in-door cameras' live streams (size, rate, ICE servers).
        camera::StreamSender::Video video;
        camera::WebRtcPeer::IceServers iceServers;
    };

    FridgeDevice(const Options &options, QObject *parent = nullptr);

    void start();
    void setDoorOpen(bool open);
    void toggleDoor() { setDoorOpen(!m_sim.doorOpen()); }
    /// Breaks the fridge on purpose, or repairs it (FridgeSimulator::setFault).
    void setFault(const QString &fault);
    /// Applies a local change as if made on the fridge itself ("mode=eco").
    bool applyLocal(const QString &path, const QJsonValue &value);

    /// Turns the cameras' light on or off (off: the live view shows a dark shelf).
    void setLight(bool on);
    FridgeSimulator &simulator() { return m_sim; }
    LiveCameras *liveCameras() const { return m_live; }
    QString thing() const { return m_options.connection.clientId; }

private:
    /// The door closed: what the cameras saw go in and come out, with a picture of each shelf
    /// (uploaded first), to the cloud.
    void reportRecognition();
    void publishRecognition(const QJsonArray &photos);
    static const QStringList &shelves();
    void onDelta(const QJsonObject &delta);
    void tick();
    void reportFull();
    QJsonObject withClock(QJsonObject reported) const;
    void reportIfChanged(bool force);

    Options m_options;
    mqtt::MqttClient *m_client;
    shadow::ShadowClient *m_shadow;
    FridgeSimulator m_sim;
    /// What is on the shelves as the cameras know it: a typical stock to start with, then what
    /// they saw go in (and come out). The shelf photos draw it; removals are picked from it.
    QStringList m_seenInside{QStringLiteral("Milk"),    QStringLiteral("Eggs"),
                             QStringLiteral("Butter"),  QStringLiteral("Cheese"),
                             QStringLiteral("Yoghurt"), QStringLiteral("Carrots"),
                             QStringLiteral("Apples"),  QStringLiteral("Orange juice")};
    QJsonArray m_pendingAdded, m_pendingRemoved; ///< seen, waiting for the shelves' pictures
    SnapshotSender *m_snapshots;
    CommandRunner *m_commands;
    LiveCameras *m_live;
    QTimer m_tick;
    QElapsedTimer m_sinceReport;
    QElapsedTimer m_started;
    int m_connections = 0; ///< how often it connected since it started
    /// The fridge's clock (epoch s): real time when it starts, then `speed` times as fast.
    double m_clock = double(QDateTime::currentSecsSinceEpoch());
    QJsonObject m_lastReported;
};

} // namespace larder::fridge
