// SPDX-License-Identifier: MIT
#include "BrokerProcess.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <csignal>
#include <sys/prctl.h>

Q_LOGGING_CATEGORY(lcBroker, "larder.cloud.broker", QtInfoMsg)

namespace larder::cloud {

BrokerProcess::BrokerProcess(const QString &configPath, const QString &logPath, int probePort,
                             QObject *parent)
    : QObject(parent), m_config(configPath), m_log(logPath), m_probePort(probePort)
{
    m_process.setProgram(QStringLiteral("mosquitto"));
    m_process.setArguments({QStringLiteral("-c"), m_config});
    m_process.setStandardOutputFile(m_log, QIODevice::Append);
    m_process.setStandardErrorFile(m_log, QIODevice::Append);
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_probeTimer.setInterval(50);
    connect(&m_probeTimer, &QTimer::timeout, this, &BrokerProcess::probe);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &BrokerProcess::launch);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        m_probeTimer.stop();
        if (m_stopping)
            return;
        qCWarning(lcBroker) << "mosquitto exited with" << code << "- restarting; see" << m_log;
        if (++m_quickDeaths > 5) {
            emit failed(QStringLiteral("mosquitto keeps exiting; see %1").arg(m_log));
            return;
        }
        m_restartTimer.start(500);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(
                QStringLiteral("Cannot start mosquitto (is it installed? run tools/setup)"));
    });
}

BrokerProcess::~BrokerProcess()
{
    stop();
}

void BrokerProcess::start()
{
    m_stopping = false;
    launch();
}

void BrokerProcess::launch()
{
    m_probes = 0;
    m_process.start();
    m_probeTimer.start();
}

void BrokerProcess::probe()
{
    auto *socket = new QTcpSocket(this);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        socket->abort();
        socket->deleteLater();
        if (!m_probeTimer.isActive())
            return;
        m_probeTimer.stop();
        m_quickDeaths = 0;
        qCInfo(lcBroker) << "mosquitto is up, pid" << m_process.processId();
        emit ready();
    });
    connect(socket, &QTcpSocket::errorOccurred, socket, &QObject::deleteLater);
    socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(m_probePort));
    if (++m_probes > 200) { // 10 s
        m_probeTimer.stop();
        emit failed(
            QStringLiteral("mosquitto did not open port %1; see %2").arg(m_probePort).arg(m_log));
    }
}

void BrokerProcess::savePersistence()
{
    if (m_process.state() == QProcess::Running)
        ::kill(pid_t(m_process.processId()), SIGUSR1);
}

void BrokerProcess::stop()
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
