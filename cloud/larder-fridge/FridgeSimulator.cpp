// SPDX-License-Identifier: MIT
#include "FridgeSimulator.h"

#include "fridge/FridgeSpec.h"

#include <QJsonValue>

#include <cmath>

namespace larder::fridge {

namespace {
// Per-second rates (fridge time). Leak ∝ (ambient − T); the compressor removes heat at a
// constant rate while it runs.
constexpr double kLeakFridge = 0.0004, kLeakFreezer = 0.0002, kDoorLeak = 0.006;
constexpr double kCoolFridge = 0.012, kCoolFreezer = 0.02;
constexpr double kBandFridge = 0.5, kBandFreezer = 1.0;

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}
} // namespace

FridgeSimulator::FridgeSimulator() : FridgeSimulator(Settings{}) {}

FridgeSimulator::FridgeSimulator(Settings settings) : m_settings(settings) {}

double FridgeSimulator::effectiveFridgeTarget() const
{
    if (m_mode == u"superCool")
        return 1.0;
    if (m_mode == u"vacation")
        return 15.0;
    if (m_mode == u"eco")
        return m_fridgeSetpoint + 1.0;
    return m_fridgeSetpoint;
}

double FridgeSimulator::effectiveFreezerTarget() const
{
    if (m_defrosting)
        return -8.0; // the heater melts the frost
    if (m_mode == u"superFreeze")
        return -30.0;
    if (m_mode == u"eco")
        return m_freezerSetpoint + 2.0;
    return m_freezerSetpoint;
}

void FridgeSimulator::step(double seconds, qint64)
{
    // Integrate in steps of at most one second so large time scales stay stable.
    while (seconds > 0) {
        const double dt = std::min(seconds, 1.0);
        seconds -= dt;
        const double door = m_doorOpen ? kDoorLeak : 0.0;
        m_fridgeTemp += (kLeakFridge + door) * (m_settings.ambient - m_fridgeTemp) * dt;
        m_freezerTemp += (kLeakFreezer + door * 0.3) * (m_settings.ambient - m_freezerTemp) * dt;

        const double fridgeHigh = effectiveFridgeTarget() + kBandFridge;
        const double freezerHigh = effectiveFreezerTarget() + kBandFreezer;
        if (m_fridgeTemp > fridgeHigh || m_freezerTemp > freezerHigh)
            m_compressor = true;
        else if (m_fridgeTemp < effectiveFridgeTarget() - kBandFridge &&
                 m_freezerTemp < effectiveFreezerTarget() - kBandFreezer)
            m_compressor = false;
        if (m_compressor && m_fault != u"compressor") {
            // The compressor's cold goes where it is needed; a compartment already below its
            // band gets little.
            if (m_fridgeTemp > effectiveFridgeTarget() - kBandFridge)
                m_fridgeTemp -= kCoolFridge * dt;
            if (m_freezerTemp > effectiveFreezerTarget() - kBandFreezer)
                m_freezerTemp -= kCoolFreezer * dt;
        }

        m_detector.sample({dt, fridgeReading(), m_freezerTemp, m_compressor, m_doorOpen});
        if (m_modeSecondsLeft > 0) {
            m_modeSecondsLeft -= dt;
            if (m_modeSecondsLeft <= 0)
                m_mode = QStringLiteral("normal"); // super modes end by themselves
        }
    }
}

bool FridgeSimulator::apply(const QString &path, const QJsonValue &value, qint64)
{
    if (FridgeSpec::validate(path, value))
        return false;
    if (path == FridgeSpec::fridgeSetpoint()) {
        m_fridgeSetpoint = value.toDouble();
    } else if (path == FridgeSpec::freezerSetpoint()) {
        m_freezerSetpoint = value.toDouble();
    } else if (path == FridgeSpec::mode()) {
        m_mode = value.toString();
        m_modeSecondsLeft = m_mode == u"superCool"     ? m_settings.superCoolSeconds
                            : m_mode == u"superFreeze" ? m_settings.superFreezeSeconds
                                                       : 0;
    } else if (path == FridgeSpec::iceMaker()) {
        // The ice maker needs a freezer that is cold enough to make ice.
        if (value.toBool() && m_freezerSetpoint > -15.0)
            return false;
        m_iceMaker = value.toBool();
    }
    return true;
}

bool FridgeSimulator::setFault(const QString &fault)
{
    if (fault != u"none" && fault != u"sensor" && fault != u"compressor")
        return false;
    m_fault = fault;
    m_detector.sample({0, fridgeReading(), m_freezerTemp, m_compressor, m_doorOpen});
    return true;
}

double FridgeSimulator::fridgeReading() const
{
    return m_fault == u"sensor" ? -45.0 : m_fridgeTemp;
}

bool FridgeSimulator::quickFreeze(double seconds)
{
    if (m_mode == u"vacation")
        return false;
    m_mode = QStringLiteral("superFreeze");
    m_modeSecondsLeft = seconds;
    return true;
}

void FridgeSimulator::setDoorOpen(bool open, qint64 now)
{
    if (open && !m_doorOpen)
        m_doorOpenedAt = now;
    m_doorOpen = open;
}

QJsonObject FridgeSimulator::measured() const
{
    return {
        {QStringLiteral("fridge"),
         QJsonObject{{QStringLiteral("temperature"), round1(fridgeReading())}}},
        {QStringLiteral("freezer"),
         QJsonObject{{QStringLiteral("temperature"), round1(m_freezerTemp)}}},
        {QStringLiteral("doorOpen"), m_doorOpen},
        {QStringLiteral("doorOpenedAt"), m_doorOpen ? QJsonValue(m_doorOpenedAt) : QJsonValue()},
        {QStringLiteral("faults"), m_detector.faults()}};
}

QJsonObject FridgeSimulator::reported() const
{
    return {
        {QStringLiteral("fridge"),
         QJsonObject{{QStringLiteral("setpoint"), m_fridgeSetpoint},
                     {QStringLiteral("temperature"), round1(fridgeReading())}}},
        {QStringLiteral("freezer"),
         QJsonObject{{QStringLiteral("setpoint"), m_freezerSetpoint},
                     {QStringLiteral("temperature"), round1(m_freezerTemp)}}},
        {QStringLiteral("mode"), m_mode},
        {QStringLiteral("doorOpen"), m_doorOpen},
        {QStringLiteral("doorOpenedAt"), m_doorOpen ? QJsonValue(m_doorOpenedAt) : QJsonValue()},
        {QStringLiteral("iceMaker"), m_iceMaker},
        {QStringLiteral("faults"), m_detector.faults()},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("model"), model},
        {QStringLiteral("firmware"), firmware}};
}

} // namespace larder::fridge
