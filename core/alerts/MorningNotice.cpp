// SPDX-License-Identifier: MIT
#include "MorningNotice.h"

#include <algorithm>

namespace larder::alerts {

std::optional<Change> MorningNotice::due(const QList<inventory::Ingredient> &items,
                                         const QDateTime &now, const QDate &lastMade, int fromHour)
{
    const QDate today = now.date();
    if (now.time() < QTime(fromHour, 0) || lastMade == today)
        return std::nullopt;
    QList<inventory::Ingredient> soon;
    for (const inventory::Ingredient &item : items)
        if (!item.removed && item.bestBefore.isValid() && item.bestBefore >= today &&
            item.bestBefore <= today.addDays(1))
            soon.append(item);
    if (soon.isEmpty())
        return std::nullopt;
    std::stable_sort(soon.begin(), soon.end(),
                     [](const auto &a, const auto &b) { return a.bestBefore < b.bestBefore; });
    QStringList names;
    for (qsizetype i = 0; i < soon.size() && i < listed; ++i)
        names << soon.at(i).name;
    QString message = soon.size() == 1 ? QStringLiteral("Use by tomorrow: %1.").arg(names.first())
                                       : QStringLiteral("%1 things to use by tomorrow: %2")
                                             .arg(soon.size())
                                             .arg(names.join(QStringLiteral(", ")));
    if (soon.size() > listed)
        message += QStringLiteral(" and %1 more.").arg(soon.size() - listed);
    else if (soon.size() > 1)
        message += u'.';
    return Change{Condition::UseSoon, false, message, double(soon.size()), 0, 0};
}

} // namespace larder::alerts
