// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

#include <optional>

namespace larder::alerts {

/// The conditions a fridge is watched for (alerts issue).
enum class Condition {
    DoorOpen,        ///< the door open longer than the family's threshold
    FridgeWarm,      ///< the fridge compartment above its limit for a while
    FreezerWarm,     ///< the freezer above its limit for a while
    Offline,         ///< no connection for a while
    UseSoon,         ///< the morning note of what to use up (never an alert: MorningNotice)
    SensorFault,     ///< the fridge says a temperature sensor reads out of its range (diagnostic)
    CompressorFault, ///< the fridge says its compressor runs without cooling (diagnostic)
};
QString conditionName(Condition condition); ///< "doorOpen", "fridgeWarm", …
/// The conditions that stay open until they end (every one but the morning note).
QList<Condition> alertConditions();
/// The faults a fridge reports in `state.reported.faults` (`["sensorRange",
/// "compressorNoCooling"]`, the codes of what its firmware detects) and their conditions.
std::optional<Condition> faultCondition(const QString &code);
QString faultCode(Condition condition);

/// The family's settings the rules use, with their allowed ranges (`GET|PUT
/// /settings/config/{settingId}`).
struct Thresholds
{
    qint64 doorOpenSeconds = 10 * 60;
    double fridgeMaxC = 8.0;
    double freezerMaxC = -12.0;
    qint64 warmSeconds = 30 * 60;
    qint64 offlineSeconds = 30 * 60;

    /// Applies setting @p id = @p value ("doorOpenMinutes" 1–120, "fridgeMaxC" 2–15,
    /// "freezerMaxC" −20 to −5, "warmMinutes" 5–240, "offlineMinutes" 5–1440); false with a
    /// sentence in @p why for an unknown id or a value out of range.
    bool set(const QString &id, const QJsonValue &value, QString *why);
    static QStringList settingIds();
    /// The lowest and highest value setting @p id takes (minutes or °C); {0, 0} if unknown.
    static std::pair<double, double> range(const QString &id);
    QJsonValue value(const QString &id) const;
};

/// A person's alert level (setting `alertLevel`): which alerts count as unread for them —
/// "error" (only errors), "warning" (the default: errors and warnings) or "info" (everything).
QStringList alertLevels();
/// How urgent an event of @p type is for people: 0 `error`, 1 `warning` and `diagnostic` (a fault
/// the fridge found in itself, which the family should know of), 2 `info`; -1 for anything else.
int alertRank(const QString &type);
bool isAlertLevel(const QJsonValue &value, QString *why);

/// One alert raised or cleared.
struct Change
{
    Condition condition;
    bool raised = false; ///< false: cleared
    QString message;     ///< a sentence for people
    double value = 0;    ///< minutes open or offline, or the temperature (°C)
    double limit = 0;    ///< a temperature's limit (°C) it is above; 0 for the others
    qint64 since = 0;    ///< when the condition began (the cloud's clock, s); 0 for a clearing
    bool operator==(const Change &) const = default;
};

/// What the rules remember of one fridge between evaluations (the cloud keeps it per thing).
struct FridgeWatch
{
    std::optional<qint64> doorOpenedAt;                      ///< fridge time (s)
    std::optional<qint64> fridgeWarmSince, freezerWarmSince; ///< fridge time (s)
    std::optional<qint64> offlineSince;                      ///< the cloud's time (s)
    /// The fridge's clock as last reported, when (the cloud's time), and how fast it runs
    /// against the cloud's (a simulator runs fast): for time passing between reports.
    std::optional<qint64> clock, clockSeenAt;
    double clockRate = 1.0;
    /// Where the rate is measured from: a clock reading and when it was seen. The rate is the
    /// clock's progress over at least `rateBaseline` seconds of the cloud's (whole seconds on
    /// both sides: a shorter span would misjudge it).
    std::optional<qint64> anchorClock, anchorAt;
    static constexpr qint64 rateBaseline = 5;
    double fridgeC = 0, freezerC = 0;
    QSet<Condition> raised;
    QSet<Condition> faults; ///< the faults the fridge reports now
    /// When (the cloud's time) each condition was last raised: a condition is raised again no
    /// sooner than `rearmSeconds` later, however fast the fridge's clock or its reports go.
    QHash<Condition, qint64> raisedAt;
    static constexpr qint64 rearmSeconds = 60;
    /// A clock further ahead than this of where it should be has jumped (set, not run).
    static constexpr qint64 jumpSeconds = 24 * 3600;
};

/// The alert rules (docs/api.md, "Alerts"), pure: fed every reported shadow change, every
/// presence change and the passing of time, they say which alerts to raise and clear. One
/// alert per condition at a time, however many updates arrive; cleared when the condition
/// ends. The door and the temperatures are counted in the fridge's own time (its reported
/// `clock`), so a simulator running fast raises them as fast; being offline is counted in the
/// cloud's time. What one fridge can raise is bounded in the cloud's time too: a condition is
/// raised at most once a minute (`rearmSeconds`), so a fridge racing its clock or flapping its
/// door raises a handful of events a minute, not one per report. A clock set back or jumping
/// ahead starts the door's and the temperatures' episodes afresh from the new reading.
class AlertRules
{
public:
    /// A reported state (the shadow's `state.reported`, whole or partial) at cloud time @p now.
    static QList<Change> onReported(FridgeWatch &watch, const QJsonObject &reported, qint64 now,
                                    const Thresholds &thresholds);
    /// The fridge connected or went away at cloud time @p now.
    static QList<Change> onPresence(FridgeWatch &watch, bool connected, qint64 now,
                                    const Thresholds &thresholds);
    /// Time passed (cloud time @p now): what has gone on too long by now.
    static QList<Change> onTick(FridgeWatch &watch, qint64 now, const Thresholds &thresholds);

    /// The fridge's time at cloud time @p now, as far as it can be told.
    static std::optional<qint64> fridgeTime(const FridgeWatch &watch, qint64 now);

private:
    static void onFaults(FridgeWatch &watch, const QJsonArray &faults, QList<Change> &changes);
    static void evaluate(FridgeWatch &watch, qint64 now, const Thresholds &thresholds,
                         QList<Change> &changes);
    /// What a raised alert says of itself: its sentence, its value, a temperature's limit and
    /// when the condition began (the cloud's clock, s).
    struct Raise
    {
        QString message;
        double value = 0;
        double limit = 0;
        qint64 since = 0;
    };
    static void raise(FridgeWatch &watch, Condition condition, const Raise &what, qint64 now,
                      QList<Change> &changes);
    static void clear(FridgeWatch &watch, Condition condition, const QString &message,
                      QList<Change> &changes);
};

} // namespace larder::alerts
