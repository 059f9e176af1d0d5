// SPDX-License-Identifier: MIT
#include "JobThrottle.h"

namespace larder::commands {

JobThrottle::Verdict JobThrottle::take(const QString &thing, qint64 now)
{
    Window &window = m_windows[thing];
    if (window.second != now)
        window = {now, 0};
    ++window.count;
    if (window.count <= m_perSecond)
        return Verdict::Serve;
    return window.count <= 2 * m_perSecond ? Verdict::Refuse : Verdict::Drop;
}

void JobThrottle::forgetBefore(qint64 now)
{
    for (auto it = m_windows.begin(); it != m_windows.end();)
        it = it->second < now ? m_windows.erase(it) : std::next(it);
}

} // namespace larder::commands
