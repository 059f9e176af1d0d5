// SPDX-License-Identifier: MIT
#pragma once

#include "AlertRules.h"
#include "inventory/Ingredient.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <optional>

namespace larder::alerts {

/// The morning note of what to use up (an `info` event, condition "useSoon"): once a day from
/// `hour` (the cloud's local time), for a fridge holding anything whose best-before is today or
/// tomorrow. It is no alert: nothing opens or counts as unread, and the apps notify only those
/// whose alert level is "info", outside their quiet hours.
struct MorningNotice
{
    static constexpr int hour = 8;
    /// Names listed in the sentence at most (the rest are counted).
    static constexpr int listed = 3;

    /// The note for @p items at @p now when none was made today yet (@p lastMade: the day of
    /// the fridge's last one, invalid for none); nullopt when it is not time or nothing is due.
    static std::optional<Change> due(const QList<inventory::Ingredient> &items,
                                     const QDateTime &now, const QDate &lastMade,
                                     int fromHour = hour);
};

} // namespace larder::alerts
