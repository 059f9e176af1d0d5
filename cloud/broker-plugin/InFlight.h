// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace larder::cloud {

/// Shadow requests in flight per thing, counted where they pass: in the broker, between a
/// client's request and the shadow service's accepted or rejected answer. Past the limit a
/// request is not forwarded but answered at once with AWS's 429, so a flood on one thing is
/// answered (not dropped) and cannot queue up in front of every other thing's requests. A
/// request whose answer never comes stops counting after a while.
class InFlight
{
public:
    static constexpr int limit = 10;          ///< AWS IoT: 10 in-flight requests per thing
    static constexpr qint64 expiryMs = 30000; ///< a lost answer stops counting after 30 s

    /// A request for @p thing at @p nowMs: true if it may go on to the shadow service (and is
    /// now in flight), false if it must be answered 429. @p always: count it but never refuse
    /// (the cloud's own requests).
    bool admit(const QString &thing, qint64 nowMs, bool always = false)
    {
        QList<qint64> &times = m_requests[thing];
        times.removeIf([nowMs](qint64 at) { return at <= nowMs - expiryMs; });
        if (!always && times.size() >= limit)
            return false;
        times.append(nowMs);
        return true;
    }
    /// The shadow service answered a request of @p thing.
    void answered(const QString &thing)
    {
        auto it = m_requests.find(thing);
        if (it == m_requests.end())
            return;
        if (!it->isEmpty())
            it->removeFirst();
        if (it->isEmpty())
            m_requests.erase(it);
    }
    int count(const QString &thing) const { return int(m_requests.value(thing).size()); }
    /// @p thing's fridge connected again: what it had in flight before (answers a full queue
    /// may have dropped with its last connection) no longer counts against it.
    void forget(const QString &thing) { m_requests.remove(thing); }

    /// One per broker process: every listener's plugin instance counts in the same place.
    static InFlight &shared()
    {
        static InFlight instance;
        return instance;
    }

private:
    QHash<QString, QList<qint64>> m_requests;
};

} // namespace larder::cloud
