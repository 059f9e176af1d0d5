// SPDX-License-Identifier: MIT
// CloudServer's HTTP side: the identity service and every REST endpoint behind the edge, built
// and wired together, and the media store's place and sweep. (CloudServer.cpp starts and
// supervises the processes and the MQTT plane.)
#include "CloudServer.h"
#include "CloudStore.h"
#include "HttpApi.h"
#include "alerts/AlertTopics.h"
#include "alerts/EventApi.h"
#include "alerts/SettingsApi.h"
#include "api/DeviceApi.h"
#include "api/FamilyApi.h"
#include "api/FamilyStore.h"
#include "api/RegistrationStore.h"
#include "board/BoardApi.h"
#include "commands/CommandApi.h"
#include "fleet/FleetApi.h"
#include "fleet/FleetIndex.h"
#include "fleet/ThingGroups.h"
#include "history/HistoryApi.h"
#include "history/HistoryStore.h"
#include "identity/CodeSender.h"
#include "identity/IdentityService.h"
#include "identity/PoolConfig.h"
#include "inventory/IngredientApi.h"
#include "inventory/IngredientStore.h"
#include "inventory/InventoryTopics.h"
#include "inventory/ShelfPhotosApi.h"
#include "inventory/ShoppingFeeds.h"
#include "media/MediaCloud.h"
#include "provisioning/CertificateStore.h"
#include "shadow/MqttPlane.h"
#include "support/AuditLog.h"
#include "support/ConsentStore.h"
#include "support/ReportStore.h"
#include "support/SupportActions.h"
#include "support/SupportApi.h"
#include "timeline/DeviceTimeline.h"

#include "common/Pki.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace larder::cloud {

