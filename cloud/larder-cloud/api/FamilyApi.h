// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCommon.h"
#include "larder-cloud/cluster/Throttle.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace larder::cloud {

class CertificateStore;
class FamilyStore;
struct DeviceCertificate;

/// The REST API's family endpoints under `/api` (docs/api.md): families, members,
/// invitations, ownership, and the caller's devices. Every request carries an ID token
/// (`Authorization: {token}` or `Bearer {token}`); anything outside the caller's families
/// answers 404, so existence never leaks.
class FamilyApi : public api::Endpoints
{
public:
    FamilyApi(const api::ApiAuth *auth, FamilyStore *families, CertificateStore *certificates);
    /// Called with a family's id when its last member left and it is gone (its lists go too).
    void setFamilyGone(std::function<void(const QString &familyId)> hook)
    {
        m_familyGone = std::move(hook);
    }
    void registerRoutes(QHttpServer &server) override;

    static constexpr qint64 invitationLifetime = 48 * 3600;
    /// Members that are door tablets have user ids starting with this.
    static constexpr const char *kTabletPrefix = "tablet-";

    /// "abcd efgh", "ABCD-EFGH" → "ABCDEFGH"; empty if it cannot be a code.
    static QString normalizeCode(const QString &text);

private:
    using Caller = api::Caller;
    QHttpServerResponse asCaller(const QHttpServerRequest &request,
                                 const api::ApiAuth::CallerAction &action) const;
    QHttpServerResponse asMember(const QString &familyId, const QHttpServerRequest &request,
                                 const QString &ownerOnly,
                                 const api::ApiAuth::MemberAction &action) const;
    /// The paired (active) door tablets of a fridge.
    QList<DeviceCertificate> tabletsOf(const QString &thing) const;
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

    const api::ApiAuth *m_auth;
    FamilyStore *m_families;
    CertificateStore *m_certificates;
    /// Wrong invitation codes per user: ten in fifteen minutes, then 429 until the window
    /// passes (the edge also limits guesses per address).
    Throttle m_wrongCodes{QStringLiteral("families.codes"), 10, 15 * 60};
    std::function<void(const QString &familyId)> m_familyGone;
};

} // namespace larder::cloud
