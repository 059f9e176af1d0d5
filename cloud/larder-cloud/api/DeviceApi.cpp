// SPDX-License-Identifier: MIT
#include "DeviceApi.h"

#include "FamilyStore.h"
#include "RegistrationStore.h"
#include "common/InputHygiene.h"
#include "shadow/ShadowDocument.h"

#include "larder-cloud/CloudStore.h"
#include "larder-cloud/provisioning/CertificateStore.h"
#include "pairing/PairingPayload.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

#include <openssl/crypto.h>

Q_LOGGING_CATEGORY(lcPairing, "larder.pairing", QtInfoMsg)

namespace larder::cloud {

using api::Caller;
using api::failure;
using api::reply;

namespace {
QJsonObject registrationJson(const Registration &r)
{
    return {{QStringLiteral("registrationId"), r.id},
            {QStringLiteral("deviceId"), r.deviceId},
            {QStringLiteral("deviceName"), r.deviceName},
            {QStringLiteral("modelNumber"), r.modelNumber},
            {QStringLiteral("familyId"), r.familyId},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("createdAt"), r.createdAt},
            {QStringLiteral("updatedAt"), r.updatedAt}};
}

bool sameSecret(const QByteArray &stored, const QString &secret)
{
    const QByteArray given =
        QCryptographicHash::hash(secret.toLatin1(), QCryptographicHash::Sha256);
    return stored.size() == given.size() &&
           CRYPTO_memcmp(stored.constData(), given.constData(), size_t(given.size())) == 0;
}

QHttpServerResponse noSuchDevice()
{
    return failure(404, "NotFound", QStringLiteral("No such fridge."));
}
} // namespace

DeviceApi::DeviceApi(const api::ApiAuth *auth, FamilyStore *families,
                     CertificateStore *certificates, RegistrationStore *registrations,
                     CloudStore *store, ThingLeft thingLeft)
    : m_auth(auth), m_families(families), m_certificates(certificates),
      m_registrations(registrations), m_store(store), m_thingLeft(std::move(thingLeft))
{
}

void DeviceApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/registration"), Method::Post,
                 [this](const QHttpServerRequest &r) { return registerDevice(r); });
    server.route(QStringLiteral("/api/registration"), Method::Get,
                 [this](const QHttpServerRequest &r) { return registrations(r); });
    server.route(QStringLiteral("/api/devices/<arg>"), Method::Get,
                 [this](const QString &id, const QHttpServerRequest &r) { return show(id, r); });
    // Registered before /devices/<arg>/…: the seed API's status (PROTOCOLS.md section 5).
    server.route(QStringLiteral("/api/devices/<arg>/status"), Method::Get,
                 [this](const QString &id, const QHttpServerRequest &r) { return status(id, r); });
    server.route(QStringLiteral("/api/devices/<arg>"), Method::Delete,
                 [this](const QString &id, const QHttpServerRequest &r) { return remove(id, r); });
}

QHttpServerResponse DeviceApi::registerDevice(const QHttpServerRequest &request)
{
    const auto body = api::bodyOf(request);
    if (!body)
        return failure(400, "BadRequest", QStringLiteral("The request is not a JSON object."));
    const QString familyId = body->value(u"familyId").toString();
    const QString deviceName =
        hygiene::displayName(body->value(u"deviceName").toString()).value_or(QString());
    return m_auth->asMember(familyId, request, {}, [&](const Caller &caller, const QString &) {
        if (deviceName.isEmpty())
            return failure(400, "BadRequest",
                           QStringLiteral("Give the fridge a name of 1 to 60 characters."));
        QString why;
        const auto label = pairing::PairingPayload::fromTyped(
            body->value(u"deviceId").toString(), body->value(u"modelNumber").toString(),
            body->value(u"pairingSecret").toString(), &why);
        if (!label)
            return failure(400, "BadRequest", why);
        const auto reference = m_certificates->reference(label->serial);
        if (!reference)
            return failure(400, "UnknownDevice",
                           QStringLiteral("There is no Larder fridge with serial number %1.")
                               .arg(label->serial));
        if (reference->first != label->model)
            return failure(400, "WrongModel",
                           QStringLiteral("Serial number %1 belongs to a %2, not a %3.")
                               .arg(label->serial, reference->first, label->model));
        if (!sameSecret(reference->second, label->secret))
            return failure(400, "WrongPairingCode",
                           QStringLiteral("The pairing code does not match this fridge. Check "
                                          "the code on its label."));
        if (const auto current = m_families->familyOfThing(label->serial)) {
            return failure(409, "AlreadyPaired",
                           current->first == familyId
                               ? QStringLiteral("This fridge is already in this family.")
                               : QStringLiteral("This fridge belongs to another family. Its "
                                                "owner must remove it first."));
        }
        const qint64 now = api::now();
        Registration registration{QUuid::createUuid().toString(QUuid::WithoutBraces),
                                  label->serial,
                                  deviceName,
                                  label->model,
                                  familyId,
                                  caller.sub,
                                  QStringLiteral("pending"),
                                  now,
                                  now};
        QString error;
        if (!m_registrations->add(registration) || !m_store->registerThing(label->serial, &error) ||
            !m_families->assignThing(label->serial, familyId, deviceName))
            return failure(500, "InternalError", QStringLiteral("The fridge could not be paired."));
        // The door tablet's certificate (provisioned, waiting) may now reach its fridge.
        for (const DeviceCertificate &certificate : m_certificates->ofThing(label->serial))
            if (certificate.status == QLatin1String(CertificateStore::pending))
                m_certificates->setStatus(certificate.id,
                                          QString::fromLatin1(CertificateStore::active));
        m_registrations->setStatus(registration.id, QStringLiteral("complete"));
        registration.status = QStringLiteral("complete");
        qCInfo(lcPairing) << label->serial << "paired into family" << familyId;
        return reply(registrationJson(registration), 201);
    });
}

