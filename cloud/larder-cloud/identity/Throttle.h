// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace larder::cloud {

/// Counts failures per key (a user, an address) in a sliding window and says when a key has
/// had too many.
class Throttle
{
public:
    Throttle(int maxFailures, qint64 windowSeconds) : m_max(maxFailures), m_window(windowSeconds) {}

    bool blocked(const QString &key, qint64 now)
    {
        prune(key, now);
        return m_failures.value(key).size() >= m_max;
    }
    void fail(const QString &key, qint64 now) { m_failures[key].append(now); }
    void clear(const QString &key) { m_failures.remove(key); }

private:
    void prune(const QString &key, qint64 now)
    {
        auto it = m_failures.find(key);
        if (it == m_failures.end())
            return;
        it->removeIf([&](qint64 at) { return at <= now - m_window; });
        if (it->isEmpty())
            m_failures.erase(it);
    }

    int m_max;
    qint64 m_window;
    QHash<QString, QList<qint64>> m_failures;
};

} // namespace larder::cloud
