// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace larder::cloud {

/// Each fridge's recent life as the inspector shows it (schema 16's `device_timeline`): when it
/// connected and went away, and each shadow version with what changed in it. Technical data
/// only — the shadow's fields, never a family's. Kept to the newest `keepPerThing` entries of
/// each fridge; written in batches by the TimelineRecorder.
class DeviceTimeline
{
public:
    explicit DeviceTimeline(const QString &connectionName = QStringLiteral("larder"));

    struct Entry
    {
        qint64 at = 0;   ///< epoch ms
        QString kind;    ///< "connected", "disconnected" or "shadow"
        int version = 0; ///< the shadow's version (0 for connections)
        QString detail;  ///< compact JSON of what changed (shadow), or ""
    };
    static constexpr int keepPerThing = 200;

    /// Writes @p entries (thing, entry) in one transaction and cuts each fridge written to its
    /// newest `keepPerThing`.
    bool addAll(const QList<std::pair<QString, Entry>> &entries);
    /// The newest @p limit entries of @p thing, newest first.
    QList<Entry> list(const QString &thing, int limit = 100) const;
    /// @p thing left its family: its timeline goes with it.
    bool forget(const QString &thing);

private:
    QString m_connection;
};

} // namespace larder::cloud