bool CloudServer::startIdentity(QString *error)
{
    const QString dir = identityDir(m_options.dataDir);
    const auto pool = PoolConfig::loadOrCreate(dir, error);
    auto key = pool ? SigningKey::loadOrCreate(dir + QStringLiteral("/signing-key.pem"), error)
                    : std::nullopt;
    if (!key)
        return false;
    m_signingKey = std::make_unique<SigningKey>(std::move(*key));
    m_users = std::make_unique<UserStore>();
    m_outbox = std::make_unique<OutboxSender>(m_options.dataDir + QStringLiteral("/outbox"));
    m_identity = std::make_unique<IdentityService>(
        m_users.get(), m_signingKey.get(), m_outbox.get(),
        IdentityService::Pool{pool->region, pool->userPoolId, pool->appClientId,
                              QStringLiteral("%1/%2").arg(httpBase(), pool->userPoolId)});
    m_families = std::make_unique<FamilyStore>();
    // One ApiAuth: every REST endpoint checks callers and membership the same way.
    m_auth = std::make_unique<api::ApiAuth>(m_identity.get(), m_families.get());
    m_familyApi = std::make_unique<FamilyApi>(m_auth.get(), m_families.get(), m_certificates.get());
    m_registrations = std::make_unique<RegistrationStore>();
    m_ingredients = std::make_unique<IngredientStore>();
    m_deviceApi = std::make_unique<DeviceApi>(
        m_auth.get(), m_families.get(), m_certificates.get(), m_registrations.get(), m_store.get(),
        [this](const QString &thing) {
            // A fridge leaving its family takes every record of that family's with it: its
            // list, its commands (nobody in its next family sent or saw them), its events (on
            // the MQTT plane's thread, with the alert rules' state: below).
            m_ingredients->forget(thing);
            m_commands->forget(thing);
            // Support's access ends with the family's ownership (its record stays the family's).
            m_consents->endAll(thing, api::now());
            // Its shelf photos go with it, objects and all.
            for (const QString &key : m_shelfPhotos->forget(thing))
                if (const auto place = media::parseObjectPath(key))
                    m_media->service()->removeObject(place->familyId, key);
            // What the MQTT plane keeps of it: its events, the alert rules' state, the retained
            // alerts, its temperature history.
            if (m_plane)
                QMetaObject::invokeMethod(
                    m_plane, [plane = m_plane, thing] { plane->thingLeft(thing); },
                    Qt::QueuedConnection);
        });
    // Applied list changes go out on their feeds from the MQTT plane's connection.
    const auto publishOn = [this](auto topicOf) {
        return [this, topicOf](const QString &owner, const QJsonObject &change) {
            if (!m_plane)
                return;
            QMetaObject::invokeMethod(
                m_plane,
                [plane = m_plane, topic = topicOf(owner),
                 payload = QJsonDocument(change).toJson(QJsonDocument::Compact)] {
                    plane->publish(topic, payload);
                },
                Qt::QueuedConnection);
        };
    };
    m_ingredientApi = std::make_unique<IngredientApi>(
        m_auth.get(), m_ingredients.get(),
        IngredientApi::fridges(m_families.get(), publishOn(&inventory::topics::changes)));
    m_shopping = std::make_unique<IngredientStore>(QStringLiteral("larder"),
                                                   IngredientStore::Tables::shopping());
    m_shoppingApi = std::make_unique<IngredientApi>(
        m_auth.get(), m_shopping.get(),
        IngredientApi::shopping(m_families.get(), [this, publishOn](const QString &familyId,
                                                                    const QJsonObject &change) {
            for (const QString &topic : shoppingFeeds(*m_families, familyId))
                publishOn([&topic](const QString &) { return topic; })(familyId, change);
        }));

    // Events and alerts (the MQTT plane's rules make them).
    m_events = std::make_unique<alerts::EventStore>();
    m_settings = std::make_unique<alerts::SettingsStore>();
    m_settingsApi =
        std::make_unique<alerts::SettingsApi>(m_auth.get(), m_families.get(), m_settings.get());
    m_eventApi = std::make_unique<alerts::EventApi>(
        m_auth.get(), m_families.get(), m_events.get(), m_settings.get(),
        publishOn(&larder::alerts::topics::familyChanges));
    // Commands: queued here, taken by the fridge from the MQTT plane's Jobs service.
    m_commands = std::make_unique<commands::CommandStore>();
    m_commandQueue = std::make_unique<commands::CommandQueue>(
        m_commands.get(), m_store.get(), [this](const QString &thing, const QString &commandId) {
            if (m_plane)
                QMetaObject::invokeMethod(
                    m_plane,
                    [plane = m_plane, thing, commandId] { plane->commandQueued(thing, commandId); },
                    Qt::QueuedConnection);
        });
    m_commandApi = std::make_unique<commands::CommandApi>(
        m_auth.get(), m_families.get(), m_store.get(), m_commands.get(), m_commandQueue.get());
    // "Look inside": each fridge's latest shelf photos (the MQTT plane keeps them).
    m_shelfPhotos = std::make_unique<ShelfPhotos>();
    m_shelfPhotosApi = std::make_unique<ShelfPhotosApi>(m_auth.get(), m_shelfPhotos.get());
    // The live camera: the ICE servers (the TURN relay's credentials) a member's app asks for.
    m_cameraApi = std::make_unique<camera::CameraApi>(m_auth.get(), m_turn.get());
    // Each fridge's temperature history (the MQTT plane records it).
    m_history = std::make_unique<HistoryStore>();
    m_historyApi = std::make_unique<HistoryApi>(m_auth.get(), m_history.get(), m_events.get());

    // The media store: objects are files the edge streams; the cloud alone holds the signing
    // secret and decides on every request.
    m_media = media::MediaCloud::make(m_auth.get(), m_families.get(), mediaPlace(), error);
    if (!m_media)
        return false;
    // The family board: posts carry the family's stored objects; changes go out on the feeds.
    m_boardStore = std::make_unique<board::BoardStore>();
    m_board = std::make_unique<board::BoardService>(
        m_families.get(), m_boardStore.get(), m_media->service(), m_media->store(),
        [this](const QString &topic, const QJsonObject &change) {
            if (m_plane)
                QMetaObject::invokeMethod(
                    m_plane,
                    [plane = m_plane, topic,
                     payload = QJsonDocument(change).toJson(QJsonDocument::Compact)] {
                        plane->publish(topic, payload);
                    },
                    Qt::QueuedConnection);
        });
    m_boardApi = std::make_unique<board::BoardApi>(m_auth.get(), m_board.get());
    // Support's view of the fleet: the index the MQTT plane keeps current, and the groups.
    m_fleet = std::make_unique<fleet::FleetIndex>();
    m_thingGroups = std::make_unique<fleet::ThingGroups>();
    m_fleetApi = std::make_unique<fleet::FleetApi>(m_auth.get(), m_fleet.get(), m_thingGroups.get(),
                                                   m_store.get());
    // Support access: the family's consent, its case code, and the audit trail of every look.
    m_consents = std::make_unique<support::ConsentStore>();
    m_timeline = std::make_unique<DeviceTimeline>();
    m_supportReportStore = std::make_unique<support::ReportStore>();
    m_supportAudit = std::make_unique<support::AuditLog>();
    m_supportApi = std::make_unique<support::SupportApi>(
        m_auth.get(), m_families.get(), m_consents.get(), m_supportAudit.get(), m_store.get(),
        support::InspectorRecord{m_certificates.get(), m_events.get(), m_commands.get(),
                                 m_timeline.get(), m_supportReportStore.get()});
    m_supportActions = std::make_unique<support::SupportActions>(
        m_auth.get(), support::InspectorGate{m_consents.get(), m_supportAudit.get()},
        m_commandQueue.get(), m_commands.get(), m_supportReportStore.get(), m_media->service());
    // A family that is gone takes its shopping list and its board (with the board's objects).
    m_familyApi->setFamilyGone([this](const QString &familyId) {
        m_shopping->forget(familyId);
        m_board->forget(familyId);
    });
    m_identity->setTokenLifetime(m_options.tokenLifetime);
    // The broker plugin verifies tokens against this file.
    QSaveFile jwks(dir + QStringLiteral("/jwks.json"));
    if (!jwks.open(QIODevice::WriteOnly) ||
        jwks.write(QJsonDocument(m_identity->jwks()).toJson()) < 0 || !jwks.commit()) {
        *error = QStringLiteral("Cannot write %1").arg(jwks.fileName());
        return false;
    }
    m_http = new HttpApi(
        m_identity.get(),
        {m_eventApi.get(), m_settingsApi.get(), m_commandApi.get(), m_familyApi.get(),
         m_deviceApi.get(), m_ingredientApi.get(), m_shoppingApi.get(), m_media->restApi(),
         m_media->storeApi(), m_boardApi.get(), m_shelfPhotosApi.get(), m_cameraApi.get(),
         m_historyApi.get(), m_fleetApi.get(), m_supportApi.get(), m_supportActions.get()},
        this);
    m_http->nameInstance(m_instanceId.toLatin1());
    const Pki pki(pkiDir(m_options.dataDir));
    m_servicePort = m_http->listen(pki.serverCertPath(), pki.serverKeyPath(), pki.caCertPath(),
                                   ServiceIdentities::edge(), error);
    return m_servicePort > 0;
}

void CloudServer::sweepMedia()
{
    if (!m_media)
        return;
    const auto [reservations, orphans] = m_media->service()->sweep(api::now());
    if (reservations + orphans > 0)
        qInfo("media: dropped %d unfinished uploads and %d stray part folders", reservations,
              orphans);
}

media::MediaCloud::Place CloudServer::mediaPlace() const
{
    media::MediaService::Limits limits;
    limits.familyBytes = m_options.familyMediaQuota;
    return {identityDir(m_options.dataDir) + QStringLiteral("/media-signing.key"),
            QStringLiteral("127.0.0.1:%1").arg(m_options.httpPort), mediaStoreDir(), limits};
}

} // namespace larder::cloud
