// SPDX-License-Identifier: MIT
#include "FaultDetector.h"

namespace larder::fridge {

namespace {
bool inRange(double celsius)
{
    return celsius >= FaultDetector::sensorLow && celsius <= FaultDetector::sensorHigh;
}
} // namespace

void FaultDetector::sample(const Sample &sample)
{
    m_sensor = !inRange(sample.fridgeC) || !inRange(sample.freezerC);
    // An open door warms faster than any compressor cools: only a run with the door shut and
    // sensors that can be believed says anything about the compressor.
    if (!sample.compressorOn || sample.doorOpen || m_sensor) {
        m_runSeconds = 0;
        m_compressor = m_compressor && sample.compressorOn && !sample.doorOpen;
        return;
    }
    if (m_runSeconds == 0)
        m_freezerAtStart = sample.freezerC;
    m_runSeconds += sample.seconds;
    const bool cooled = sample.freezerC <= m_freezerAtStart - coolingExpected;
    if (cooled) {
        // It cools: a fault found earlier is over, and the next window starts from here.
        m_compressor = false;
        m_runSeconds = 0;
        return;
    }
    if (m_runSeconds >= compressorWindow) {
        // A whole window without cooling: the fault holds, and the next window is judged from
        // here (a repaired compressor is told by its next half degree).
        m_compressor = true;
        m_runSeconds = 0;
    }
}

QJsonArray FaultDetector::faults() const
{
    QJsonArray found;
    if (m_sensor)
        found.append(QStringLiteral("sensorRange"));
    if (m_compressor)
        found.append(QStringLiteral("compressorNoCooling"));
    return found;
}

} // namespace larder::fridge
