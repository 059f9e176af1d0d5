// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace larder::cloud {

/// The fridge controllers connected to the broker now, keyed by the broker's connection
/// (not by client id: when a fridge reconnects, its new connection is admitted before the old
/// one is closed, and that close must not mark it offline).
class PresenceTracker
{
public:
    /// A connection of @p thing was admitted; true if the thing was offline until now.
    bool connected(const void *connection, const QString &thing)
    {
        if (m_things.contains(connection))
            return false;
        m_things.insert(connection, thing);
        return ++m_counts[thing] == 1;
    }
    /// A connection closed; the thing it was, if that was its last connection (it went offline).
    QString disconnected(const void *connection)
    {
        const auto it = m_things.constFind(connection);
        if (it == m_things.constEnd())
            return {};
        QString thing = it.value(); // a copy: erase() below ends the entry it comes from
        m_things.erase(it);
        if (--m_counts[thing] > 0)
            return {};
        m_counts.remove(thing);
        return thing;
    }
    QJsonObject snapshot() const
    {
        QJsonArray things;
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            things.append(it.key());
        return {{QStringLiteral("connected"), things}};
    }

private:
    QHash<const void *, QString> m_things;
    QHash<QString, int> m_counts;
};

} // namespace larder::cloud
