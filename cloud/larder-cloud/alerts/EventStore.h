// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/AlertRules.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace larder::cloud::alerts {

/// The fridges' events in larder-cloud's database (schema version 8): every alert the rules
/// raised or cleared, and whether the family acknowledged or suppressed it. A raised alert is
/// open until its clearing event closes it.
class EventStore
{
public:
    struct Event
    {
        QString id, thing, familyId, type, condition, message;
        bool raised = false, open = false, ack = false, suppress = false;
        double value = 0;
        double limit = 0; ///< a temperature's limit (°C), 0 for the other conditions
        qint64 since = 0; ///< when the condition began (ms), 0 for a clearing
        qint64 createdAt = 0, updatedAt = 0; ///< ms
        QJsonObject toJson(const QString &deviceName) const;
    };

    explicit EventStore(const QString &connectionName = QStringLiteral("larder"));

    /// Stores the rules' @p change for @p thing of @p familyId at @p at (ms); the event made.
    std::optional<Event> record(const QString &thing, const QString &familyId,
                                const larder::alerts::Change &change, qint64 at);
    /// The conditions of @p thing in @p familyId raised and not yet cleared.
    QSet<larder::alerts::Condition> open(const QString &thing, const QString &familyId) const;
    /// The alerts of @p thing in @p familyId raised and not yet cleared, oldest first.
    QList<Event> openAlerts(const QString &thing, const QString &familyId) const;
    /// @p thing left its family: every event of it goes (nobody in its next family saw them).
    bool forget(const QString &thing);
    /// Which events to list, newest first: of these families' fridges (all, or one), raised
    /// ones only (alerts) or all, a page of at most @p limit after the continuation @p after
    /// (`{createdAt}:{id}` of the previous page's last event; empty for the first page).
    struct Query
    {
        QStringList families;
        QString thing;
        bool alertsOnly = false;
        QString after;
        int limit = 200;
    };
    QList<Event> list(const Query &query) const;
    /// The continuation after @p event (its page's last).
    static QString continuationAfter(const Event &event);
    std::optional<Event> find(const QString &id) const;
    /// Acknowledges and/or suppresses event @p id (for the whole family) at @p at (ms).
    std::optional<Event> mark(const QString &id, std::optional<bool> ack,
                              std::optional<bool> suppress, qint64 at);
    /// When @p thing's latest event of @p condition was made (ms), 0 for none.
    qint64 latest(const QString &thing, larder::alerts::Condition condition) const;
    /// Raised alerts of @p families neither acknowledged nor suppressed, by type.
    QHash<QString, int> unread(const QStringList &families) const;

    /// The event type of a condition's alert: "error", "warning" or "diagnostic".
    static QString typeOf(larder::alerts::Condition condition);

private:
    QString m_connection;
};

} // namespace larder::cloud::alerts
