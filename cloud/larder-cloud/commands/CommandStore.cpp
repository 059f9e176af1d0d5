// SPDX-License-Identifier: MIT
#include "CommandStore.h"

#include "commands/CommandCatalog.h"
#include "larder-cloud/SqlQuery.h"

#include <QJsonDocument>

namespace larder::cloud::commands {

using larder::commands::JobExecution;
using larder::commands::JobStatus;
using sql::exec;
using sql::run;

namespace {
const char *kColumns = "id, thing, family, created_by, document, status, status_details, "
                       "queued_at, started_at, updated_at, version, execution_number, "
                       "expires_at, in_progress_timeout, step_deadline";
const char *kPending = "status IN ('QUEUED', 'IN_PROGRESS')";

QJsonObject objectOf(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}
QString textOf(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

CommandStore::Command commandAt(const QSqlQuery &query)
{
    CommandStore::Command command;
    JobExecution &execution = command.execution;
    execution.jobId = query.value(0).toString();
    execution.thing = query.value(1).toString();
    command.familyId = query.value(2).toString();
    command.createdBy = query.value(3).toString();
    execution.document = objectOf(query.value(4));
    execution.status =
        larder::commands::statusFrom(query.value(5).toString()).value_or(JobStatus::Failed);
    execution.statusDetails = objectOf(query.value(6));
    execution.queuedAt = query.value(7).toLongLong();
    execution.startedAt = query.value(8).toLongLong();
    execution.lastUpdatedAt = query.value(9).toLongLong();
    execution.versionNumber = query.value(10).toLongLong();
    execution.executionNumber = query.value(11).toLongLong();
    execution.expiresAt = query.value(12).toLongLong();
    execution.inProgressTimeout = query.value(13).toLongLong();
    execution.stepDeadline = query.value(14).toLongLong();
    return command;
}
} // namespace

QJsonObject CommandStore::Command::toJson() const
{
    QJsonObject params = execution.document;
    params.remove(QStringLiteral("operation"));
    QJsonObject json{
        {QStringLiteral("commandId"), execution.jobId},
        {QStringLiteral("deviceId"), execution.thing},
        {QStringLiteral("command"), execution.document.value(u"operation")},
        {QStringLiteral("params"), params},
        {QStringLiteral("title"), larder::commands::catalog::titleOf(execution.document)},
        {QStringLiteral("commandStatus"), larder::commands::seedStatus(execution.status)},
        {QStringLiteral("jobStatus"), larder::commands::statusName(execution.status)},
        {QStringLiteral("statusDetails"), execution.statusDetails},
        {QStringLiteral("createdAt"), execution.queuedAt * 1000},
        {QStringLiteral("updatedAt"), execution.lastUpdatedAt * 1000},
        {QStringLiteral("expiresAt"), execution.expiresAt * 1000},
        {QStringLiteral("version"), execution.versionNumber}};
    if (const QString reason = execution.statusDetails.value(u"reason").toString();
        !reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    return json;
}

CommandStore::CommandStore(const QString &connectionName) : m_connection(connectionName) {}

bool CommandStore::insert(const Command &command)
{
    const JobExecution &e = command.execution;
    // After the fridge's last command; two sent at once through two instances may share a
    // number (their order is then the id's), never lose a row.
    return exec(m_connection,
                QStringLiteral("INSERT INTO commands (%1, ordinal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                               "?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM "
                               "commands WHERE thing = ?))")
                    .arg(QLatin1String(kColumns)),
                {e.jobId, e.thing, command.familyId, command.createdBy, textOf(e.document),
                 larder::commands::statusName(e.status), textOf(e.statusDetails), e.queuedAt,
                 e.startedAt, e.lastUpdatedAt, e.versionNumber, e.executionNumber, e.expiresAt,
                 e.inProgressTimeout, e.stepDeadline, e.thing});
}

std::optional<CommandStore::Command> CommandStore::find(const QString &thing,
                                                        const QString &id) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM commands WHERE thing = ? AND id = ?")
                              .arg(QLatin1String(kColumns)),
                          {thing, id});
    if (!query.next())
        return std::nullopt;
    return commandAt(query);
}

QList<CommandStore::Command> CommandStore::list(const QString &thing, int limit) const
{
    QList<Command> found;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM commands WHERE thing = ? ORDER BY "
                                         "ordinal DESC, id DESC LIMIT ?")
                              .arg(QLatin1String(kColumns)),
                          {thing, limit});
    while (query.next())
        found.append(commandAt(query));
    return found;
}

QList<JobExecution> CommandStore::pending(const QString &thing) const
{
    QList<JobExecution> found;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM commands WHERE thing = ? AND %2 "
                                         "ORDER BY ordinal, id")
                              .arg(QLatin1String(kColumns), QLatin1String(kPending)),
                          {thing});
    while (query.next())
        found.append(commandAt(query).execution);
    return found;
}

QStringList CommandStore::due(qint64 now) const
{
    QStringList things;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM commands WHERE %2")
                              .arg(QLatin1String(kColumns), QLatin1String(kPending)),
                          {});
    while (query.next()) {
        const JobExecution execution = commandAt(query).execution;
        const qint64 deadline = execution.deadline();
        if (deadline && deadline <= now && !things.contains(execution.thing))
            things.append(execution.thing);
    }
    return things;
}

bool CommandStore::save(const JobExecution &e, qint64 readVersion)
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("UPDATE commands SET status = ?, status_details = ?, started_at = ?, "
                           "updated_at = ?, version = ?, step_deadline = ? WHERE id = ? AND "
                           "thing = ? AND version = ?"),
            {larder::commands::statusName(e.status), textOf(e.statusDetails), e.startedAt,
             e.lastUpdatedAt, e.versionNumber, e.stepDeadline, e.jobId, e.thing, readVersion});
    return query.numRowsAffected() == 1;
}

void CommandStore::forget(const QString &thing)
{
    exec(m_connection, QStringLiteral("DELETE FROM commands WHERE thing = ?"), {thing});
}

} // namespace larder::cloud::commands
