// SPDX-License-Identifier: MIT
#include "CommandQueue.h"

#include "larder-cloud/CloudStore.h"

#include "commands/CommandCatalog.h"
#include "shadow/ShadowDocument.h"

#include <QDateTime>
#include <QUuid>

namespace larder::cloud::commands {

QString CommandQueue::modelOf(const QString &thing) const
{
    const auto stored = m_shadows->loadShadow(thing, QString());
    if (!stored)
        return {};
    return shadow::ShadowDocument::fromStorage(*stored).reported().value(u"model").toString();
}

api::Verdict CommandQueue::fromRequest(const QString &thing, const QString &familyId,
                                       const QJsonObject &request, const QString &createdBy,
                                       Catalog catalog)
{
    if (!request.value(u"command").isString() ||
        (request.contains(u"params") && !request.value(u"params").isObject()))
        return api::refusal(400, "BadRequest",
                            QStringLiteral("Send {\"command\": name, \"params\": {…}, "
                                           "\"expiresIn\": seconds}."));
    const double expiresIn = request.value(u"expiresIn").toDouble(double(defaultExpiry));
    if (expiresIn < double(minExpiry) || expiresIn > double(maxExpiry) ||
        expiresIn != double(qint64(expiresIn)))
        return api::refusal(400, "BadRequest",
                            QStringLiteral("expiresIn is a whole number of seconds from %1 to "
                                           "%2 (a week).")
                                .arg(minExpiry)
                                .arg(maxExpiry));
    const QString name = request.value(u"command").toString();
    const auto document =
        catalog == Catalog::Support && larder::commands::catalog::isSupportOperation(name)
            ? std::variant<QJsonObject, QString>(QJsonObject{{QStringLiteral("operation"), name}})
            : larder::commands::catalog::document(name, request.value(u"params").toObject(),
                                                  modelOf(thing));
    if (const auto *refused = std::get_if<QString>(&document))
        return api::refusal(400, "UnsupportedCommand", *refused);
    return enqueue(thing, familyId, std::get<QJsonObject>(document), qint64(expiresIn), createdBy);
}

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
