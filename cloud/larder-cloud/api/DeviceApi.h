// SPDX-License-Identifier: MIT
#pragma once

#include "ApiCommon.h"

#include <functional>

class QHttpServer;

namespace larder::cloud {

class CertificateStore;
class CloudStore;
class FamilyStore;
class RegistrationStore;

/// Pairing and the fridges' REST endpoints under `/api` (docs/api.md): `POST /registration`
/// pairs a fridge into one of the caller's families after checking its serial, model and
/// pairing secret against the factory's reference table (400), and that it is in no family yet
/// (409); it activates the door tablet's pending certificate. `GET /registration` lists the
/// caller's pairings (deleted ones too); `GET|DELETE /devices/{id}` show a fridge and remove it
/// from its family (owner only), which revokes the tablet's certificate.
class DeviceApi : public api::Endpoints
{
public:
    /// Called when a fridge leaves its family: what belonged to the family goes (its list).
    using ThingLeft = std::function<void(const QString &thing)>;

    DeviceApi(const api::ApiAuth *auth, FamilyStore *families, CertificateStore *certificates,
              RegistrationStore *registrations, CloudStore *store, ThingLeft thingLeft = {});
    void registerRoutes(QHttpServer &server) override;

private:
    QHttpServerResponse registerDevice(const QHttpServerRequest &request);
    QHttpServerResponse registrations(const QHttpServerRequest &request);
    /// Runs @p action (with the fridge's family and name) for a member of @p deviceId's family
    /// — only its owner with @p ownerOnly set — and answers 404 "No such fridge." to anyone
    /// else.
    QHttpServerResponse asMemberOf(
        const QString &deviceId, const QHttpServerRequest &request, const QString &ownerOnly,
        const std::function<QHttpServerResponse(const QString &familyId, const QString &name)>
            &action);
    QHttpServerResponse status(const QString &deviceId, const QHttpServerRequest &request);
    QHttpServerResponse show(const QString &deviceId, const QHttpServerRequest &request);
    QHttpServerResponse remove(const QString &deviceId, const QHttpServerRequest &request);

    const api::ApiAuth *m_auth;
    FamilyStore *m_families;
    CertificateStore *m_certificates;
    RegistrationStore *m_registrations;
    CloudStore *m_store;
    ThingLeft m_thingLeft;
};

} // namespace larder::cloud
