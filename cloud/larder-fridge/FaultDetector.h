// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>

namespace larder::fridge {

/// What a fridge's firmware finds wrong with itself, from what it measures (pure): a
/// temperature sensor reading outside what a sensor can read (`sensorRange`: an open or shorted
/// sensor sits at a rail), and a compressor that has run for `compressorWindow` seconds with the
/// door shut while the freezer did not get colder (`compressorNoCooling`: a refrigerant leak, a
/// stuck valve). The codes go into the reported shadow's `faults`; the cloud turns them into
/// the family's `diagnostic` events (docs/api.md, "Alerts").
class FaultDetector
{
public:
    static constexpr double sensorLow = -40.0, sensorHigh = 50.0; ///< °C a sensor can read
    static constexpr double compressorWindow = 20 * 60.0;         ///< s of fridge time
    static constexpr double coolingExpected = 0.5;                ///< °C over the window

    struct Sample
    {
        double seconds = 0; ///< fridge time since the last sample
        double fridgeC = 0, freezerC = 0;
        bool compressorOn = false;
        bool doorOpen = false;
    };
    void sample(const Sample &sample);
    /// The faults found now, in a stable order: `["sensorRange", "compressorNoCooling"]`.
    QJsonArray faults() const;

private:
    bool m_sensor = false;
    bool m_compressor = false;
    double m_runSeconds = 0;     ///< the compressor has run this long with the door shut
    double m_freezerAtStart = 0; ///< the freezer's reading when that run began
};

} // namespace larder::fridge
