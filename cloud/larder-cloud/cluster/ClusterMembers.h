// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace larder::cloud::cluster {

/// The larder-cloud instances serving one database, as they say themselves: each writes a
/// heartbeat every beatEveryMs; one not heard of for goneAfterMs is gone (killed, its machine
/// lost). The instance that runs the edge balances HTTP across the live api instances.
class ClusterMembers
{
public:
    static constexpr qint64 beatEveryMs = 1000;
    static constexpr qint64 goneAfterMs = 4000;

    explicit ClusterMembers(const QString &connectionName = QStringLiteral("larder"));

    /// Instance @p id (role @p role, its HTTP services at @p address, "host:port") is alive at
    /// @p nowMs.
    bool beat(const QString &id, const QString &role, const QString &address, qint64 nowMs);
    /// @p id stops: it leaves at once rather than after goneAfterMs.
    bool leave(const QString &id);
    /// Forgets instances not heard of for a minute (their rows only).
    bool forgetGone(qint64 nowMs);
    /// The HTTP addresses of the instances serving the API, alive at @p nowMs, sorted.
    QStringList apiAddresses(qint64 nowMs) const;

private:
    QString m_connection;
};

} // namespace larder::cloud::cluster
