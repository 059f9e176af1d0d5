// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// The temperature history's rules, shared by the cloud that keeps it and the apps that draw it
/// (docs/api.md, "Temperature history"): what one reported update contributes, the two ranges
/// and their resolutions, and the buckets a time falls in.
namespace larder::history {

/// One reported update's contribution: the temperatures and setpoints it names, and whether it
/// says the door is open.
struct Sample
{
    std::optional<double> fridge, freezer;                 ///< °C
    std::optional<double> fridgeSetpoint, freezerSetpoint; ///< °C
    std::optional<bool> doorOpen;

    bool isEmpty() const
    {
        return !fridge && !freezer && !fridgeSetpoint && !freezerSetpoint && !doorOpen;
    }
    /// From a shadow's `state.reported` (or the part of it an update names).
    static Sample fromReported(const QJsonObject &reported);
};

/// A range the apps show: its name, how wide a bucket is and how far back it reaches.
struct Range
{
    QString name;         ///< "day" or "month"
    qint64 bucketSeconds; ///< 60 or 900
    qint64 spanSeconds;   ///< 24 h or 30 days

    /// The start of the bucket @p epochSeconds falls in.
    qint64 bucketOf(qint64 epochSeconds) const
    {
        return epochSeconds - epochSeconds % bucketSeconds;
    }
    static const Range &day();
    static const Range &month();
    static const QList<Range> &all();
    /// The range called @p name, or nullopt.
    static std::optional<Range> named(const QString &name);
};

/// One bucket as stored and served: averages of what was reported in it, the setpoints last
/// seen, and how often the door opened.
struct Point
{
    qint64 at = 0; ///< the bucket's start, epoch ms
    std::optional<double> fridge, freezer, fridgeSetpoint, freezerSetpoint;
    int doorOpenings = 0;

    QJsonObject toJson() const;
    static Point fromJson(const QJsonObject &json);
};

/// @p points in at most @p most: each run of neighbouring buckets as one, with its warmest
/// readings (warming is what spoils food: a spike is never averaged away), its last setpoints,
/// all its door openings, and the time of its last bucket.
QList<Point> thinned(const QList<Point> &points, qsizetype most);

} // namespace larder::history
