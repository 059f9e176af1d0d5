// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

namespace larder::fridge {

/// A scripted list of fridge events: "5:open,20:close,30:mode=eco,40:fridge.setpoint=3",
/// "50:fault=compressor" (sensor, compressor or none: FridgeSimulator::setFault), "60:light=off"
/// (the cameras' light: FridgeDevice::setLight).
class Scenario
{
public:
    struct Step
    {
        double atSeconds = 0;
        QString path; ///< "door" or a writable field path
        QJsonValue value;
    };

    static std::optional<Scenario> parse(const QString &script, QString *error);
    /// Schedules every step on the event loop, relative to now.
    void run(QObject *context, const std::function<void(const Step &)> &perform) const;
    const QList<Step> &steps() const { return m_steps; }

private:
    QList<Step> m_steps;
};

} // namespace larder::fridge
