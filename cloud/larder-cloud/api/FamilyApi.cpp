// SPDX-License-Identifier: MIT
#include "FamilyApi.h"
#include "ApiCommon.h"
#include "FamilyStore.h"
#include "common/InputHygiene.h"
#include "larder-cloud/provisioning/CertificateStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace larder::cloud {

using api::bodyOf;
using api::failure;
using api::now;
using api::reply;

namespace {

using Status = QHttpServerResponse::StatusCode;
const char *kCodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I

QJsonArray devicesJson(const QList<FamilyDevice> &devices)
{
    QJsonArray out;
    for (const FamilyDevice &device : devices)
        out.append(QJsonObject{{QStringLiteral("deviceId"), device.thing},
                               {QStringLiteral("deviceName"), device.name}});
    return out;
}

/// A family name: 1–60 characters once cleaned (hygiene::displayName).
std::optional<QString> familyName(const QJsonObject &body)
{
    return hygiene::displayName(body.value(u"name").toString());
}

QByteArray codeHash(const QString &code)
{
    return QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

FamilyApi::FamilyApi(const api::ApiAuth *auth, FamilyStore *families,
                     CertificateStore *certificates)
    : m_auth(auth), m_families(families), m_certificates(certificates)
{
}

QList<DeviceCertificate> FamilyApi::tabletsOf(const QString &thing) const
{
    QList<DeviceCertificate> out;
    for (const DeviceCertificate &certificate : m_certificates->ofThing(thing))
        if (certificate.role == u"kiosk" &&
            certificate.status == QLatin1String(CertificateStore::active))
            out << certificate;
    return out;
}

QHttpServerResponse FamilyApi::asCaller(const QHttpServerRequest &request,
                                        const api::ApiAuth::CallerAction &action) const
{
    return m_auth->asCaller(request, action);
}

QHttpServerResponse FamilyApi::asMember(const QString &familyId, const QHttpServerRequest &request,
                                        const QString &ownerOnly,
                                        const api::ApiAuth::MemberAction &action) const
{
    return m_auth->asMember(familyId, request, ownerOnly, action);
}

QString FamilyApi::normalizeCode(const QString &text)
{
    QString code;
    for (const QChar c : text) {
        if (c == u'-' || c.isSpace())
            continue;
        const QChar upper = c.toUpper();
        if (!QByteArray(kCodeAlphabet).contains(char(upper.toLatin1())) || upper.unicode() > 127)
            return {};
        code += upper;
    }
    return code.size() == 8 ? code : QString();
}

QJsonObject FamilyApi::familyJson(const QString &familyId, const QString &callerSub) const
{
    const auto family = m_families->find(familyId);
    QJsonArray members;
    QString role;
    for (const Member &member : m_families->members(familyId)) {
        members.append(QJsonObject{{QStringLiteral("userId"), member.sub},
                                   {QStringLiteral("email"), member.email},
                                   {QStringLiteral("name"), member.name},
                                   {QStringLiteral("role"), member.role}});
        if (member.sub == callerSub)
            role = member.role;
    }
    // Each paired door tablet counts as a member: the fridge's kitchen tablet.
    const QList<FamilyDevice> devices = m_families->devicesOf(familyId);
    for (const FamilyDevice &device : devices)
        for (const DeviceCertificate &tablet : tabletsOf(device.thing))
            members.append(QJsonObject{
                {QStringLiteral("userId"), QLatin1String(kTabletPrefix) + tablet.id.left(16)},
                {QStringLiteral("email"), QString()},
                {QStringLiteral("role"), QStringLiteral("tablet")},
                {QStringLiteral("name"),
                 QStringLiteral("Kitchen tablet (%1)")
                     .arg(device.name.isEmpty() ? device.thing : device.name)}});
    return {{QStringLiteral("familyId"), familyId},
            {QStringLiteral("name"), family ? family->name : QString()},
            {QStringLiteral("role"), role},
            {QStringLiteral("members"), members},
            {QStringLiteral("devices"), devicesJson(devices)}};
}

void FamilyApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/families"), Method::Get,
                 [this](const QHttpServerRequest &r) { return list(r); });
    server.route(QStringLiteral("/api/families"), Method::Post,
                 [this](const QHttpServerRequest &r) { return create(r); });
    server.route(QStringLiteral("/api/families/join"), Method::Post,
                 [this](const QHttpServerRequest &r) { return join(r); });
    server.route(QStringLiteral("/api/families/<arg>"), Method::Get,
                 [this](const QString &id, const QHttpServerRequest &r) { return show(id, r); });
    server.route(QStringLiteral("/api/families/<arg>"), Method::Patch,
                 [this](const QString &id, const QHttpServerRequest &r) { return rename(id, r); });
    server.route(QStringLiteral("/api/families/<arg>/invitations"), Method::Post,
                 [this](const QString &id, const QHttpServerRequest &r) { return invite(id, r); });
    server.route(QStringLiteral("/api/families/<arg>/leave"), Method::Post,
                 [this](const QString &id, const QHttpServerRequest &r) { return leave(id, r); });
    server.route(
        QStringLiteral("/api/families/<arg>/owner"), Method::Post,
        [this](const QString &id, const QHttpServerRequest &r) { return transfer(id, r); });
    server.route(QStringLiteral("/api/families/<arg>/members/<arg>"), Method::Delete,
                 [this](const QString &id, const QString &sub, const QHttpServerRequest &r) {
                     return removeMember(id, sub, r);
                 });
    server.route(QStringLiteral("/api/devices"), Method::Get,
                 [this](const QHttpServerRequest &r) { return devices(r); });
}

