// SPDX-License-Identifier: MIT
#include "CommandApi.h"

#include "commands/CommandCatalog.h"
#include "larder-cloud/CloudStore.h"
#include "larder-cloud/api/FamilyStore.h"
#include "shadow/ShadowDocument.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUuid>

namespace larder::cloud::commands {

using larder::commands::JobExecution;

CommandApi::CommandApi(const api::ApiAuth *auth, const FamilyStore *families, CloudStore *shadows,
                       CommandStore *store, CommandQueue *queue)
    : m_auth(auth), m_families(families), m_shadows(shadows), m_store(store), m_queue(queue)
{
}

void CommandApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(
        QStringLiteral("/api/devices/<arg>/commands"), Method::Get,
        [this](const QString &thing, const QHttpServerRequest &request) {
            return m_auth->asFridgeMember(
                thing, request, [&](const api::Caller &, const QString &) {
                    QJsonArray items;
                    for (const CommandStore::Command &command : m_store->list(thing, maxItems))
                        items.append(command.toJson());
                    return api::reply(
                        {{QStringLiteral("items"), items},
                         {QStringLiteral("count"), items.size()},
                         {QStringLiteral("supported"),
                          QJsonArray::fromStringList(
                              larder::commands::catalog::supportedBy(m_queue->modelOf(thing)))}});
                });
        });
    server.route(QStringLiteral("/api/devices/<arg>/commands"), Method::Post,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asFridgeMember(
                         thing, request, [&](const api::Caller &caller, const QString &familyId) {
                             return create(thing, familyId, request, caller.sub);
                         });
                 });
    server.route(
        QStringLiteral("/api/devices/<arg>/commands/<arg>"), Method::Get,
        [this](const QString &thing, const QString &id, const QHttpServerRequest &request) {
            return m_auth->asCaller(request, [&](const api::Caller &caller) {
                const auto command = m_families->canUseThing(caller.sub, thing)
                                         ? m_store->find(thing, id)
                                         : std::nullopt;
                if (!command)
                    return api::failure(404, "NotFound", QStringLiteral("No such command."));
                return api::reply(command->toJson());
            });
        });
}

QHttpServerResponse CommandApi::create(const QString &thing, const QString &familyId,
                                       const QHttpServerRequest &request, const QString &sub)
{
    const auto body = api::bodyOf(request);
    const api::Verdict queued = m_queue->fromRequest(thing, familyId, body.value_or(QJsonObject()),
                                                     sub, CommandQueue::Catalog::Family);
    return api::reply(queued.body, queued.status);
}

} // namespace larder::cloud::commands
