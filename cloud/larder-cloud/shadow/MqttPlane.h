// SPDX-License-Identifier: MIT
#pragma once

#include "larder-cloud/media/MediaCloud.h"
#include "mqtt/MqttTypes.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud {

class CertificateStore;
class FamilyStore;
namespace fleet {
class FleetIndex;
}
class PlaneFeature;
class DeviceRequests;
namespace board {
class BoardService;
class BoardStore;
} // namespace board
class IngredientService;
class IngredientStore;
class ShelfPhotos;
namespace alerts {
class AlertService;
class EventStore;
class SettingsStore;
} // namespace alerts
namespace commands {
class CommandStore;
class JobsService;
} // namespace commands
class CloudStore;
class Pki;
class PresenceService;
class ProvisioningService;
class ShadowService;

/// larder-cloud's MQTT side: the shadow, presence, provisioning, ingredient, media and board
/// services on
/// the cloud's own persistent connection to the broker, with their own database connection. It
/// lives on its own thread (CloudServer moves it there), so the HTTP services — Argon2 sign-ins,
/// request handling — never stall a shadow answer, and a flood of shadow requests never stalls
/// sign-in. Everything is created in start(), on that thread.
class MqttPlane : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString databasePath;
        QString pkiDir;
        mqtt::ConnectionSettings connection;
        qint64 ownershipTokenLifetime = 3600;
        qint64 pendingWindow = 24 * 3600;
        media::MediaCloud::Place media;     ///< its signing key exists before the plane starts
        QString outboxDir;                  ///< where e-mail goes locally (error-level alerts)
        int morningNoteHour = 8;            ///< AlertService::setMorningNoteHour
        fleet::FleetIndex *fleet = nullptr; ///< kept current by the plane (thread-safe)
        /// The live camera's ICE servers for a device (the `ice` media request; thread-safe).
        std::function<QJsonObject(const QString &thing)> iceServers;
        /// An api instance's plane: its connection only, to publish what the REST side
        /// changed; commands queued and fridges leaving go to the instances with a full plane
        /// (cluster/ClusterRelay). Ready once connected.
        bool publishOnly = false;
    };
    explicit MqttPlane(Settings settings);
    ~MqttPlane() override;

public slots:
    /// Opens the database and creates the services (call on the plane's thread).
    void start();
    /// Connects to the broker (once it is up).
    void connectToBroker();
    /// Disconnects and closes everything; blocking callers may wait for it.
    void stop();
    /// Publishes @p payload on @p topic as the cloud (QoS 1), e.g. an ingredient change the
    /// REST side applied. Call it queued from other threads.
    void publish(const QString &topic, const QByteArray &payload);
    /// The REST side queued command @p commandId for @p thing (call it queued).
    void commandQueued(const QString &thing, const QString &commandId);
    /// @p thing left its family (call it queued): the plane forgets what it kept of it there.
    void thingLeft(const QString &thing);

signals:
    /// Every subscription of the services was granted, after each (re)connect.
    void subscribed();
    void fatalError(const QString &message);

private:
    void onRelay(const QByteArray &payload, const QString &topic);

    Settings m_settings;
    std::unique_ptr<CloudStore> m_store;
    std::unique_ptr<CertificateStore> m_certificates;
    std::unique_ptr<Pki> m_pki;
    mqtt::MqttClient *m_client = nullptr;
    ShadowService *m_shadows = nullptr;
    PresenceService *m_presence = nullptr;
    ProvisioningService *m_provisioning = nullptr;
    std::unique_ptr<IngredientStore> m_ingredients;
    std::unique_ptr<ShelfPhotos> m_shelfPhotos;
    std::unique_ptr<alerts::EventStore> m_events;
    std::unique_ptr<alerts::SettingsStore> m_alertSettings;
    alerts::AlertService *m_alerts = nullptr;
    std::unique_ptr<commands::CommandStore> m_commands;
    commands::JobsService *m_jobs = nullptr;
    IngredientService *m_ingredientService = nullptr;
    std::unique_ptr<IngredientStore> m_shopping;
    IngredientService *m_shoppingService = nullptr;
    std::unique_ptr<FamilyStore> m_families;
    std::unique_ptr<media::MediaCloud> m_media;
    DeviceRequests *m_mediaRequests = nullptr;
    std::unique_ptr<board::BoardStore> m_boardStore;
    std::unique_ptr<board::BoardService> m_board;
    DeviceRequests *m_boardRequests = nullptr;
    /// The features that follow the services (planeFeatures()), in the order made.
    std::vector<std::unique_ptr<PlaneFeature>> m_features;
    QStringList m_awaiting; ///< filters not granted yet since the last connect
};

} // namespace larder::cloud
