// SPDX-License-Identifier: MIT
#include "FridgeSpec.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace larder::fridge {

namespace {
/// The words of this file, in the "FridgeSpec" translation context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(FridgeSpec)
};

std::optional<QString> checkStep(double value, double min, double max, double step,
                                 const char *unitName)
{
    if (!std::isfinite(value) || value < min || value > max)
        return Words::tr("%1 must be between %2 °C and %3 °C.")
            .arg(Words::tr(unitName))
            .arg(min)
            .arg(max);
    const double steps = (value - min) / step;
    if (std::abs(steps - std::round(steps)) > 1e-6)
        return Words::tr("%1 goes in steps of %2 °C.").arg(Words::tr(unitName)).arg(step);
    return std::nullopt;
}
} // namespace

std::optional<QString> FridgeSpec::validate(const QString &path, const QJsonValue &value)
{
    if (path == fridgeSetpoint()) {
        if (!value.isDouble())
            return Words::tr("The fridge temperature must be a number.");
        return checkStep(value.toDouble(), fridgeMin, fridgeMax, fridgeStep,
                         QT_TRANSLATE_NOOP("FridgeSpec", "The fridge temperature"));
    }
    if (path == freezerSetpoint()) {
        if (!value.isDouble())
            return Words::tr("The freezer temperature must be a number.");
        return checkStep(value.toDouble(), freezerMin, freezerMax, freezerStep,
                         QT_TRANSLATE_NOOP("FridgeSpec", "The freezer temperature"));
    }
    if (path == mode()) {
        if (!value.isString() || !modes().contains(value.toString()))
            return Words::tr("Unknown mode.");
        return std::nullopt;
    }
    if (path == iceMaker()) {
        if (!value.isBool())
            return Words::tr("The ice maker is either on or off.");
        return std::nullopt;
    }
    return Words::tr("%1 cannot be changed.").arg(path);
}

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &key : path.split(u'.'))
        value = value.toObject().value(key);
    return value;
}

QJsonObject objectAt(const QString &path, const QJsonValue &value)
{
    const QStringList keys = path.split(u'.');
    QJsonValue out = value;
    for (auto it = keys.crbegin(); it != keys.crend(); ++it)
        out = QJsonObject{{*it, out}};
    return out.toObject();
}

} // namespace larder::fridge
