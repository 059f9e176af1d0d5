// SPDX-License-Identifier: MIT
#include "AlertWords.h"
#include "AlertsModel.h"

#include <QLocale>

#include <atomic>
#include <cmath>

namespace larder::alerts {

namespace {
std::atomic_bool fahrenheit{false};
/// A sentence of this class, to ask whether the reader's language has these at all.
const char *const kProbe = QT_TRANSLATE_NOOP("AlertWords", "The door is closed.");
} // namespace

void AlertWords::setUnit(const QString &unit)
{
    fahrenheit = unit == u"F";
}

QString AlertWords::degrees(double celsius)
{
    const double value = fahrenheit ? celsius * 9 / 5 + 32 : celsius;
    return tr("%1°").arg(QLocale().toString(value, 'f', 1));
}

QString AlertWords::sentence(const AlertRow &row)
{
    return sentence(row.condition, row.raised, row.value, row.limit, row.since, row.createdAt,
                    row.message);
}

QString AlertWords::sentence(const QString &condition, bool raised, double value, double limit,
                             qint64 sinceMs, qint64 atMs, const QString &cloudMessage)
{
    const int minutes = sinceMs > 0 && atMs > sinceMs ? int((atMs - sinceMs) / 60000) : 0;
    const int count = int(std::lround(value));
    if (condition == u"doorOpen")
        return raised ? tr("The door has been open for %n min.", nullptr, count) : tr(kProbe);
    if (condition == u"offline")
        return raised ? tr("The fridge has been offline for %n min.", nullptr, count)
                      : tr("The fridge is back online.");
    if (condition == u"fridgeWarm" || condition == u"freezerWarm") {
        const bool fridge = condition == u"fridgeWarm";
        if (!raised)
            return fridge ? tr("The fridge is back within its limit.")
                          : tr("The freezer is back within its limit.");
        if (minutes > 0)
            return (fridge
                        ? tr("The fridge has been above %1 for %n min (now %2).", nullptr, minutes)
                        : tr("The freezer has been above %1 for %n min (now %2).", nullptr,
                             minutes))
                .arg(degrees(limit), degrees(value));
        return (fridge ? tr("The fridge is above %1 (now %2).")
                       : tr("The freezer is above %1 (now %2)."))
            .arg(degrees(limit), degrees(value));
    }
    if (condition == u"sensorFault")
        return raised ? tr("A temperature sensor reads out of its range; the temperatures shown "
                           "may be wrong.")
                      : tr("The temperature sensors read normally again.");
    if (condition == u"compressorFault")
        return raised ? tr("The compressor runs but does not cool; call service.")
                      : tr("The compressor cools again.");
    if (condition == u"useSoon") {
        // The cloud's English names what to use; another language says how many.
        if (!cloudMessage.isEmpty() && tr(kProbe) == QLatin1String(kProbe))
            return cloudMessage;
        return tr("%n thing(s) to use by tomorrow.", nullptr, count);
    }
    return cloudMessage;
}

} // namespace larder::alerts
