// SPDX-License-Identifier: MIT
#include "MqttPlane.h"

#include "PlaneFeature.h"
#include "PresenceService.h"
#include "ShadowService.h"
#include "inventory/InventoryTopics.h"
#include "larder-cloud/CloudStore.h"
#include "larder-cloud/alerts/AlertService.h"
#include "larder-cloud/api/FamilyStore.h"
#include "larder-cloud/board/BoardRequests.h"
#include "larder-cloud/cluster/ClusterRelay.h"
#include "larder-cloud/commands/CommandStore.h"
#include "larder-cloud/commands/JobsService.h"
#include "larder-cloud/identity/CodeSender.h"
#include "larder-cloud/inventory/IngredientService.h"
#include "larder-cloud/inventory/IngredientStore.h"
#include "larder-cloud/inventory/ShelfPhotos.h"
#include "larder-cloud/inventory/ShoppingFeeds.h"
#include "larder-cloud/media/MediaRequests.h"
#include "larder-cloud/provisioning/CertificateStore.h"
#include "larder-cloud/provisioning/ProvisioningService.h"

#include "common/Pki.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace larder::cloud {

namespace {
/// The plane's own database connection (Qt SQL connections belong to one thread).
const QString kConnection = QStringLiteral("larder-mqtt");
} // namespace

MqttPlane::MqttPlane(Settings settings) : m_settings(std::move(settings)) {}

MqttPlane::~MqttPlane()
{
    stop();
}

