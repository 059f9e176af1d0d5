// SPDX-License-Identifier: MIT
#include "HistoryRules.h"

#include <cmath>

namespace larder::history {

namespace {
std::optional<double> numberAt(const QJsonObject &object, const char *compartment, const char *key)
{
    const QJsonValue value =
        object.value(QLatin1String(compartment)).toObject().value(QLatin1String(key));
    // Anything a fridge could not mean is no reading (−100 to 100 °C).
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || std::abs(value.toDouble()) > 100)
        return std::nullopt;
    return value.toDouble();
}
std::optional<double> optionalNumber(const QJsonObject &json, const char *key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}
} // namespace

Sample Sample::fromReported(const QJsonObject &reported)
{
    Sample sample;
    sample.fridge = numberAt(reported, "fridge", "temperature");
    sample.freezer = numberAt(reported, "freezer", "temperature");
    sample.fridgeSetpoint = numberAt(reported, "fridge", "setpoint");
    sample.freezerSetpoint = numberAt(reported, "freezer", "setpoint");
    if (const QJsonValue open = reported.value(u"doorOpen"); open.isBool())
        sample.doorOpen = open.toBool();
    return sample;
}

const Range &Range::day()
{
    static const Range range{QStringLiteral("day"), 60, 24 * 3600};
    return range;
}

const Range &Range::month()
{
    static const Range range{QStringLiteral("month"), 15 * 60, 30 * 24 * 3600};
    return range;
}

const QList<Range> &Range::all()
{
    static const QList<Range> ranges{day(), month()};
    return ranges;
}

std::optional<Range> Range::named(const QString &name)
{
    for (const Range &range : all())
        if (range.name == name)
            return range;
    return std::nullopt;
}

QList<Point> thinned(const QList<Point> &points, qsizetype most)
{
    if (most <= 0 || points.size() <= most)
        return points;
    const qsizetype run = (points.size() + most - 1) / most;
    const auto warmest = [](std::optional<double> a, const std::optional<double> &b) {
        return a && b ? std::max(*a, *b) : a ? a : b;
    };
    QList<Point> out;
    for (qsizetype i = 0; i < points.size(); i += run) {
        Point merged = points.at(i);
        for (qsizetype j = i + 1; j < std::min(points.size(), i + run); ++j) {
            const Point &next = points.at(j);
            merged.at = next.at;
            merged.fridge = warmest(merged.fridge, next.fridge);
            merged.freezer = warmest(merged.freezer, next.freezer);
            if (next.fridgeSetpoint)
                merged.fridgeSetpoint = next.fridgeSetpoint;
            if (next.freezerSetpoint)
                merged.freezerSetpoint = next.freezerSetpoint;
            merged.doorOpenings += next.doorOpenings;
        }
        out.append(merged);
    }
    return out;
}

QJsonObject Point::toJson() const
{
    QJsonObject json{{QStringLiteral("t"), at}, {QStringLiteral("doorOpenings"), doorOpenings}};
    const auto put = [&json](const char *key, const std::optional<double> &value) {
        if (value)
            json.insert(QLatin1String(key), std::round(*value * 10) / 10);
    };
    put("fridge", fridge);
    put("freezer", freezer);
    put("fridgeSetpoint", fridgeSetpoint);
    put("freezerSetpoint", freezerSetpoint);
    return json;
}

Point Point::fromJson(const QJsonObject &json)
{
    Point point;
    point.at = json.value(u"t").toInteger();
    point.fridge = optionalNumber(json, "fridge");
    point.freezer = optionalNumber(json, "freezer");
    point.fridgeSetpoint = optionalNumber(json, "fridgeSetpoint");
    point.freezerSetpoint = optionalNumber(json, "freezerSetpoint");
    point.doorOpenings = json.value(u"doorOpenings").toInt();
    return point;
}

} // namespace larder::history
