// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

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
