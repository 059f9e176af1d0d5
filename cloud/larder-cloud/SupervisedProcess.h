// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>

namespace larder::cloud {

/// Runs one of larder-cloud's real parts (Mosquitto, the nginx edge) as a supervised child:
/// restarted if it dies, stopped with its parent (also when the parent is killed), output
/// appended to a log file. Emits ready() once it accepts connections on its probe port.
class SupervisedProcess : public QObject
{
    Q_OBJECT
public:
    struct Spec
    {
        QString name;    ///< for messages: "mosquitto", "the edge (nginx)"
        QString program; ///< an absolute path or a name on PATH
        QStringList arguments;
        QString logPath;
        int probePort = 0;
        QString missingHint; ///< said when the program cannot be started
    };
    explicit SupervisedProcess(Spec spec, QObject *parent = nullptr);
    ~SupervisedProcess() override;

    void start();
    void stop();
    qint64 pid() const { return m_process.processId(); }
    /// Sends @p signal to the running process (e.g. SIGUSR1: Mosquitto saves its database).
    void signal(int signal);

signals:
    void ready();
    void failed(const QString &reason);

private:
    void launch();
    void probe();

    Spec m_spec;
    QProcess m_process;
    QTimer m_probeTimer;
    QTimer m_restartTimer;
    int m_probes = 0;
    int m_quickDeaths = 0;
    bool m_stopping = false;
};

} // namespace larder::cloud
