// SPDX-License-Identifier: MIT
#include "DemoHistory.h"
#include "HistoryStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QDateTime>

#include <cmath>

namespace larder::cloud {

namespace {
/// The demo fridge at @p t (epoch s): temperatures by the hour of day, and the power cut.
history::Sample sampleAt(qint64 t, qint64 cutStart, bool *doorOpened)
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(t);
    const double hour = when.time().hour() + when.time().minute() / 60.0;
    const bool meal =
        (hour >= 7 && hour < 7.5) || (hour >= 12.5 && hour < 13) || (hour >= 18.5 && hour < 19.25);
    *doorOpened = meal && when.time().minute() % 15 == 0;
    double fridge = 4.0 + 0.2 * std::sin(t / 5400.0) + (meal ? 0.5 : 0.0);
    double freezer = -18.0 + 0.3 * std::sin(t / 7200.0) + (meal ? 0.3 : 0.0);
    const double sinceCut = (t - cutStart) / 3600.0; // hours
    if (sinceCut >= 0 && sinceCut < 2) {             // the power cut: warming up
        fridge += 2.75 * sinceCut;
        freezer += 3.0 * sinceCut;
    } else if (sinceCut >= 2 && sinceCut < 4) { // power back: cooling down
        fridge += 5.5 * (1 - (sinceCut - 2) / 2);
        freezer += 6.0 * (1 - (sinceCut - 2) / 2);
    }
    history::Sample sample;
    sample.fridge = std::round(fridge * 10) / 10;
    sample.freezer = std::round(freezer * 10) / 10;
    sample.fridgeSetpoint = 4.0;
    sample.freezerSetpoint = -18.0;
    return sample;
}
} // namespace

bool seedDemoHistory(HistoryStore &store, const QString &thing, qint64 nowSeconds)
{
    sql::WriteTransaction transaction(store.connectionName());
    const qint64 cutStart = nowSeconds - 3 * 24 * 3600 - 5 * 3600;
    bool ok = bool(transaction);
    // A reading every 5 minutes for 30 days, then every minute for the last day.
    for (qint64 t = nowSeconds - 30 * 24 * 3600; ok && t < nowSeconds;
         t += t < nowSeconds - 24 * 3600 ? 300 : 60) {
        bool opened = false;
        const history::Sample sample = sampleAt(t, cutStart, &opened);
        ok = store.add(thing, sample, opened, t);
    }
    return ok && transaction.commit();
}

} // namespace larder::cloud
