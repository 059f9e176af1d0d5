// SPDX-License-Identifier: MIT
#include "SupportApi.h"
#include "AuditLog.h"
#include "ConsentStore.h"

#include "larder-cloud/CloudStore.h"
#include "larder-cloud/api/FamilyStore.h"
#include "shadow/ShadowDocument.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>

namespace larder::cloud::support {

namespace {
QJsonObject caseJson(const Consent &c)
{
    return {{QStringLiteral("caseId"), c.id},
            {QStringLiteral("thingName"), c.thing},
            {QStringLiteral("expiresAt"), double(c.expires) * 1000},
            {QStringLiteral("allowWrites"), c.allowWrites}};
}

} // namespace

SupportApi::SupportApi(const api::ApiAuth *auth, const FamilyStore *families,
                       ConsentStore *consents, AuditLog *audit, CloudStore *store,
                       InspectorRecord record)
    : m_auth(auth), m_families(families), m_consents(consents), m_audit(audit), m_store(store),
      m_record(record), m_gate(consents, audit)
{
}

void SupportApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    const QString access = QStringLiteral("/api/devices/<arg>/support-access");
    server.route(access, Method::Get,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asFridgeMember(
                         thing, request, [&](const api::Caller &, const QString &familyId) {
                             return familyView(thing, familyId);
                         });
                 });
    for (const auto method : {Method::Post, Method::Delete})
        server.route(access, method,
                     [this, method](const QString &thing, const QHttpServerRequest &request) {
                         return m_auth->asFridgeMember(
                             thing, request,
                             [&](const api::Caller &caller, const QString &familyId) {
                                 const auto member = m_families->memberOf(familyId, caller.sub);
                                 if (!member || member->role != u"owner")
                                     return api::failure(
                                         403, "Forbidden",
                                         QStringLiteral("Only the family's owner can let support "
                                                        "look at a fridge."));
                                 if (method == Method::Post)
                                     return grant(thing, familyId, caller, request);
                                 if (!m_consents->end(thing, familyId, api::now()))
                                     return api::failure(404, "NotFound",
                                                         QStringLiteral("Support has no access "
                                                                        "to end."));
                                 m_audit->append(thing, familyId,
                                                 {api::now() * 1000,
                                                  {},
                                                  QStringLiteral("owner"),
                                                  caller.displayName(),
                                                  QStringLiteral("ended"),
                                                  {}});
                                 return familyView(thing, familyId);
                             });
                     });
    server.route(QStringLiteral("/api/support/cases"), Method::Post,
                 [this](const QHttpServerRequest &request) {
                     return m_auth->asStaff(
                         request, [&](const api::Caller &agent) { return claim(agent, request); });
                 });
    server.route(QStringLiteral("/api/support/cases"), Method::Get,
                 [this](const QHttpServerRequest &request) {
                     return m_auth->asStaff(request, [&](const api::Caller &agent) {
                         QJsonArray cases;
                         for (const Consent &c : m_consents->casesOf(agent.sub, api::now()))
                             cases.append(caseJson(c));
                         return api::reply({{QStringLiteral("cases"), cases}});
                     });
                 });
    server.route(
        QStringLiteral("/api/support/things/<arg>/shadow"), Method::Get,
        [this](const QString &thing, const QHttpServerRequest &request) {
            return m_auth->asStaff(request, [&](const api::Caller &agent) {
                return inspect(agent, thing, QStringLiteral("viewedShadow"), [&](const QString &) {
                    const auto stored = m_store->loadShadow(thing, {});
                    const auto document =
                        shadow::ShadowDocument::fromStorage(stored.value_or(QJsonObject{}));
                    return QJsonObject{
                        {QStringLiteral("thingName"), thing},
                        {QStringLiteral("exists"), document.exists()},
                        {QStringLiteral("document"), document.fullDocument(api::now())}};
                });
            });
        });
    server.route(QStringLiteral("/api/support/things/<arg>/record"), Method::Get,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asStaff(request, [&](const api::Caller &agent) {
                         return inspect(
                             agent, thing, QStringLiteral("viewedRecord"),
                             [&](const QString &familyId) { return m_record.of(thing, familyId); });
                     });
                 });
}

