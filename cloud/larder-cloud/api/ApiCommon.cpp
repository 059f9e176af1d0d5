// SPDX-License-Identifier: MIT
#include "ApiCommon.h"
#include "FamilyStore.h"

#include "larder-cloud/identity/IdentityService.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace larder::cloud::api {

QHttpServerResponse reply(const QJsonObject &body, int status)
{
    return QHttpServerResponse("application/json",
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse failure(int status, const char *error, const QString &message)
{
    return reply(
        {{QStringLiteral("error"), QLatin1String(error)}, {QStringLiteral("message"), message}},
        status);
}

std::optional<QJsonObject> bodyOf(const QHttpServerRequest &request, qsizetype maxBytes)
{
    if (request.body().size() > maxBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

ApiAuth::ApiAuth(IdentityService *identity, FamilyStore *families)
    : m_identity(identity), m_families(families)
{
}

std::variant<Caller, QHttpServerResponse> ApiAuth::callerOf(const QHttpServerRequest &request) const
{
    QString token = QString::fromLatin1(request.value("Authorization")).trimmed();
    if (token.startsWith(QStringLiteral("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    QString why;
    const auto claims = token.isEmpty()
                            ? std::nullopt
                            : m_identity->validate(token, QStringLiteral("id"), now(), &why);
    if (!claims && why == IdentityService::unavailable())
        return failure(503, "ServiceUnavailable", why); // not the caller's fault: no sign-out
    if (!claims)
        return failure(401, "Unauthorized",
                       token.isEmpty() ? QStringLiteral("Sign in first.") : why);
    return Caller{claims->value(u"sub").toString(), claims->value(u"email").toString(),
                  claims->value(u"name").toString(),
                  claims->value(u"cognito:groups").toArray().contains(QStringLiteral("support"))};
}

QHttpServerResponse ApiAuth::asCaller(const QHttpServerRequest &request,
                                      const CallerAction &action) const
{
    auto caller = callerOf(request);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&caller))
        return std::move(*refusal);
    const Caller &who = std::get<Caller>(caller);
    if (who.staff)
        return failure(403, "Forbidden",
                       QStringLiteral("A support account does not use a family's endpoints."));
    return action(who);
}

QHttpServerResponse ApiAuth::asFridgeMember(const QString &thing, const QHttpServerRequest &request,
                                            const FridgeAction &action) const
{
    return asCaller(request, [&](const Caller &caller) {
        const auto family = m_families->familyOfThing(thing);
        if (!family || !m_families->canUseThing(caller.sub, thing))
            return failure(404, "NotFound", QStringLiteral("No such fridge."));
        return action(caller, family->first);
    });
}

QHttpServerResponse ApiAuth::asStaff(const QHttpServerRequest &request,
                                     const CallerAction &action) const
{
    auto caller = callerOf(request);
    if (auto *refusal = std::get_if<QHttpServerResponse>(&caller))
        return std::move(*refusal);
    const Caller &who = std::get<Caller>(caller);
    if (!who.staff)
        return failure(403, "Forbidden", QStringLiteral("This is for Larder's support staff."));
    return action(who);
}

QHttpServerResponse ApiAuth::asMember(const QString &familyId, const QHttpServerRequest &request,
                                      const QString &ownerOnly, const MemberAction &action,
                                      const QString &notFound) const
{
    return asCaller(request, [&](const Caller &caller) {
        const auto member = m_families->memberOf(familyId, caller.sub);
        if (!member) // outside the caller's families: as if it did not exist
            return failure(404, "NotFound", notFound);
        m_families->keepNameCurrent(*member, caller.name); // renamed since: every family
        if (!ownerOnly.isEmpty() && member->role != u"owner")
            return failure(403, "Forbidden", ownerOnly);
        return action(caller, member->role);
    });
}

} // namespace larder::cloud::api