QHttpServerResponse DeviceApi::registrations(const QHttpServerRequest &request)
{
    return m_auth->asCaller(request, [&](const Caller &caller) {
        QJsonArray items;
        for (const Registration &registration : m_registrations->ofUser(caller.sub))
            items.append(registrationJson(registration));
        return reply({{QStringLiteral("items"), items}, {QStringLiteral("count"), items.size()}});
    });
}

QHttpServerResponse DeviceApi::asMemberOf(
    const QString &deviceId, const QHttpServerRequest &request, const QString &ownerOnly,
    const std::function<QHttpServerResponse(const QString &familyId, const QString &name)> &action)
{
    const auto family = m_families->familyOfThing(deviceId);
    if (!family)
        return m_auth->asCaller(request, [](const Caller &) { return noSuchDevice(); });
    return m_auth->asMember(
        family->first, request, ownerOnly,
        [&](const Caller &, const QString &) { return action(family->first, family->second.name); },
        QStringLiteral("No such fridge."));
}

QHttpServerResponse DeviceApi::show(const QString &deviceId, const QHttpServerRequest &request)
{
    return asMemberOf(deviceId, request, {}, [&](const QString &familyId, const QString &name) {
        QString kiosk = QStringLiteral("none");
        for (const DeviceCertificate &certificate : m_certificates->ofThing(deviceId))
            if (certificate.role == u"kiosk" && certificate.status != u"REVOKED")
                kiosk = certificate.status == u"ACTIVE" ? QStringLiteral("paired")
                                                        : QStringLiteral("pending");
        const auto reference = m_certificates->reference(deviceId);
        return reply({{QStringLiteral("deviceId"), deviceId},
                      {QStringLiteral("deviceName"), name},
                      {QStringLiteral("familyId"), familyId},
                      {QStringLiteral("modelNumber"), reference ? reference->first : QString()},
                      {QStringLiteral("kiosk"), kiosk}});
    });
}

QHttpServerResponse DeviceApi::status(const QString &deviceId, const QHttpServerRequest &request)
{
    return asMemberOf(deviceId, request, {}, [&](const QString &, const QString &) {
        const auto stored = m_store->loadShadow(deviceId, QString());
        const shadow::ShadowDocument shadow =
            stored ? shadow::ShadowDocument::fromStorage(*stored) : shadow::ShadowDocument();
        const QJsonObject document = shadow.fullDocument(api::now());
        return reply(
            {{QStringLiteral("state"), document.value(u"state")},
             {QStringLiteral("metadata"), document.value(u"metadata")},
             {QStringLiteral("connected"), shadow.reported().value(u"connected").toBool()}});
    });
}

QHttpServerResponse DeviceApi::remove(const QString &deviceId, const QHttpServerRequest &request)
{
    return asMemberOf(
        deviceId, request, QStringLiteral("Only the family's owner can remove a fridge."),
        [&](const QString &familyId, const QString &) {
            m_families->unassignThing(deviceId);
            if (m_thingLeft)
                m_thingLeft(deviceId);
            for (const DeviceCertificate &certificate : m_certificates->ofThing(deviceId))
                if (certificate.role == u"kiosk")
                    m_certificates->setStatus(certificate.id,
                                              QString::fromLatin1(CertificateStore::revoked));
            m_registrations->markDeleted(deviceId);
            qCInfo(lcPairing) << deviceId << "removed from family" << familyId;
            return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
        });
}

} // namespace larder::cloud