QHttpServerResponse SupportApi::familyView(const QString &thing, const QString &familyId) const
{
    const qint64 now = api::now();
    QJsonValue active = QJsonValue::Null;
    if (const auto c = m_consents->active(thing, familyId, now)) {
        QJsonObject current{{QStringLiteral("expiresAt"), double(c->expires) * 1000},
                            {QStringLiteral("grantedAt"), double(c->created) * 1000},
                            {QStringLiteral("allowWrites"), c->allowWrites},
                            {QStringLiteral("claimed"), !c->agent.isEmpty()}};
        if (!c->agent.isEmpty())
            current.insert(QStringLiteral("agentName"), c->agentName);
        active = current;
    }
    QJsonArray audit;
    for (const AuditLog::Entry &e : m_audit->list(thing, familyId))
        audit.append(QJsonObject{{QStringLiteral("at"), double(e.at)},
                                 {QStringLiteral("actor"), e.actorKind},
                                 {QStringLiteral("actorName"), e.actorName},
                                 {QStringLiteral("action"), e.action},
                                 {QStringLiteral("detail"), e.detail}});
    return api::reply({{QStringLiteral("active"), active}, {QStringLiteral("audit"), audit}});
}

QHttpServerResponse SupportApi::grant(const QString &thing, const QString &familyId,
                                      const api::Caller &owner, const QHttpServerRequest &request)
{
    const auto body = api::bodyOf(request);
    const QJsonValue hours = body ? body->value(u"hours") : QJsonValue();
    const QJsonValue writes = body ? body->value(u"allowWrites") : QJsonValue();
    if (!body || !hours.isDouble() || !(writes.isUndefined() || writes.isBool()))
        return api::failure(400, "BadRequest",
                            QStringLiteral("Send {\"hours\": 1 to 168, \"allowWrites\": false}."));
    if (const auto problem = consent::durationProblem(hours.toDouble()))
        return api::failure(400, "BadRequest", *problem);
    const qint64 now = api::now();
    const auto granted =
        m_consents->grant(thing, familyId, owner.sub, hours.toInt(), writes.toBool(false), now);
    if (!granted)
        return api::failure(500, "InternalFailure",
                            QStringLiteral("Support access could not be stored; try again."));
    m_audit->append(
        thing, familyId,
        {now * 1000, granted->consent.id, QStringLiteral("owner"), owner.displayName(),
         QStringLiteral("granted"),
         QStringLiteral("%1h%2")
             .arg(hours.toInt())
             .arg(granted->consent.allowWrites ? QStringLiteral(" writes") : QString())});
    return api::reply({{QStringLiteral("caseCode"), granted->caseCode},
                       {QStringLiteral("expiresAt"), double(granted->consent.expires) * 1000},
                       {QStringLiteral("allowWrites"), granted->consent.allowWrites}},
                      201);
}

QHttpServerResponse SupportApi::claim(const api::Caller &agent, const QHttpServerRequest &request)
{
    if (tooManyTries(agent.sub, false))
        return api::failure(
            429, "TooManyRequests",
            QStringLiteral("Too many wrong case codes: wait a quarter of an hour."));
    const auto body = api::bodyOf(request);
    const auto code =
        body ? consent::normalized(body->value(u"caseCode").toString()) : std::nullopt;
    const qint64 now = api::now();
    const auto claimed = code ? m_consents->claim(*code, agent.sub, agent.name, now) : std::nullopt;
    if (!claimed) {
        tooManyTries(agent.sub, true);
        return api::failure(404, "NotFound",
                            QStringLiteral("No open support access has that case code."));
    }
    m_audit->append(claimed->thing, claimed->familyId,
                    {now * 1000,
                     claimed->id,
                     QStringLiteral("support"),
                     agent.name,
                     QStringLiteral("opened"),
                     {}});
    return api::reply(caseJson(*claimed));
}

QHttpServerResponse
SupportApi::inspect(const api::Caller &agent, const QString &thing, const QString &action,
                    const std::function<QJsonObject(const QString &familyId)> &what)
{
    const auto held = m_gate.admit(agent, thing, action);
    if (!held)
        return InspectorGate::refused();
    return api::reply(what(held->familyId));
}

bool SupportApi::tooManyTries(const QString &agent, bool wrong)
{
    const qint64 now = api::now();
    if (wrong)
        m_wrongCodes.fail(agent, now);
    return m_wrongCodes.blocked(agent, now);
}

} // namespace larder::cloud::support
