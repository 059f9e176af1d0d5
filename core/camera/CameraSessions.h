// SPDX-License-Identifier: MIT
#pragma once

#include "CameraSignals.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder::camera {

/// The live camera's sessions on the fridge (camera issue), free of I/O: who may start
/// watching, and when a session ends by itself. On demand only: the fridge encodes while one
/// session is open and stops with the last. At most `maxViewers` at once (the next is refused
/// with a sentence); an offer again for an open session restarts it (a viewer back after a
/// network drop), at most `restartsPerMinute` times; more than `offersPerMinute` new sessions a
/// minute are a flood, refused without any work; a session whose
/// viewer never connects within `connectTimeoutMs`, or is not heard from for `idleTimeoutMs`,
/// ends.
class CameraSessions
{
public:
    struct Limits
    {
        int maxViewers = 3;
        int offersPerMinute = 12;  ///< new sessions started, all viewers together
        int restartsPerMinute = 6; ///< offers again on one open session
        qint64 connectTimeoutMs = 15'000;
        qint64 idleTimeoutMs = signalling::silentAfterMs;
    };
    enum class Verdict {
        Start,   ///< a new session: answer it
        Restart, ///< the same session again: answer it afresh
        Full,    ///< refused: as many viewers as the fridge serves
        Flood,   ///< refused: too many sessions started lately, or this one restarted too often
    };

    CameraSessions() = default;
    explicit CameraSessions(Limits limits) : m_limits(limits) {}

    /// A viewer's offer for @p session at @p nowMs.
    Verdict offer(const QString &session, qint64 nowMs);
    /// The session's media flows (ICE connected).
    void connected(const QString &session, qint64 nowMs);
    /// Heard from the session's viewer (a candidate, a keep-alive).
    void heard(const QString &session, qint64 nowMs);
    /// The viewer said bye, or the stream failed: the session ends. False when it was not open.
    bool end(const QString &session);
    /// The sessions that ended by themselves by @p nowMs (each ended once).
    QStringList expire(qint64 nowMs);

    int viewers() const { return int(m_sessions.size()); }
    bool encoding() const { return !m_sessions.isEmpty(); }
    bool isOpen(const QString &session) const { return m_sessions.contains(session); }
    /// The sentence a refused viewer reads (Full), for the `refused` message.
    QString refusal() const;
    /// The sentence for Flood.
    static QString floodRefusal();

private:
    struct Session
    {
        qint64 offeredAt = 0;
        qint64 heardAt = 0;
        bool connected = false;
        QList<qint64> restarts; ///< when it was offered again lately (ms)
    };
    Limits m_limits;
    QHash<QString, Session> m_sessions;
    QList<qint64> m_starts; ///< when the recent sessions started (ms)
};

} // namespace larder::camera
