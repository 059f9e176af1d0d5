// SPDX-License-Identifier: MIT
#pragma once

#include "FaultDetector.h"

#include <QJsonObject>
#include <QString>

namespace larder::fridge {

/// A plausible refrigerator, free of I/O: two compartments drifting toward their effective
/// setpoints, a compressor with a hysteresis duty cycle, heat leaking in (much more with the
/// door open), five modes (super modes end by themselves) and an ice maker.
class FridgeSimulator
{
public:
    struct Settings
    {
        double ambient = 22.0;
        double superCoolSeconds = 6 * 3600.0;
        double superFreezeSeconds = 24 * 3600.0;
    };

    FridgeSimulator();
    explicit FridgeSimulator(Settings settings);

    /// Advances the simulation by @p seconds of fridge time; @p now is epoch seconds.
    void step(double seconds, qint64 now);

    /// Applies a desired value if the fridge accepts it. Returns false (and changes nothing)
    /// for values a real fridge would refuse.
    bool apply(const QString &path, const QJsonValue &value, qint64 now);
    void setDoorOpen(bool open, qint64 now);
    /// The quick-freeze command: the freezer at full power for @p seconds of fridge time, then
    /// normal mode. False in vacation mode (a fridge left empty has nothing to freeze).
    bool quickFreeze(double seconds);
    /// A defrost cycle's heater: the freezer runs warmer while it is on.
    void setDefrosting(bool on) { m_defrosting = on; }
    bool defrosting() const { return m_defrosting; }

    /// Breaks the fridge on purpose (a scenario's `fault=…`): "sensor" (the fridge's sensor
    /// reads −45 °C, open circuit), "compressor" (it runs and cools nothing), "none" (repaired).
    /// False for anything else.
    bool setFault(const QString &fault);
    QString fault() const { return m_fault; }

    /// The full reported state (PROTOCOLS.md's fridge shadow), `faults` included.
    QJsonObject reported() const;
    /// Only the measured, fast-changing fields, rounded as reported.
    QJsonObject measured() const;

    double fridgeTemperature() const { return m_fridgeTemp; }
    double freezerTemperature() const { return m_freezerTemp; }
    double fridgeSetpoint() const { return m_fridgeSetpoint; }
    QString mode() const { return m_mode; }
    bool compressorOn() const { return m_compressor; }
    bool doorOpen() const { return m_doorOpen; }

    QString serial = QStringLiteral("LRD00000001");
    QString model = QStringLiteral("LF-500");
    QString firmware = QStringLiteral("1.4.2");

private:
    double effectiveFridgeTarget() const;
    double effectiveFreezerTarget() const;

    Settings m_settings;
    double m_fridgeTemp = 5.0;
    double m_freezerTemp = -16.0;
    double m_fridgeSetpoint = 4.0;
    double m_freezerSetpoint = -18.0;
    QString m_mode = QStringLiteral("normal");
    double m_modeSecondsLeft = 0;
    bool m_iceMaker = true;
    bool m_doorOpen = false;
    qint64 m_doorOpenedAt = 0;
    bool m_compressor = false;
    bool m_defrosting = false;
    QString m_fault = QStringLiteral("none");
    FaultDetector m_detector;
    /// What the fridge's sensor says of its compartment (a broken one reads at its rail).
    double fridgeReading() const;
};

} // namespace larder::fridge
