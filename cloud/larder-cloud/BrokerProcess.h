// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace larder::cloud {

/// Runs `mosquitto -c CONFIG` as a supervised child: restarted if it dies, stopped with its
/// parent (also when the parent is killed), output appended to a log file. Emits ready()
/// once the broker accepts connections on @p probePort.
class BrokerProcess : public QObject
{
    Q_OBJECT
public:
    BrokerProcess(const QString &configPath, const QString &logPath, int probePort,
                  QObject *parent = nullptr);
    ~BrokerProcess() override;

    void start();
    void stop();
    qint64 pid() const { return m_process.processId(); }
    /// Asks Mosquitto to write its persistence database now (SIGUSR1).
    void savePersistence();

signals:
    void ready();
    void failed(const QString &reason);

private:
    void launch();
    void probe();

    QString m_config;
    QString m_log;
    int m_probePort;
    QProcess m_process;
    QTimer m_probeTimer;
    QTimer m_restartTimer;
    int m_probes = 0;
    int m_quickDeaths = 0;
    bool m_stopping = false;
};

} // namespace larder::cloud
