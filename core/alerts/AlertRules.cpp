// SPDX-License-Identifier: MIT
#include "AlertRules.h"

#include <QJsonValue>

#include <algorithm>

#include <cmath>

namespace larder::alerts {

namespace {

/// A setting: its id, its range, and where it goes.
struct Setting
{
    const char *id;
    double low, high;
    const char *unit; ///< for the sentence
    double scale;     ///< stored value = given × scale
    enum Field { Door, FridgeMax, FreezerMax, Warm, Offline } field;
};

const Setting kSettings[] = {
    {"doorOpenMinutes", 1, 120, "minutes", 60, Setting::Door},
    {"fridgeMaxC", 2, 15, "°C", 1, Setting::FridgeMax},
    {"freezerMaxC", -20, -5, "°C", 1, Setting::FreezerMax},
    {"warmMinutes", 5, 240, "minutes", 60, Setting::Warm},
    {"offlineMinutes", 1, 1440, "minutes", 60, Setting::Offline},
};

QString minutes(qint64 seconds)
{
    const qint64 m = seconds / 60;
    return m == 1 ? QStringLiteral("1 minute") : QStringLiteral("%1 minutes").arg(m);
}

QString degrees(double c)
{
    return QStringLiteral("%1 °C").arg(c, 0, 'f', 1);
}

std::optional<double> numberAt(const QJsonObject &object, const char *compartment)
{
    const QJsonValue value =
        object.value(QLatin1String(compartment)).toObject().value(u"temperature");
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

QString conditionName(Condition condition)
{
    switch (condition) {
    case Condition::DoorOpen:
        return QStringLiteral("doorOpen");
    case Condition::FridgeWarm:
        return QStringLiteral("fridgeWarm");
    case Condition::FreezerWarm:
        return QStringLiteral("freezerWarm");
    case Condition::Offline:
        return QStringLiteral("offline");
    case Condition::UseSoon:
        return QStringLiteral("useSoon");
    case Condition::SensorFault:
        return QStringLiteral("sensorFault");
    case Condition::CompressorFault:
        return QStringLiteral("compressorFault");
    }
    return {};
}

QList<Condition> alertConditions()
{
    return {Condition::DoorOpen, Condition::FridgeWarm,  Condition::FreezerWarm,
            Condition::Offline,  Condition::SensorFault, Condition::CompressorFault};
}

std::optional<Condition> faultCondition(const QString &code)
{
    if (code == u"sensorRange")
        return Condition::SensorFault;
    if (code == u"compressorNoCooling")
        return Condition::CompressorFault;
    return std::nullopt;
}

QString faultCode(Condition condition)
{
    switch (condition) {
    case Condition::SensorFault:
        return QStringLiteral("sensorRange");
    case Condition::CompressorFault:
        return QStringLiteral("compressorNoCooling");
    default:
        return {};
    }
}

int alertRank(const QString &type)
{
    if (type == u"diagnostic")
        return 1;
    return int(alertLevels().indexOf(type));
}

QStringList alertLevels()
{
    return {QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("info")};
}

bool isAlertLevel(const QJsonValue &value, QString *why)
{
    if (value.isString() && alertLevels().contains(value.toString()))
        return true;
    *why = QStringLiteral("alertLevel is error, warning or info.");
    return false;
}

QStringList Thresholds::settingIds()
{
    QStringList ids;
    for (const Setting &setting : kSettings)
        ids.append(QLatin1String(setting.id));
    return ids;
}

std::pair<double, double> Thresholds::range(const QString &id)
{
    for (const Setting &setting : kSettings)
        if (id == QLatin1String(setting.id))
            return {setting.low, setting.high};
    return {0, 0};
}

bool Thresholds::set(const QString &id, const QJsonValue &value, QString *why)
{
    for (const Setting &setting : kSettings) {
        if (id != QLatin1String(setting.id))
            continue;
        const double given = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::isnan(given) || given < setting.low || given > setting.high) {
            *why = QStringLiteral("%1 is %2 to %3 %4.")
                       .arg(id)
                       .arg(setting.low)
                       .arg(setting.high)
                       .arg(QString::fromUtf8(setting.unit));
            return false;
        }
        const double stored = given * setting.scale;
        switch (setting.field) {
        case Setting::Door:
            doorOpenSeconds = qint64(stored);
            break;
        case Setting::FridgeMax:
            fridgeMaxC = stored;
            break;
        case Setting::FreezerMax:
            freezerMaxC = stored;
            break;
        case Setting::Warm:
            warmSeconds = qint64(stored);
            break;
        case Setting::Offline:
            offlineSeconds = qint64(stored);
            break;
        }
        return true;
    }
    *why = QStringLiteral("There is no setting %1 (%2).")
               .arg(id, settingIds().join(QStringLiteral(", ")));
    return false;
}

QJsonValue Thresholds::value(const QString &id) const
{
    if (id == u"doorOpenMinutes")
        return double(doorOpenSeconds) / 60;
    if (id == u"fridgeMaxC")
        return fridgeMaxC;
    if (id == u"freezerMaxC")
        return freezerMaxC;
    if (id == u"warmMinutes")
        return double(warmSeconds) / 60;
    if (id == u"offlineMinutes")
        return double(offlineSeconds) / 60;
    return QJsonValue::Undefined;
}

std::optional<qint64> AlertRules::fridgeTime(const FridgeWatch &watch, qint64 now)
{
    if (!watch.clock || !watch.clockSeenAt)
        return now; // a fridge that reports no clock keeps the cloud's time
    return *watch.clock + qint64(std::llround(double(now - *watch.clockSeenAt) * watch.clockRate));
}

QList<Change> AlertRules::onReported(FridgeWatch &watch, const QJsonObject &reported, qint64 now,
                                     const Thresholds &thresholds)
{
    QList<Change> changes;
    if (const QJsonValue clock = reported.value(u"clock"); clock.isDouble()) {
        const qint64 at = qint64(std::clamp(clock.toDouble(), -1e15, 1e15));
        const bool jumped = watch.clock && (at < *watch.clock || at - *fridgeTime(watch, now) >
                                                                     FridgeWatch::jumpSeconds);
        if (jumped) {
            // Set back (a fridge restarted) or far ahead (set by hand): what was being timed
            // is timed afresh from here, in the new clock.
            for (std::optional<qint64> *since :
                 {&watch.doorOpenedAt, &watch.fridgeWarmSince, &watch.freezerWarmSince})
                if (*since)
                    *since = at;
        }
        if (!watch.anchorClock || jumped) {
            // The first reading, or a clock that jumped: measure afresh, taking it as running
            // at the wall's pace until then.
            watch.anchorClock = at;
            watch.anchorAt = now;
            watch.clockRate = 1.0;
        } else if (now - *watch.anchorAt >= FridgeWatch::rateBaseline) {
            watch.clockRate = std::clamp(
                double(at - *watch.anchorClock) / double(now - *watch.anchorAt), 0.1, 10000.0);
        }
        watch.clock = at;
        watch.clockSeenAt = now;
    }
    const qint64 t = *fridgeTime(watch, now);
    if (const QJsonValue open = reported.value(u"doorOpen"); open.isBool()) {
        if (open.toBool()) {
            // `doorOpenedAt` is wall time, for people; a fridge with a clock of its own is
            // timed by that clock from the report that first said open.
            const QJsonValue since = reported.value(u"doorOpenedAt");
            if (!watch.clock && since.isDouble())
                watch.doorOpenedAt = qint64(since.toDouble());
            else if (!watch.doorOpenedAt)
                watch.doorOpenedAt = t;
        } else {
            watch.doorOpenedAt.reset();
            clear(watch, Condition::DoorOpen, QStringLiteral("The door is closed."), changes);
        }
    }
    const auto compartment = [&](const char *name, double max, std::optional<qint64> &since,
                                 double &last, Condition condition, const QString &back) {
        const auto temperature = numberAt(reported, name);
        if (!temperature)
            return;
        last = *temperature;
        if (*temperature > max) {
            if (!since)
                since = t;
            return;
        }
        since.reset();
        clear(watch, condition, back.arg(degrees(*temperature)), changes);
    };
    if (const QJsonValue faults = reported.value(u"faults"); faults.isArray() || faults.isNull())
        onFaults(watch, faults.toArray(), changes);
    compartment("fridge", thresholds.fridgeMaxC, watch.fridgeWarmSince, watch.fridgeC,
                Condition::FridgeWarm, QStringLiteral("The fridge is back to %1."));
    compartment("freezer", thresholds.freezerMaxC, watch.freezerWarmSince, watch.freezerC,
                Condition::FreezerWarm, QStringLiteral("The freezer is back to %1."));
    evaluate(watch, now, thresholds, changes);
    return changes;
}

void AlertRules::onFaults(FridgeWatch &watch, const QJsonArray &faults, QList<Change> &changes)
{
    // The fridge debounced what it reports: a fault holds while it is in the list and ends when
    // it leaves it (a list of null is none). Unknown codes are a newer firmware's; they stay out
    // of the family's events.
    watch.faults.clear();
    for (const QJsonValue &code : faults)
        if (const auto condition = faultCondition(code.toString()))
            watch.faults.insert(*condition);
    if (!watch.faults.contains(Condition::SensorFault))
        clear(watch, Condition::SensorFault,
              QStringLiteral("The temperature sensors read normally again."), changes);
    if (!watch.faults.contains(Condition::CompressorFault))
        clear(watch, Condition::CompressorFault, QStringLiteral("The compressor cools again."),
              changes);
}

QList<Change> AlertRules::onPresence(FridgeWatch &watch, bool connected, qint64 now,
                                     const Thresholds &thresholds)
{
    QList<Change> changes;
    if (connected) {
        watch.offlineSince.reset();
        clear(watch, Condition::Offline, QStringLiteral("The fridge is back online."), changes);
    } else if (!watch.offlineSince) {
        watch.offlineSince = now;
    }
    evaluate(watch, now, thresholds, changes);
    return changes;
}

QList<Change> AlertRules::onTick(FridgeWatch &watch, qint64 now, const Thresholds &thresholds)
{
    QList<Change> changes;
    evaluate(watch, now, thresholds, changes);
    return changes;
}

void AlertRules::evaluate(FridgeWatch &watch, qint64 now, const Thresholds &thresholds,
                          QList<Change> &changes)
{
    const qint64 t = *fridgeTime(watch, now);
    // When a condition that began at @p start of the fridge's time began on the cloud's clock.
    const auto began = [&](qint64 start) { return now - (t - start); };
    if (watch.doorOpenedAt && t - *watch.doorOpenedAt >= thresholds.doorOpenSeconds)
        raise(
            watch, Condition::DoorOpen,
            {QStringLiteral("The door has been open for %1.").arg(minutes(t - *watch.doorOpenedAt)),
             double(t - *watch.doorOpenedAt) / 60, 0, began(*watch.doorOpenedAt)},
            now, changes);
    if (watch.fridgeWarmSince && t - *watch.fridgeWarmSince >= thresholds.warmSeconds)
        raise(watch, Condition::FridgeWarm,
              {QStringLiteral("The fridge has been above %1 for %2 (now %3).")
                   .arg(degrees(thresholds.fridgeMaxC), minutes(t - *watch.fridgeWarmSince),
                        degrees(watch.fridgeC)),
               watch.fridgeC, thresholds.fridgeMaxC, began(*watch.fridgeWarmSince)},
              now, changes);
    if (watch.freezerWarmSince && t - *watch.freezerWarmSince >= thresholds.warmSeconds)
        raise(watch, Condition::FreezerWarm,
              {QStringLiteral("The freezer has been above %1 for %2 (now %3).")
                   .arg(degrees(thresholds.freezerMaxC), minutes(t - *watch.freezerWarmSince),
                        degrees(watch.freezerC)),
               watch.freezerC, thresholds.freezerMaxC, began(*watch.freezerWarmSince)},
              now, changes);
    if (watch.faults.contains(Condition::SensorFault))
        raise(watch, Condition::SensorFault,
              {QStringLiteral("A temperature sensor reads out of its range; the temperatures "
                              "shown may be wrong."),
               0, 0, now},
              now, changes);
    if (watch.faults.contains(Condition::CompressorFault))
        raise(watch, Condition::CompressorFault,
              {QStringLiteral("The compressor runs but does not cool; call service."), 0, 0, now},
              now, changes);
    if (watch.offlineSince && now - *watch.offlineSince >= thresholds.offlineSeconds)
        raise(watch, Condition::Offline,
              {QStringLiteral("The fridge has been offline for %1.")
                   .arg(minutes(now - *watch.offlineSince)),
               double(now - *watch.offlineSince) / 60, 0, *watch.offlineSince},
              now, changes);
}

void AlertRules::raise(FridgeWatch &watch, Condition condition, const Raise &what, qint64 now,
                       QList<Change> &changes)
{
    if (watch.raised.contains(condition))
        return;
    // Raised less than a minute ago (and cleared since): held back; a later evaluation raises
    // it if it still holds.
    if (const auto last = watch.raisedAt.constFind(condition);
        last != watch.raisedAt.constEnd() && now - *last < FridgeWatch::rearmSeconds)
        return;
    watch.raised.insert(condition);
    watch.raisedAt.insert(condition, now);
    changes.append({condition, true, what.message, what.value, what.limit, what.since});
}

void AlertRules::clear(FridgeWatch &watch, Condition condition, const QString &message,
                       QList<Change> &changes)
{
    if (!watch.raised.remove(condition))
        return;
    changes.append({condition, false, message, 0, 0, 0});
}

} // namespace larder::alerts