QHttpServerResponse FamilyApi::list(const QHttpServerRequest &request)
{
    return asCaller(request, [&](const Caller &caller) {
        QJsonArray items;
        const QList<Family> families = m_families->familiesOf(caller.sub);
        if (!families.isEmpty()) // the app reloads this list after a new name
            if (const auto me = m_families->memberOf(families.first().id, caller.sub))
                m_families->keepNameCurrent(*me, caller.name);
        for (const Family &family : families)
            items.append(familyJson(family.id, caller.sub));
        return reply({{QStringLiteral("items"), items}, {QStringLiteral("count"), items.size()}});
    });
}

QHttpServerResponse FamilyApi::create(const QHttpServerRequest &request)
{
    return asCaller(request, [&](const Caller &caller) {
        const auto body = bodyOf(request);
        const auto name = body ? familyName(*body) : std::nullopt;
        if (!name)
            return failure(400, "BadRequest",
                           QStringLiteral("A family needs a name of 1 to 60 characters."));
        const auto family = m_families->create(*name, caller.sub, caller.email, caller.name);
        if (!family)
            return failure(500, "InternalError",
                           QStringLiteral("The family could not be created."));
        return reply(familyJson(family->id, caller.sub), 201);
    });
}

QHttpServerResponse FamilyApi::show(const QString &familyId, const QHttpServerRequest &request)
{
    return asMember(familyId, request, {}, [&](const Caller &caller, const QString &) {
        return reply(familyJson(familyId, caller.sub));
    });
}

QHttpServerResponse FamilyApi::rename(const QString &familyId, const QHttpServerRequest &request)
{
    return asMember(familyId, request, QStringLiteral("Only the family's owner can rename it."),
                    [&](const Caller &caller, const QString &) {
                        const auto body = bodyOf(request);
                        const auto name = body ? familyName(*body) : std::nullopt;
                        if (!name)
                            return failure(
                                400, "BadRequest",
                                QStringLiteral("A family needs a name of 1 to 60 characters."));
                        m_families->rename(familyId, *name);
                        return reply(familyJson(familyId, caller.sub));
                    });
}

QHttpServerResponse FamilyApi::invite(const QString &familyId, const QHttpServerRequest &request)
{
    return asMember(
        familyId, request, QStringLiteral("Only the family's owner can invite."),
        [&](const Caller &caller, const QString &) {
            QString code;
            for (int i = 0; i < 8; ++i)
                code += QLatin1Char(kCodeAlphabet[QRandomGenerator::system()->bounded(
                    int(qstrlen(kCodeAlphabet)))]);
            const qint64 expires = now() + invitationLifetime;
            if (!m_families->addInvitation(familyId, codeHash(code), expires, caller.sub))
                return failure(500, "InternalError",
                               QStringLiteral("The invitation could not be created."));
            return reply(
                {{QStringLiteral("code"), code.left(4) + u'-' + code.mid(4)},
                 {QStringLiteral("qrPayload"), QStringLiteral("larder://join?code=%1").arg(code)},
                 {QStringLiteral("expiresAt"), expires}},
                201);
        });
}

