// SPDX-License-Identifier: MIT
#include "VirtualAudio.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

VirtualAudio::~VirtualAudio()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(3000))
            m_server.kill();
        m_server.waitForFinished(1000);
    }
}

bool VirtualAudio::start()
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("pulseaudio"));
    if (program.isEmpty()) {
        m_log = QStringLiteral("pulseaudio is not installed: run tools/setup");
        return false;
    }
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Its state, cookie and runtime files in the test's folder, never the user's.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    m_server.setProcessEnvironment(env);
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(
        program,
        {QStringLiteral("-n"), QStringLiteral("--daemonize=no"),
         QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
         QStringLiteral("--log-target=stderr"), QStringLiteral("-L"),
         QStringLiteral("module-native-protocol-unix socket=%1 auth-anonymous=1").arg(socket),
         QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=speaker"),
         // The microphone: a tone played into a sink of its own, heard through its monitor
         // (module-sine-source hands out its sound in two-second blocks).
         QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=room"),
         QStringLiteral("-L"), QStringLiteral("module-sine sink=room frequency=440"),
         QStringLiteral("-L"),
         QStringLiteral("module-remap-source source_name=microphone master=room.monitor")});
    const QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(socket) && !deadline.hasExpired() &&
           m_server.state() != QProcess::NotRunning) {
        m_server.waitForReadyRead(50);
    }
    m_log = QString::fromLocal8Bit(m_server.readAll());
    if (!QFileInfo::exists(socket)) {
        m_log += QStringLiteral("\npulseaudio did not open %1").arg(socket);
        return false;
    }
    const QString server = QStringLiteral("unix:%1").arg(socket);
    qputenv("PULSE_SERVER", server.toLocal8Bit());
    // The modules load after the socket opens: wait until the microphone is listed.
    while (!deadline.hasExpired()) {
        QProcess list;
        list.start(QStringLiteral("pactl"),
                   {QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sources")});
        if (list.waitForFinished(3000) && list.readAllStandardOutput().contains("microphone")) {
            QProcess choose;
            choose.start(QStringLiteral("pactl"),
                         {QStringLiteral("set-default-source"), QStringLiteral("microphone")});
            return choose.waitForFinished(3000) && choose.exitCode() == 0;
        }
        QThread::msleep(50);
    }
    m_log += QStringLiteral("\nthe microphone of %1 never showed (pactl)").arg(server);
    return false;
}
