// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace larder::cloud {

class FamilyStore;
class IdentityService;

/// The REST API's family endpoints under `/api` (docs/api.md): families, members,
/// invitations, ownership, and the caller's devices. Every request carries an ID token
/// (`Authorization: {token}` or `Bearer {token}`); anything outside the caller's families
/// answers 404, so existence never leaks.
class FamilyApi
{
public:
    FamilyApi(IdentityService *identity, FamilyStore *families);
    void registerRoutes(QHttpServer &server);

    static constexpr qint64 invitationLifetime = 48 * 3600;

    /// "abcd efgh", "ABCD-EFGH" → "ABCDEFGH"; empty if it cannot be a code.
    static QString normalizeCode(const QString &text);

private:
    struct Caller
    {
        QString sub;
        QString email;
    };
    std::optional<Caller> authenticate(const QHttpServerRequest &request,
                                       QHttpServerResponse *failure) const;
    using CallerAction = std::function<QHttpServerResponse(const Caller &)>;
    using MemberAction = std::function<QHttpServerResponse(const Caller &, const QString &role)>;
    /// Runs @p action for a signed-in caller; 401 otherwise.
    QHttpServerResponse asCaller(const QHttpServerRequest &request,
                                 const CallerAction &action) const;
    /// Runs @p action for a member of @p familyId (404 for anyone else); with @p ownerOnly set,
    /// members who are not the owner get 403 with that sentence.
    QHttpServerResponse asMember(const QString &familyId, const QHttpServerRequest &request,
                                 const QString &ownerOnly, const MemberAction &action) const;
    QJsonObject familyJson(const QString &familyId, const QString &callerSub) const;

    QHttpServerResponse list(const QHttpServerRequest &request);
    QHttpServerResponse create(const QHttpServerRequest &request);
    QHttpServerResponse show(const QString &familyId, const QHttpServerRequest &request);
    QHttpServerResponse rename(const QString &familyId, const QHttpServerRequest &request);
    QHttpServerResponse invite(const QString &familyId, const QHttpServerRequest &request);
    QHttpServerResponse join(const QHttpServerRequest &request);
    QHttpServerResponse leave(const QString &familyId, const QHttpServerRequest &request);
    QHttpServerResponse removeMember(const QString &familyId, const QString &sub,
                                     const QHttpServerRequest &request);
    QHttpServerResponse transfer(const QString &familyId, const QHttpServerRequest &request);
    QHttpServerResponse devices(const QHttpServerRequest &request);

    IdentityService *m_identity;
    FamilyStore *m_families;
};

} // namespace larder::cloud
