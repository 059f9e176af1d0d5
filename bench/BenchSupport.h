// SPDX-License-Identifier: MIT
#pragma once

#include "Percentiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

/// Samples per benchmark: LARDER_BENCH_N, 1000 by default.
inline int benchSamples()
{
    const int n = qEnvironmentVariableIntValue("LARDER_BENCH_N");
    return n > 0 ? n : 1000;
}

/// Runs the event loop until @p done, waking on each event (no polling interval), at most @p ms.
template <typename Predicate> bool waitUntil(Predicate done, int ms = 5000)
{
    QElapsedTimer deadline;
    deadline.start();
    while (!done()) {
        if (deadline.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

/// Prints @p result as one JSON line (what tools/bench collects).
inline void printResult(const QJsonObject &result)
{
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/// A benchmark's line: @p samples against @p baseline measured in the same run, by p50 and p99,
/// with their ratio; @p extra fields added (e.g. the baseline's name, the sample count).
inline QJsonObject comparison(const char *name, const QList<double> &samples,
                              const QList<double> &baseline, const QJsonObject &extra = {})
{
    const double p50 = percentile(samples, 50), base = percentile(baseline, 50);
    QJsonObject result{{QStringLiteral("name"), QLatin1String(name)},
                       {QStringLiteral("p50_ms"), p50},
                       {QStringLiteral("p99_ms"), percentile(samples, 99)},
                       {QStringLiteral("baseline_p50_ms"), base},
                       {QStringLiteral("baseline_p99_ms"), percentile(baseline, 99)},
                       {QStringLiteral("ratio"), base > 0 ? p50 / base : 0}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}
