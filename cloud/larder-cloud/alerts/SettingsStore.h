// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/AlertRules.h"
#include "alerts/QuietHours.h"

#include <QJsonValue>
#include <QString>

namespace larder::cloud::alerts {

/// Settings in larder-cloud's database (schema version 9): a family's alert thresholds
/// (scope `family:{id}`) and a person's alert level and quiet hours (scope `user:{sub}`), as
/// JSON values.
class SettingsStore
{
public:
    explicit SettingsStore(const QString &connectionName = QStringLiteral("larder"));

    static QString familyScope(const QString &familyId);
    static QString userScope(const QString &sub);

    QJsonValue value(const QString &scope, const QString &id) const; ///< Undefined when unset
    bool set(const QString &scope, const QString &id, const QJsonValue &value, qint64 at);

    /// The family's thresholds: the defaults with what it has set.
    larder::alerts::Thresholds thresholds(const QString &familyId) const;
    /// The person's alert level ("warning" unless set).
    QString alertLevel(const QString &sub) const;
    /// The person's quiet hours (none unless set).
    larder::alerts::QuietHours quietHours(const QString &sub) const;

private:
    QString m_connection;
};

} // namespace larder::cloud::alerts
