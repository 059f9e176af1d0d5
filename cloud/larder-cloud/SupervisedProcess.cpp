// SPDX-License-Identifier: MIT
#include "SupervisedProcess.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <csignal>
#include <sys/prctl.h>

Q_LOGGING_CATEGORY(lcSupervisor, "larder.cloud.supervisor", QtInfoMsg)

namespace larder::cloud {

SupervisedProcess::SupervisedProcess(Spec spec, QObject *parent)
    : QObject(parent), m_spec(std::move(spec))
{
    m_process.setProgram(m_spec.program);
    m_process.setArguments(m_spec.arguments);
    m_process.setStandardOutputFile(m_spec.logPath, QIODevice::Append);
    m_process.setStandardErrorFile(m_spec.logPath, QIODevice::Append);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_probeTimer.setInterval(50);
    connect(&m_probeTimer, &QTimer::timeout, this, &SupervisedProcess::probe);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &SupervisedProcess::launch);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        m_probeTimer.stop();
        if (m_stopping)
            return;
        qCWarning(lcSupervisor).noquote()
            << m_spec.name << "exited with" << code << "- restarting; see" << m_spec.logPath;
        if (++m_quickDeaths > 5) {
            emit failed(
                QStringLiteral("%1 keeps exiting; see %2").arg(m_spec.name, m_spec.logPath));
            return;
        }
        m_restartTimer.start(500);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(
                QStringLiteral("Cannot start %1 (%2)").arg(m_spec.name, m_spec.missingHint));
    });
}

SupervisedProcess::~SupervisedProcess()
{
    stop();
}

void SupervisedProcess::start()
{
    m_stopping = false;
    launch();
}

void SupervisedProcess::launch()
{
    m_probes = 0;
    m_process.start();
    m_probeTimer.start();
}

void SupervisedProcess::probe()
{
    auto *socket = new QTcpSocket(this);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        socket->abort();
        socket->deleteLater();
        if (!m_probeTimer.isActive())
            return;
        m_probeTimer.stop();
        m_quickDeaths = 0;
        qCInfo(lcSupervisor).noquote() << m_spec.name << "is up, pid" << m_process.processId();
        emit ready();
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(m_spec.probePort));
    if (++m_probes > 200) { // 10 s
        m_probeTimer.stop();
        emit failed(QStringLiteral("%1 did not open port %2; see %3")
                        .arg(m_spec.name)
                        .arg(m_spec.probePort)
                        .arg(m_spec.logPath));
    }
}

void SupervisedProcess::signal(int signal)
{
    if (m_process.state() == QProcess::Running)
        ::kill(pid_t(m_process.processId()), signal);
}

void SupervisedProcess::stop()
{
    m_stopping = true;
    m_probeTimer.stop();
    m_restartTimer.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(1000);
    }
}

} // namespace larder::cloud
