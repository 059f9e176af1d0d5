// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::cloud {

/// Counts failures per key (a user, an address, a claim) in a sliding window and says when a
/// key has had too many. The count is in the database (`throttle_events`), so it holds across
/// every larder-cloud instance serving it: an attacker gains nothing by spreading his tries
/// over them. Keys are stored hashed (they are e-mail and IP addresses).
class Throttle
{
public:
    /// @p scope names what is counted ("identity.user", …); @p connection is the Qt SQL
    /// connection of the thread it is used on.
    Throttle(QString scope, int maxFailures, qint64 windowSeconds,
             QString connection = QStringLiteral("larder"));

    bool blocked(const QString &key, qint64 now) const;
    void fail(const QString &key, qint64 now);
    void clear(const QString &key);

private:
    QString hashed(const QString &key) const;

    QString m_scope;
    int m_max;
    qint64 m_window;
    QString m_connection;
};

} // namespace larder::cloud
