// SPDX-License-Identifier: MIT
#pragma once

#include "InspectorGate.h"
#include "InspectorRecord.h"

#include "ConsentRules.h"
#include "larder-cloud/api/ApiCommon.h"
#include "larder-cloud/cluster/Throttle.h"

#include <QHash>
#include <QList>

namespace larder::cloud {
class CloudStore;
class FamilyStore;
} // namespace larder::cloud

namespace larder::cloud::support {

class AuditLog;
class ConsentStore;

/// Support access over REST (docs/api.md, "Support access"). The family's side, on the fridge:
/// `GET /devices/{id}/support-access` (members: the consent and the audit trail), `POST` (the
/// owner grants 1 hour to 7 days and gets the case code), `DELETE` (the owner ends it). Support's
/// side, for support accounts only: `POST /support/cases` (claim a case by its code),
/// `GET /support/cases`, and the inspector's reads (`GET /support/things/{thing}/shadow` and
/// `…/record`), each
/// written to the family's audit trail. Without an active consent the agent holds, a fridge's
/// data answers 404.
class SupportApi : public api::Endpoints
{
public:
    SupportApi(const api::ApiAuth *auth, const FamilyStore *families, ConsentStore *consents,
               AuditLog *audit, CloudStore *store, InspectorRecord record);
    void registerRoutes(QHttpServer &server) override;

private:
    QHttpServerResponse familyView(const QString &thing, const QString &familyId) const;
    QHttpServerResponse grant(const QString &thing, const QString &familyId,
                              const api::Caller &owner, const QHttpServerRequest &request);
    QHttpServerResponse claim(const api::Caller &agent, const QHttpServerRequest &request);
    /// The inspector's reads: @p what is written to the trail as `@p action`.
    QHttpServerResponse inspect(const api::Caller &agent, const QString &thing,
                                const QString &action,
                                const std::function<QJsonObject(const QString &familyId)> &what);
    /// True when @p agent entered too many wrong codes lately (and counts this try).
    bool tooManyTries(const QString &agent, bool wrong);

    const api::ApiAuth *m_auth;
    const FamilyStore *m_families;
    ConsentStore *m_consents;
    AuditLog *m_audit;
    CloudStore *m_store;
    InspectorRecord m_record;
    InspectorGate m_gate;
    /// Wrong case codes per agent, counted for every instance at once.
    Throttle m_wrongCodes{QStringLiteral("support.codes"), consent::maxWrongCodes,
                          consent::wrongCodeWindow};
};

} // namespace larder::cloud::support
