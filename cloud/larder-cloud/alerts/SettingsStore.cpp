// SPDX-License-Identifier: MIT
#include "SettingsStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace larder::cloud::alerts {

using sql::exec;
using sql::run;

SettingsStore::SettingsStore(const QString &connectionName) : m_connection(connectionName) {}

QString SettingsStore::familyScope(const QString &familyId)
{
    return QStringLiteral("family:") + familyId;
}

QString SettingsStore::userScope(const QString &sub)
{
    return QStringLiteral("user:") + sub;
}

QJsonValue SettingsStore::value(const QString &scope, const QString &id) const
{
    QSqlQuery query =
        run(m_connection, QStringLiteral("SELECT value FROM settings WHERE scope = ? AND id = ?"),
            {scope, id});
    if (!query.next())
        return QJsonValue::Undefined;
    // Stored inside an array: a JSON document cannot be a bare value.
    return QJsonDocument::fromJson(query.value(0).toByteArray()).array().at(0);
}

bool SettingsStore::set(const QString &scope, const QString &id, const QJsonValue &value, qint64 at)
{
    return exec(m_connection,
                QStringLiteral("INSERT INTO settings (scope, id, value, updated_at) VALUES (?, ?, "
                               "?, ?) ON CONFLICT (scope, id) DO UPDATE SET value = "
                               "excluded.value, updated_at = excluded.updated_at"),
                {scope, id,
                 QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                 at});
}

larder::alerts::Thresholds SettingsStore::thresholds(const QString &familyId) const
{
    larder::alerts::Thresholds thresholds;
    QSqlQuery query =
        run(m_connection, QStringLiteral("SELECT id, value FROM settings WHERE scope = ?"),
            {familyScope(familyId)});
    while (query.next()) {
        QString ignored;
        thresholds.set(query.value(0).toString(),
                       QJsonDocument::fromJson(query.value(1).toByteArray()).array().at(0),
                       &ignored);
    }
    return thresholds;
}

QString SettingsStore::alertLevel(const QString &sub) const
{
    const QJsonValue level = value(userScope(sub), QStringLiteral("alertLevel"));
    QString ignored;
    return larder::alerts::isAlertLevel(level, &ignored) ? level.toString()
                                                         : QStringLiteral("warning");
}

larder::alerts::QuietHours SettingsStore::quietHours(const QString &sub) const
{
    return larder::alerts::QuietHours::fromJson(value(userScope(sub), QStringLiteral("quietHours")))
        .value_or(larder::alerts::QuietHours{});
}

} // namespace larder::cloud::alerts