QHttpServerResponse FamilyApi::join(const QHttpServerRequest &request)
{
    return asCaller(request, [&](const Caller &caller) {
        const auto body = bodyOf(request);
        const QString code = body ? normalizeCode(body->value(u"code").toString()) : QString();
        if (code.isEmpty())
            return failure(
                400, "BadRequest",
                QStringLiteral("An invitation code has 8 letters and digits, like ABCD-EFGH."));
        if (m_wrongCodes.blocked(caller.sub, now()))
            return failure(429, "TooManyRequests",
                           QStringLiteral("Too many wrong invitation codes; try again in a few "
                                          "minutes."));
        // Codes are stored hashed: look up by the hash, never compare in the clear.
        const auto familyId = m_families->redeemInvitation(codeHash(code), now());
        if (!familyId) {
            m_wrongCodes.fail(caller.sub, now());
            return failure(
                404, "NotFound",
                QStringLiteral("This invitation is unknown, used or expired. Ask for a new one."));
        }
        if (m_families->roleOf(*familyId, caller.sub))
            return failure(409, "Conflict", QStringLiteral("You are already in this family."));
        m_families->addMember(*familyId, caller.sub, caller.email, caller.name);
        return reply(familyJson(*familyId, caller.sub));
    });
}

QHttpServerResponse FamilyApi::leave(const QString &familyId, const QHttpServerRequest &request)
{
    return asMember(familyId, request, {}, [&](const Caller &caller, const QString &role) {
        if (role == u"owner") {
            if (m_families->members(familyId).size() > 1)
                return failure(
                    409, "Conflict",
                    QStringLiteral("Give the family to another member before you leave."));
            if (!m_families->devicesOf(familyId).isEmpty())
                return failure(409, "Conflict",
                               QStringLiteral("Remove the family's fridges before you leave it."));
            m_families->remove(familyId);
            if (m_familyGone)
                m_familyGone(familyId);
        } else {
            m_families->removeMember(familyId, caller.sub);
        }
        return QHttpServerResponse(Status::NoContent);
    });
}

QHttpServerResponse FamilyApi::removeMember(const QString &familyId, const QString &sub,
                                            const QHttpServerRequest &request)
{
    return asMember(
        familyId, request, QStringLiteral("Only the family's owner can remove members."),
        [&](const Caller &caller, const QString &) {
            if (sub == caller.sub)
                return failure(
                    409, "Conflict",
                    QStringLiteral("The owner leaves by giving the family to someone else."));
            if (sub.startsWith(QLatin1String(kTabletPrefix))) {
                // A kitchen tablet: revoking its certificate sends it back to pairing.
                for (const FamilyDevice &device : m_families->devicesOf(familyId))
                    for (const DeviceCertificate &tablet : tabletsOf(device.thing))
                        if (sub == QLatin1String(kTabletPrefix) + tablet.id.left(16)) {
                            m_certificates->setStatus(
                                tablet.id, QString::fromLatin1(CertificateStore::revoked));
                            return QHttpServerResponse(Status::NoContent);
                        }
                return failure(404, "NotFound", QStringLiteral("No such member."));
            }
            if (!m_families->roleOf(familyId, sub))
                return failure(404, "NotFound", QStringLiteral("No such member."));
            m_families->removeMember(familyId, sub);
            return QHttpServerResponse(Status::NoContent);
        });
}

QHttpServerResponse FamilyApi::transfer(const QString &familyId, const QHttpServerRequest &request)
{
    return asMember(familyId, request, QStringLiteral("Only the family's owner can hand it over."),
                    [&](const Caller &caller, const QString &) {
                        const auto body = bodyOf(request);
                        const QString target = body ? body->value(u"userId").toString() : QString();
                        if (target.isEmpty() || !m_families->roleOf(familyId, target))
                            return failure(
                                400, "BadRequest",
                                QStringLiteral("The new owner must be a member of the family."));
                        m_families->transferOwnership(familyId, target);
                        return reply(familyJson(familyId, caller.sub));
                    });
}

QHttpServerResponse FamilyApi::devices(const QHttpServerRequest &request)
{
    return asCaller(request, [&](const Caller &caller) {
        QJsonArray items;
        for (const Family &family : m_families->familiesOf(caller.sub))
            for (const FamilyDevice &device : m_families->devicesOf(family.id))
                items.append(QJsonObject{{QStringLiteral("deviceId"), device.thing},
                                         {QStringLiteral("deviceName"), device.name},
                                         {QStringLiteral("familyId"), family.id},
                                         {QStringLiteral("familyName"), family.name}});
        return reply({{QStringLiteral("items"), items}, {QStringLiteral("count"), items.size()}});
    });
}

} // namespace larder::cloud