void MqttPlane::start()
{
    if (m_settings.publishOnly) {
        m_client = new mqtt::MqttClient(this);
        m_client->setSettings(m_settings.connection);
        m_client->setBackoff({100, 2000, 0.3});
        connect(m_client, &mqtt::MqttClient::connected, this, &MqttPlane::subscribed);
        return;
    }
    m_store = std::make_unique<CloudStore>(m_settings.databasePath, kConnection);
    m_certificates = std::make_unique<CertificateStore>(kConnection);
    QString error;
    if (!m_store->open(&error)) {
        emit fatalError(
            QStringLiteral("The shadow service cannot open the database: %1").arg(error));
        return;
    }
    m_pki = std::make_unique<Pki>(m_settings.pkiDir);
    m_client = new mqtt::MqttClient(this);
    m_client->setSettings(m_settings.connection);
    m_client->setBackoff({100, 2000, 0.3});
    m_shadows = new ShadowService(m_client, m_store.get(), this);
    m_presence = new PresenceService(m_client, m_store.get(), this);
    m_provisioning =
        new ProvisioningService(m_client, m_certificates.get(), m_store.get(), m_pki.get(), this);
    m_provisioning->setTokenLifetime(m_settings.ownershipTokenLifetime);
    m_provisioning->setPendingWindow(m_settings.pendingWindow);
    m_ingredients = std::make_unique<IngredientStore>(kConnection);
    m_ingredientService = new IngredientService(m_client, m_ingredients.get(),
                                                IngredientService::fridges(m_client), this);
    m_families = std::make_unique<FamilyStore>(kConnection);
    // The family's shopping list, as the door tablets reach it: a fridge's requests change its
    // family's list, and every change reaches the family and each of its fridges.
    m_shopping =
        std::make_unique<IngredientStore>(kConnection, IngredientStore::Tables::shopping());
    m_shoppingService =
        new IngredientService(m_client, m_shopping.get(),
                              {QStringLiteral("shopping"),
                               [this](const QString &thing) {
                                   const auto family = m_families->familyOfThing(thing);
                                   return family ? family->first : QString();
                               },
                               [this](const QString &familyId, const QJsonObject &change) {
                                   const QByteArray payload =
                                       QJsonDocument(change).toJson(QJsonDocument::Compact);
                                   for (const QString &topic : shoppingFeeds(*m_families, familyId))
                                       m_client->publish(topic, payload, 1);
                               }},
                              this);
    m_media =
        media::MediaCloud::make(nullptr, m_families.get(), m_settings.media, &error, kConnection);
    if (!m_media) {
        emit fatalError(error);
        return;
    }
    // "Look inside": the shelf photos a closed door brought replace the fridge's previous
    // ones (whose objects go), and the family's apps hear of them.
    m_shelfPhotos = std::make_unique<ShelfPhotos>(kConnection);
    m_ingredientService->setPhotosAttached([this](const QString &thing, const QJsonArray &photos) {
        const auto family = m_families->familyOfThing(thing);
        if (!family)
            return;
        const auto isSnapshotOf = [this, &family](const QString &key, const QString &owner) {
            const auto place = media::parseObjectPath(key);
            const auto reserved = m_media->store()->find(key);
            return place && reserved && reserved->stored && place->familyId == family->first &&
                   place->owner == owner && place->kind == u"snapshot";
        };
        QStringList replaced;
        const auto kept = m_shelfPhotos->attach(thing, photos, QDateTime::currentSecsSinceEpoch(),
                                                isSnapshotOf, &replaced);
        for (const QString &key : replaced)
            m_media->service()->removeObject(family->first, key);
        if (!kept.isEmpty())
            m_client->publish(
                inventory::topics::shelfPhotos(thing),
                QJsonDocument(QJsonObject{{QStringLiteral("photos"),
                                           ShelfPhotos::toJson(m_shelfPhotos->latest(thing))}})
                    .toJson(QJsonDocument::Compact),
                1);
    });
    // A device's media requests; the door also asks for its fridge's latest shelf photos, and
    // the door and the fridge for the live camera's ICE servers.
    m_mediaRequests = new DeviceRequests(
        m_client, m_families.get(), QStringLiteral("media"),
        [media = media::mediaRequests(m_media->service()), photos = m_shelfPhotos.get(),
         ice = m_settings.iceServers](const QString &op, const QString &thing,
                                      const QString &familyId, const QJsonObject &body) {
            if (op == u"photos")
                return api::Verdict{
                    200, {{QStringLiteral("photos"), ShelfPhotos::toJson(photos->latest(thing))}}};
            if (op == u"ice")
                return api::Verdict{200, ice ? ice(thing) : QJsonObject{}};
            return media(op, thing, familyId, body);
        },
        this);
    m_boardStore = std::make_unique<board::BoardStore>(kConnection);
    m_board = std::make_unique<board::BoardService>(
        m_families.get(), m_boardStore.get(), m_media->service(), m_media->store(),
        [this](const QString &topic, const QJsonObject &change) {
            m_client->publish(topic, QJsonDocument(change).toJson(QJsonDocument::Compact), 1);
        });
    m_boardRequests = new DeviceRequests(m_client, m_families.get(), QStringLiteral("board"),
                                         board::boardRequests(m_board.get()), this);
    // The alert rules, on every reported update (presence included: the presence service
    // writes `connected` into the shadow) and on the passing of time.
    m_events = std::make_unique<alerts::EventStore>(kConnection);
    m_alertSettings = std::make_unique<alerts::SettingsStore>(kConnection);
    m_alerts = new alerts::AlertService(m_client, m_events.get(), m_alertSettings.get(),
                                        m_families.get(), this);
    connect(m_shadows, &ShadowService::reportedUpdated, m_alerts,
            &alerts::AlertService::onReported);
    // An error-level alert (food may spoil) is also mailed to every member of the family.
    m_alerts->setMail([this](const QString &familyId, const QString &deviceName,
                             const alerts::EventStore::Event &event) {
        for (const Member &member : m_families->members(familyId))
            OutboxSender::write(m_settings.outboxDir, member.email, QStringLiteral("alert"),
                                QStringLiteral("Larder: %1 needs you").arg(deviceName),
                                QStringLiteral("%1: %2\r\n\r\nOpen Larder to see it and "
                                               "acknowledge it for the family.\r\n")
                                    .arg(deviceName, event.message));
    });
    // The morning note of what to use up reads what each fridge holds.
    m_alerts->setMorningNoteHour(m_settings.morningNoteHour);
    m_alerts->setContents([this](const QString &thing) {
        return m_ingredients->list(thing, {}, -1, 0, IngredientStore::maxItems).items;
    });
    // Commands: the fridges take them over the AWS IoT Jobs topics.
    m_commands = std::make_unique<commands::CommandStore>(kConnection);
    m_jobs = new commands::JobsService(m_client, m_commands.get(), this);
    m_shadows->start();
    m_presence->start();
    m_jobs->start();
    m_alerts->start();
    m_provisioning->start();
    m_ingredientService->start();
    m_shoppingService->start();
    m_mediaRequests->start();
    m_boardRequests->start();
    // The features that follow the services above (PlaneFeatures.cpp).
    const PlaneContext context{
        m_client, kConnection,    m_store.get(),    m_families.get(), m_shadows,
        m_alerts, m_events.get(), m_settings.fleet, m_media->store(), m_settings.media.storeDir};
    const QList<PlaneFeatureMaker> &makers = planeFeatures();
    for (qsizetype i = 0; i < makers.size(); ++i)
        if (makers.indexOf(makers[i]) != i) {
            // Twice registered, a feature would answer every request twice.
            emit fatalError(QStringLiteral("A feature is registered twice on the MQTT plane."));
            return;
        }
    for (const PlaneFeatureMaker make : makers)
        if (auto feature = make(context))
            m_features.push_back(std::move(feature));
    for (const auto &feature : m_features)
        feature->start();

    // What api instances relay (commands they queued, fridges that left).
    connect(m_client, &mqtt::MqttClient::messageReceived, this,
            [this](const QByteArray &payload, const QString &topic) {
                if (topic.startsWith(cluster::relay::filter().chopped(1)))
                    onRelay(payload, topic);
            });
    m_client->subscribe(cluster::relay::filter(), 1);

    // Once the broker has granted every subscription, the caller asks it to save the session:
    // requests devices send while the service reconnects after a broker crash then wait for it.
    connect(m_client, &mqtt::MqttClient::connected, this,
            [this] { m_awaiting = ShadowService::requestFilters(); });
    connect(m_client, &mqtt::MqttClient::subscribed, this,
            [this](const QString &filter, bool granted) {
                if (!granted) {
                    emit fatalError(
                        QStringLiteral("The broker refused the shadow service's subscription to %1")
                            .arg(filter));
                    return;
                }
                if (m_awaiting.removeOne(filter) && m_awaiting.isEmpty())
                    emit subscribed();
            });
}

