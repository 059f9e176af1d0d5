// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::fridge {

class FridgeSimulator;

/// The fridge's side of its commands, over the AWS IoT Jobs topics as a device does it: after
/// every (re)connect and every `notify-next` it asks `start-next`, carries out the execution it
/// gets, reports progress and the outcome with `update`, then asks again. What it can do
/// (docs/api.md, "Commands"): quick-freeze for N hours (not in vacation mode), a defrost cycle
/// in four steps over 20 minutes of fridge time (the door must stay closed), resetting the
/// water-filter counter, snoozing its own alarm, and for support a diagnostic report (uploaded
/// as an object of its own: setReportMaker). Anything else is REJECTED.
class CommandRunner : public QObject
{
    Q_OBJECT
public:
    /// @p speed: fridge seconds per real second (the defrost cycle's pace).
    CommandRunner(mqtt::MqttClient *client, QString thing, FridgeSimulator *sim, double speed,
                  QObject *parent = nullptr);

    /// When the alarm is snoozed until (fridge clock, epoch s), or 0.
    qint64 snoozedUntil() const { return m_snoozedUntil; }
    /// The fridge's clock (epoch s), for the snooze.
    void setClock(std::function<double()> clock) { m_clock = std::move(clock); }
    /// What the fridge answers with when support asks for a diagnostic report: the
    /// execution's details on success (`key`, `sha256`, `size`), or the sentence why not.
    using ReportDone = std::function<void(const QJsonObject &details, const QString &why)>;
    using ReportMaker = std::function<void(ReportDone done)>;
    void setReportMaker(ReportMaker maker) { m_reportMaker = std::move(maker); }

    static constexpr double defrostSeconds = 20 * 60; ///< fridge time

signals:
    /// Something the fridge reports changed (the mode, the defrost heater).
    void stateChanged();
    /// Support asked the fridge to report its whole state again (`resyncShadow`).
    void resyncRequested();

private:
    void onConnected();
    void onMessage(const QByteArray &payload, const QString &topic);
    void askNext();
    void run(const QJsonObject &execution);
    void defrostStep();
    /// Reports @p status with @p details for the running job, and asks for the next one when it
    /// ended.
    void report(const QString &status, const QJsonObject &details);

    mqtt::MqttClient *m_client;
    QString m_thing;
    FridgeSimulator *m_sim;
    double m_speed;
    std::function<double()> m_clock;
    ReportMaker m_reportMaker;
    QString m_running; ///< the job id being carried out
    QTimer m_defrost;
    int m_defrostStep = 0;
    int m_filterDays = 143;
    qint64 m_snoozedUntil = 0;
};

} // namespace larder::fridge
