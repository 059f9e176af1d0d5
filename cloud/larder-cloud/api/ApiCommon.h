// SPDX-License-Identifier: MIT
#pragma once

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <variant>

class QHttpServerRequest;

namespace larder::cloud {

class FamilyStore;
class IdentityService;

/// What every REST endpoint shares: JSON answers and errors (`{"error","message"}`), request
/// bodies, and who is calling.
namespace api {

QHttpServerResponse reply(const QJsonObject &body, int status = 200);
QHttpServerResponse failure(int status, const char *error, const QString &message);
/// The request's JSON object (≤ 16 KB), or nullopt.
std::optional<QJsonObject> bodyOf(const QHttpServerRequest &request,
                                  qsizetype maxBytes = 16 * 1024);
qint64 now();

/// A group of REST endpoints (families, devices, ingredients…): HttpApi registers each.
class Endpoints
{
public:
    virtual ~Endpoints() = default;
    virtual void registerRoutes(QHttpServer &server) = 0;
};

/// The signed-in user behind a request.
struct Caller
{
    QString sub;
    QString email;
    QString name;       ///< the ID token's `name` claim; may be empty
    bool staff = false; ///< in the `support` group (`cognito:groups`)

    /// What others see of the caller: the chosen name, else the e-mail address.
    QString displayName() const { return name.isEmpty() ? email : name; }
};

/// Authenticates requests by their ID token (`Authorization: {token}` or `Bearer {token}`:
/// signature, expiry, audience, token_use, live session) and checks family membership; anything
/// outside the caller's families answers 404, so existence never leaks.
class ApiAuth
{
public:
    ApiAuth(IdentityService *identity, FamilyStore *families);

    using CallerAction = std::function<QHttpServerResponse(const Caller &)>;
    using MemberAction = std::function<QHttpServerResponse(const Caller &, const QString &role)>;
    /// Runs @p action for a signed-in caller; 401 otherwise. A support account never acts as a
    /// member: 403 on every family endpoint.
    QHttpServerResponse asCaller(const QHttpServerRequest &request,
                                 const CallerAction &action) const;
    using FridgeAction =
        std::function<QHttpServerResponse(const Caller &, const QString &familyId)>;
    /// Runs @p action for a member of the family @p thing is in, with that family's id;
    /// 404 "No such fridge." for anyone else (and for a fridge in no family).
    QHttpServerResponse asFridgeMember(const QString &thing, const QHttpServerRequest &request,
                                       const FridgeAction &action) const;
    /// Runs @p action for a signed-in support account; 401 for no token, 403 for anyone else.
    QHttpServerResponse asStaff(const QHttpServerRequest &request,
                                const CallerAction &action) const;
    /// Runs @p action for a member of @p familyId (404 with @p notFound for anyone else); with
    /// @p ownerOnly set, members who are not the owner get 403 with that sentence.
    QHttpServerResponse asMember(const QString &familyId, const QHttpServerRequest &request,
                                 const QString &ownerOnly, const MemberAction &action,
                                 const QString &notFound = QStringLiteral("No such family.")) const;

private:
    /// The caller of @p request, or the refusal (401).
    std::variant<Caller, QHttpServerResponse> callerOf(const QHttpServerRequest &request) const;

    IdentityService *m_identity;
    FamilyStore *m_families;
};

} // namespace api
} // namespace larder::cloud
