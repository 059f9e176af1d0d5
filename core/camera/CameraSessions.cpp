// SPDX-License-Identifier: MIT
#include "CameraSessions.h"

namespace larder::camera {

CameraSessions::Verdict CameraSessions::offer(const QString &session, qint64 nowMs)
{
    const auto recent = [nowMs](qint64 at) { return nowMs - at >= 60'000; };
    if (const auto it = m_sessions.find(session); it != m_sessions.end()) {
        // A viewer asking again (another shelf, back after a drop) spends its own session's
        // budget, never the others'.
        it->restarts.removeIf(recent);
        if (it->restarts.size() >= m_limits.restartsPerMinute)
            return Verdict::Flood;
        it->restarts.append(nowMs);
        it->offeredAt = it->heardAt = nowMs;
        it->connected = false;
        return Verdict::Restart;
    }
    if (m_sessions.size() >= m_limits.maxViewers)
        return Verdict::Full; // answered at once, and costs the fridge nothing more
    m_starts.removeIf(recent);
    if (m_starts.size() >= m_limits.offersPerMinute)
        return Verdict::Flood;
    m_starts.append(nowMs);
    m_sessions.insert(session, {nowMs, nowMs, false, {}});
    return Verdict::Start;
}

void CameraSessions::connected(const QString &session, qint64 nowMs)
{
    if (const auto it = m_sessions.find(session); it != m_sessions.end()) {
        it->connected = true;
        it->heardAt = nowMs;
    }
}

void CameraSessions::heard(const QString &session, qint64 nowMs)
{
    if (const auto it = m_sessions.find(session); it != m_sessions.end())
        it->heardAt = nowMs;
}

bool CameraSessions::end(const QString &session)
{
    return m_sessions.remove(session) > 0;
}

QStringList CameraSessions::expire(qint64 nowMs)
{
    QStringList ended;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        const bool stale = it->connected ? nowMs - it->heardAt >= m_limits.idleTimeoutMs
                                         : nowMs - it->offeredAt >= m_limits.connectTimeoutMs;
        if (stale) {
            ended.append(it.key());
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
    ended.sort(); // a stable order for whoever stops them
    return ended;
}

QString CameraSessions::floodRefusal()
{
    return QStringLiteral("This fridge's camera was asked too often just now; try again in a "
                          "minute.");
}

QString CameraSessions::refusal() const
{
    return m_limits.maxViewers == 1
               ? QStringLiteral("Someone is watching this fridge already; try again in a moment.")
               : QStringLiteral("%1 people are watching this fridge already; try again in a "
                                "moment.")
                     .arg(m_limits.maxViewers);
}

} // namespace larder::camera
