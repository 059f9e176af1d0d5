// SPDX-License-Identifier: MIT
#include "AlarmSound.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>

#include <cmath>
#include <numbers>

namespace larder::alerts {

namespace {
/// 0.4 s: 880 Hz then 660 Hz, 16-bit mono at 22,050 Hz, with soft edges.
QByteArray beepWav()
{
    constexpr int rate = 22050;
    constexpr int samples = rate * 2 / 5;
    QByteArray pcm(samples * 2, '\0');
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / rate;
        const double frequency = i < samples / 2 ? 880.0 : 660.0;
        const double edge = std::min({1.0, i / 400.0, (samples - i) / 400.0});
        const auto value =
            qint16(std::sin(2 * std::numbers::pi * frequency * t) * edge * 0.8 * 32767);
        qToLittleEndian(value, pcm.data() + 2 * i);
    }
    QByteArray wav;
    const auto u32 = [&wav](quint32 v) {
        char bytes[4];
        qToLittleEndian(v, bytes);
        wav.append(bytes, 4);
    };
    const auto u16 = [&wav](quint16 v) {
        char bytes[2];
        qToLittleEndian(v, bytes);
        wav.append(bytes, 2);
    };
    wav.append("RIFF");
    u32(quint32(36 + pcm.size()));
    wav.append("WAVEfmt ");
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    wav.append("data");
    u32(quint32(pcm.size()));
    return wav + pcm;
}

QString beepFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    QString path = dir + QStringLiteral("/alarm-beep.wav");
    const QByteArray wav = beepWav();
    QFile file(path);
    if (!(file.exists() && file.size() == wav.size()) && file.open(QIODevice::WriteOnly))
        file.write(wav);
    return path;
}
} // namespace

AlarmSound::AlarmSound(QObject *parent) : QObject(parent)
{
    m_effect.setSource(QUrl::fromLocalFile(beepFile()));
    connect(&m_repeat, &QTimer::timeout, this, &AlarmSound::beep);
}

void AlarmSound::setStage(int stage)
{
    stage = std::clamp(stage, 0, stages);
    if (stage == m_stage)
        return;
    const bool starting = m_stage == 0;
    m_stage = stage;
    if (stage == 0) {
        m_repeat.stop();
        m_effect.stop();
        return;
    }
    m_effect.setVolume(volumeAt(stage));
    m_repeat.start(intervalAt(stage));
    if (starting)
        beep();
}

void AlarmSound::beep()
{
    ++m_beeps;
    m_effect.play();
}

} // namespace larder::alerts
