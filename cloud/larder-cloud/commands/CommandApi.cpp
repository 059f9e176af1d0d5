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

QString CommandApi::modelOf(const QString &thing) const
{
    const auto stored = m_shadows->loadShadow(thing, QString());
    if (!stored)
        return {};
    return shadow::ShadowDocument::fromStorage(*stored).reported().value(u"model").toString();
}

void CommandApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/devices/<arg>/commands"), Method::Get,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asFridgeMember(
                         thing, request, [&](const api::Caller &, const QString &) {
                             QJsonArray items;
                             for (const CommandStore::Command &command :
                                  m_store->list(thing, maxItems))
                                 items.append(command.toJson());
                             return api::reply(
                                 {{QStringLiteral("items"), items},
                                  {QStringLiteral("count"), items.size()},
                                  {QStringLiteral("supported"),
                                   QJsonArray::fromStringList(
                                       larder::commands::catalog::supportedBy(modelOf(thing)))}});
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
    if (!body || !body->value(u"command").isString() ||
        (body->contains(u"params") && !body->value(u"params").isObject()))
        return api::failure(400, "BadRequest",
                            QStringLiteral("Send {\"command\": name, \"params\": {…}, "
                                           "\"expiresIn\": seconds}."));
    const double expiresIn = body->value(u"expiresIn").toDouble(double(defaultExpiry));
    if (expiresIn < double(minExpiry) || expiresIn > double(maxExpiry) ||
        expiresIn != double(qint64(expiresIn)))
        return api::failure(400, "BadRequest",
                            QStringLiteral("expiresIn is a whole number of seconds from %1 to "
                                           "%2 (a week).")
                                .arg(minExpiry)
                                .arg(maxExpiry));
    const auto document = larder::commands::catalog::document(
        body->value(u"command").toString(), body->value(u"params").toObject(), modelOf(thing));
    if (const auto *refused = std::get_if<QString>(&document))
        return api::failure(400, "UnsupportedCommand", *refused);
    const api::Verdict queued =
        m_queue->enqueue(thing, familyId, std::get<QJsonObject>(document), qint64(expiresIn), sub);
    return api::reply(queued.body, queued.status);
}

} // namespace larder::cloud::commands
