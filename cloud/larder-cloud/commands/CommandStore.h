// SPDX-License-Identifier: MIT
#pragma once

#include "commands/JobExecution.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace larder::cloud::commands {

/// The fridges' commands in larder-cloud's database (schema version 10): each one a job
/// execution for one thing (larder::commands::JobExecution), with the family it was sent in
/// and who sent it. The REST side adds them; the Jobs service on the MQTT plane moves them on.
class CommandStore
{
public:
    struct Command
    {
        larder::commands::JobExecution execution;
        QString familyId;
        QString createdBy; ///< the member's sub
        /// The seed API's command: commandId, deviceId, command, params, title, commandStatus
        /// (pending / success / failed), jobStatus, statusDetails, reason, createdAt,
        /// updatedAt, expiresAt (epoch ms for the seed's times).
        QJsonObject toJson() const;
    };

    explicit CommandStore(const QString &connectionName = QStringLiteral("larder"));

    bool insert(const Command &command);
    std::optional<Command> find(const QString &thing, const QString &id) const;
    /// @p thing's commands, newest first.
    QList<Command> list(const QString &thing, int limit) const;
    /// @p thing's executions queued or in progress, oldest first.
    QList<larder::commands::JobExecution> pending(const QString &thing) const;
    /// Every thing with an execution queued or in progress whose deadline is at or before
    /// @p now.
    QStringList due(qint64 now) const;
    /// Saves a changed execution, unless someone saved it since it was read at @p readVersion.
    bool save(const larder::commands::JobExecution &execution, qint64 readVersion);
    /// Forgets every command of @p thing (it left its family: nobody there may command it).
    void forget(const QString &thing);

private:
    QString m_connection;
};

} // namespace larder::cloud::commands
