// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QTemporaryDir>

/// A PulseAudio server of the test's own, on a private socket: its microphone is a steady
/// 440 Hz tone (module-sine into a sink of its own, remapped as a source) and its speaker a sink
/// that plays into nothing, so Qt Multimedia records and plays for real on a machine without sound
/// hardware. start() points this process at it (PULSE_SERVER) — call it before Qt Multimedia is
/// first used.
class VirtualAudio
{
public:
    VirtualAudio() = default;
    ~VirtualAudio();
    VirtualAudio(const VirtualAudio &) = delete;
    VirtualAudio &operator=(const VirtualAudio &) = delete;

    /// False (with the reason in log()) when pulseaudio is missing or does not come up.
    bool start();
    QString log() const { return m_log; }

private:
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_log;
};
