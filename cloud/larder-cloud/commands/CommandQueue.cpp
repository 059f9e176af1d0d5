// SPDX-License-Identifier: MIT
#include "CommandQueue.h"

#include <QDateTime>
#include <QUuid>

namespace larder::cloud::commands {

api::Verdict CommandQueue::enqueue(const QString &thing, const QString &familyId,
                                   const QJsonObject &document, qint64 expiresIn,
                                   const QString &createdBy)
{
    if (m_store->pending(thing).size() >= maxPending)
        return api::refusal(429, "TooManyCommands",
                            QStringLiteral("%1 commands already wait for this fridge; let it "
                                           "catch up first.")
                                .arg(maxPending));
    CommandStore::Command command;
    larder::commands::JobExecution &execution = command.execution;
    execution.jobId = QUuid::createUuid().toString(QUuid::Id128);
    execution.thing = thing;
    execution.document = document;
    execution.queuedAt = execution.lastUpdatedAt = QDateTime::currentSecsSinceEpoch();
    execution.expiresAt = execution.queuedAt + expiresIn;
    execution.inProgressTimeout = inProgressTimeout;
    command.familyId = familyId;
    command.createdBy = createdBy;
    if (!m_store->insert(command))
        return api::refusal(500, "InternalError",
                            QStringLiteral("The command could not be saved."));
    if (m_queued)
        m_queued(thing, execution.jobId);
    return {201, command.toJson()};
}

} // namespace larder::cloud::commands
