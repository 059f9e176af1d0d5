// SPDX-License-Identifier: MIT
#include "SupportActions.h"

#include "ReportStore.h"

#include "larder-cloud/commands/CommandQueue.h"
#include "larder-cloud/commands/CommandStore.h"
#include "larder-cloud/media/MediaKinds.h"
#include "larder-cloud/media/MediaService.h"

#include "commands/CommandCatalog.h"

#include <QHttpServer>
#include <QHttpServerRequest>

namespace larder::cloud::support {

namespace catalog = larder::commands::catalog;

SupportActions::SupportActions(const api::ApiAuth *auth, InspectorGate gate,
                               commands::CommandQueue *queue,
                               const commands::CommandStore *commands, const ReportStore *reports,
                               media::MediaService *media)
    : m_auth(auth), m_gate(gate), m_queue(queue), m_commands(commands), m_reports(reports),
      m_media(media)
{
}

void SupportActions::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/support/things/<arg>/reports"), Method::Post,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asStaff(request, [&](const api::Caller &agent) {
                         return queue(agent, thing, catalog::diagnosticReport(), {},
                                      QStringLiteral("askedReport"));
                     });
                 });
    server.route(QStringLiteral("/api/support/things/<arg>/commands"), Method::Post,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asStaff(request, [&](const api::Caller &agent) {
                         return command(agent, thing, request);
                     });
                 });
    server.route(
        QStringLiteral("/api/support/things/<arg>/reports/<arg>/download"), Method::Post,
        [this](const QString &thing, const QString &id, const QHttpServerRequest &request) {
            return m_auth->asStaff(
                request, [&](const api::Caller &agent) { return download(agent, thing, id); });
        });
}

QHttpServerResponse SupportActions::command(const api::Caller &agent, const QString &thing,
                                            const QHttpServerRequest &request)
{
    const auto body = api::bodyOf(request).value_or(QJsonObject());
    if (!body.value(u"command").isString() ||
        (body.contains(u"params") && !body.value(u"params").isObject()))
        return api::failure(400, "BadRequest",
                            QStringLiteral("Send {\"command\": name, \"params\": {…}}."));
    const QString name = body.value(u"command").toString();
    return queue(agent, thing, name, body.value(u"params").toObject(),
                 QStringLiteral("sentCommand"));
}

QHttpServerResponse SupportActions::queue(const api::Caller &agent, const QString &thing,
                                          const QString &name, const QJsonObject &params,
                                          const QString &action)
{
    // One read of the consent decides, and the same one is on the record.
    const auto held = m_gate.access(agent, thing);
    if (!held)
        return InspectorGate::refused();
    // Support's own commands read; the family's change the fridge: those only with a consent
    // that allows changes.
    const bool own = catalog::isSupportOperation(name);
    if (!own && !held->allowWrites)
        return api::failure(403, "Forbidden",
                            QStringLiteral("The family let you look only: ask the owner to "
                                           "allow changes to send this command."));
    // Support waits for no more than a few at a time, never past the consent: the family's own
    // commands keep their room, and nothing support asked runs after the access ended.
    int waiting = 0;
    for (const commands::CommandStore::Command &command : m_commands->list(thing, 100))
        waiting += command.createdBy.startsWith(u"support:") &&
                   command.toJson().value(u"commandStatus").toString() == u"pending";
    if (waiting >= maxWaiting)
        return api::failure(429, "TooManyCommands",
                            QStringLiteral("%1 of support's commands already wait for this "
                                           "fridge; let it catch up first.")
                                .arg(maxWaiting));
    const qint64 expires = std::min(expiresIn, held->expires - api::now());
    if (expires < commands::CommandQueue::minExpiry)
        return InspectorGate::refused();
    const api::Verdict queued = m_queue->fromRequest(
        thing, held->familyId,
        {{QStringLiteral("command"), name},
         {QStringLiteral("params"), params},
         {QStringLiteral("expiresIn"), double(expires)}},
        QStringLiteral("support:") + agent.sub, commands::CommandQueue::Catalog::Support);
    // On the record once it is done (the name is the catalog's: the request was checked).
    if (queued.ok() && !m_gate.record(agent, *held, action, name))
        return api::failure(503, "ServiceUnavailable",
                            QStringLiteral("The action could not be put on the family's record; "
                                           "try again."));
    return api::reply(queued.body, queued.status);
}

QHttpServerResponse SupportActions::download(const api::Caller &agent, const QString &thing,
                                             const QString &reportId)
{
    const auto held = m_gate.access(agent, thing);
    if (!held)
        return InspectorGate::refused();
    const auto notThere = [] {
        return api::failure(404, "NotFound",
                            QStringLiteral("No diagnostic report of this fridge has that id."));
    };
    // Only a report of the fridge's current family, and only the object it named: the fridge's
    // own, of kind diagnostic — sent for support's command, or from its door.
    QString key, sha256;
    qint64 size = 0;
    if (const auto command = m_commands->find(thing, reportId)) {
        if (command->familyId != held->familyId ||
            command->execution.document.value(u"operation").toString() !=
                catalog::diagnosticReport())
            return notThere();
        const QJsonObject details = command->execution.statusDetails;
        if (command->toJson().value(u"commandStatus").toString() != u"success")
            return api::failure(409, "NotReady",
                                QStringLiteral("The fridge has not sent this report (yet)."));
        key = details.value(u"key").toString();
        sha256 = details.value(u"sha256").toString();
        size = details.value(u"size").toString().toLongLong();
    } else if (const auto report = m_reports->find(thing, held->familyId, reportId)) {
        key = report->key;
        sha256 = report->sha256;
        size = report->size;
    } else {
        return notThere();
    }
    const auto place = media::parseObjectPath(key);
    if (!place || place->kind != u"diagnostic" || place->owner != thing)
        return notThere();
    const api::Verdict url =
        m_media->download({held->familyId, QStringLiteral("support:") + agent.sub, thing},
                          {{QStringLiteral("key"), place->path()}});
    if (!url.ok())
        return notThere();
    if (!m_gate.record(agent, *held, QStringLiteral("openedReport")))
        return api::failure(503, "ServiceUnavailable",
                            QStringLiteral("The look could not be put on the family's record; "
                                           "try again."));
    QJsonObject body = url.body;
    body.insert(QStringLiteral("sha256"), sha256);
    body.insert(QStringLiteral("size"), size);
    return api::reply(body);
}

} // namespace larder::cloud::support
