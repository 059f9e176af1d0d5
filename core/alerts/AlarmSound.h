// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSoundEffect>
#include <QTimer>

namespace larder::alerts {

/// The door tablet's alarm sound (Qt Multimedia): a short two-tone beep, written once as a WAV
/// file into the cache, repeated faster and louder at each stage — every 4 s at a third of the
/// volume, every 2 s at two thirds, every second at full volume.
class AlarmSound : public QObject
{
    Q_OBJECT
public:
    explicit AlarmSound(QObject *parent = nullptr);

    /// Stage 0 is silence; 1–3 as above.
    void setStage(int stage);
    int stage() const { return m_stage; }
    /// How many beeps it started since it was made (what the tests hear).
    int beeps() const { return m_beeps; }

    static constexpr int stages = 3;
    static double volumeAt(int stage) { return stage <= 0 ? 0.0 : stage / double(stages); }
    static int intervalAt(int stage) { return stage >= 3 ? 1000 : stage == 2 ? 2000 : 4000; }

private:
    void beep();

    QSoundEffect m_effect;
    QTimer m_repeat;
    int m_stage = 0;
    int m_beeps = 0;
};

} // namespace larder::alerts
