// SPDX-License-Identifier: MIT
#include "CameraSessions.h"

namespace larder::camera {

CameraSessions::Verdict CameraSessions::offer(const QString &session, qint64 nowMs)
{
    m_offers.removeIf([nowMs](qint64 at) { return nowMs - at >= 60'000; });
    if (m_offers.size() >= m_limits.offersPerMinute)
        return Verdict::Flood;
    m_offers.append(nowMs);
    if (const auto it = m_sessions.find(session); it != m_sessions.end()) {
        *it = {nowMs, nowMs, false};
        return Verdict::Restart;
    }
    if (m_sessions.size() >= m_limits.maxViewers)
        return Verdict::Full;
    m_sessions.insert(session, {nowMs, nowMs, false});
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

QString CameraSessions::refusal() const
{
    return m_limits.maxViewers == 1
               ? QStringLiteral("Someone is watching this fridge already; try again in a moment.")
               : QStringLiteral("%1 people are watching this fridge already; try again in a "
                                "moment.")
                     .arg(m_limits.maxViewers);
}

} // namespace larder::camera
