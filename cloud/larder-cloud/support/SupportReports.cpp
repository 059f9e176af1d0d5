// SPDX-License-Identifier: MIT
#include "SupportReports.h"

#include "larder-cloud/commands/CommandQueue.h"
#include "larder-cloud/media/MediaKinds.h"
#include "larder-cloud/media/MediaService.h"

#include "commands/CommandCatalog.h"

#include <QHttpServer>
#include <QHttpServerRequest>

namespace larder::cloud::support {

namespace catalog = larder::commands::catalog;

SupportReports::SupportReports(const api::ApiAuth *auth, InspectorGate gate,
                               commands::CommandQueue *queue,
                               const commands::CommandStore *commands, media::MediaService *media)
    : m_auth(auth), m_gate(gate), m_queue(queue), m_commands(commands), m_media(media)
{
}

void SupportReports::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/support/things/<arg>/reports"), Method::Post,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asStaff(request, [&](const api::Caller &agent) {
                         const auto held =
                             m_gate.admit(agent, thing, QStringLiteral("askedReport"));
                         if (!held)
                             return InspectorGate::refused();
                         const api::Verdict queued = m_queue->enqueue(
                             thing, held->familyId,
                             {{QStringLiteral("operation"), catalog::diagnosticReport()}},
                             expiresIn, QStringLiteral("support:") + agent.sub);
                         return api::reply(queued.body, queued.status);
                     });
                 });
    server.route(
        QStringLiteral("/api/support/things/<arg>/reports/<arg>/download"), Method::Post,
        [this](const QString &thing, const QString &id, const QHttpServerRequest &request) {
            return m_auth->asStaff(
                request, [&](const api::Caller &agent) { return download(agent, thing, id); });
        });
}

QHttpServerResponse SupportReports::download(const api::Caller &agent, const QString &thing,
                                             const QString &commandId)
{
    const auto held = m_gate.admit(agent, thing, QStringLiteral("openedReport"));
    if (!held)
        return InspectorGate::refused();
    const auto notThere = [] {
        return api::failure(404, "NotFound",
                            QStringLiteral("No diagnostic report of this fridge has that id."));
    };
    // Only a report the fridge sent for a command of its current family, and only the object
    // it named: its own, of kind diagnostic.
    const auto command = m_commands->find(thing, commandId);
    if (!command || command->familyId != held->familyId ||
        command->execution.document.value(u"operation").toString() != catalog::diagnosticReport())
        return notThere();
    const QJsonObject details = command->execution.statusDetails;
    const auto place = media::parseObjectPath(details.value(u"key").toString());
    if (command->toJson().value(u"commandStatus").toString() != u"success" || !place ||
        place->kind != u"diagnostic" || place->owner != thing)
        return api::failure(409, "NotReady",
                            QStringLiteral("The fridge has not sent this report (yet)."));
    const api::Verdict url =
        m_media->download({held->familyId, QStringLiteral("support:") + agent.sub, thing},
                          {{QStringLiteral("key"), place->path()}});
    if (!url.ok())
        return notThere();
    QJsonObject body = url.body;
    body.insert(QStringLiteral("sha256"), details.value(u"sha256"));
    body.insert(QStringLiteral("size"), details.value(u"size").toString().toLongLong());
    return api::reply(body);
}

} // namespace larder::cloud::support
