// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace larder::cloud::support {

/// What happened with support's access to a family's fridge (schema 15): who granted and ended
/// it, and every look and action of the agent. Written only by the cloud, as it happens; no
/// endpoint changes or removes an entry, and the family reads it.
class AuditLog
{
public:
    explicit AuditLog(const QString &connectionName = QStringLiteral("larder"));

    struct Entry
    {
        qint64 at = 0; ///< epoch ms
        QString consentId;
        QString actorKind; ///< "owner" or "support"
        QString actorName; ///< the owner's or the agent's name (may be empty)
        QString action;    ///< granted, ended, opened, viewedShadow…
        QString detail;    ///< e.g. the hours granted
    };

    bool append(const QString &thing, const QString &familyId, const Entry &entry);
    /// Whether the newest entry of @p thing in @p familyId is @p entry's actor, action, detail and
    /// consent again, less than @p windowMs before it.
    bool repeats(const QString &thing, const QString &familyId, const Entry &entry,
                 qint64 windowMs) const;
    /// The newest @p limit entries of @p thing in @p familyId, newest first.
    QList<Entry> list(const QString &thing, const QString &familyId, int limit = 100) const;

private:
    QString m_connection;
};

} // namespace larder::cloud::support
