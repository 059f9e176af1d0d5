// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

namespace larder::commands {

/// How many Jobs requests one thing may make (AWS IoT Jobs throttles devices too, with
/// `RequestThrottled`): up to `perSecond` in a second are served; the next as many are refused
/// with `RequestThrottled` (an answer costs the service nothing but a publish); beyond that a
/// flooding device gets no answer at all. Free of I/O; the Jobs service asks it before it reads a
/// request.
class JobThrottle
{
public:
    enum class Verdict { Serve, Refuse, Drop };

    explicit JobThrottle(int perSecond = 20) : m_perSecond(perSecond) {}

    /// A request from @p thing in second @p now.
    Verdict take(const QString &thing, qint64 now);
    /// Forgets things not heard from since before @p now (call now and then).
    void forgetBefore(qint64 now);

private:
    struct Window
    {
        qint64 second = 0;
        int count = 0;
    };
    int m_perSecond;
    QHash<QString, Window> m_windows;
};

} // namespace larder::commands