void MqttPlane::connectToBroker()
{
    if (m_client)
        m_client->connectToHost();
}

void MqttPlane::publish(const QString &topic, const QByteArray &payload)
{
    if (m_client)
        m_client->publish(topic, payload, 1);
}

void MqttPlane::commandQueued(const QString &thing, const QString &commandId)
{
    if (m_settings.publishOnly)
        publish(cluster::relay::commandQueuedTopic(), cluster::relay::message(thing, commandId));
    else if (m_jobs)
        m_jobs->announce(thing, commandId);
}

void MqttPlane::onRelay(const QByteArray &payload, const QString &topic)
{
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    const QString thing = body.value(u"thing").toString();
    if (thing.isEmpty())
        return;
    if (topic == cluster::relay::commandQueuedTopic())
        commandQueued(thing, body.value(u"commandId").toString());
    else if (topic == cluster::relay::thingLeftTopic())
        thingLeft(thing);
}

void MqttPlane::thingLeft(const QString &thing)
{
    if (m_settings.publishOnly) {
        publish(cluster::relay::thingLeftTopic(), cluster::relay::message(thing));
        return;
    }
    // Here, in one go with the rules' state: no tick can record an event in between.
    if (m_events)
        m_events->forget(thing);
    if (m_alerts)
        m_alerts->forget(thing);
    for (const auto &feature : m_features)
        feature->thingLeft(thing);
}

void MqttPlane::stop()
{
    // What the features hold back is written now, while the database is open (newest first).
    while (!m_features.empty())
        m_features.pop_back();
    if (m_client)
        m_client->disconnectFromHost();
    delete m_provisioning;
    delete m_presence;
    delete m_shadows;
    delete m_client;
    m_provisioning = nullptr;
    m_presence = nullptr;
    m_shadows = nullptr;
    m_client = nullptr;
    m_certificates.reset();
    m_store.reset();
}

} // namespace larder::cloud
