// SPDX-License-Identifier: MIT
#pragma once

#include "BrokerConfig.h"

#include "board/BoardApi.h"
#include "camera/CameraApi.h"
#include "camera/TurnRelay.h"
#include "media/MediaCloud.h"
#include <QLockFile>

#include <QObject>
#include <QThread>
#include <QTimer>
#include <memory>

namespace larder::cloud {

class SupervisedProcess;
class CertificateStore;
class DeviceTimeline;
class DeviceApi;
class IngredientApi;
class ShelfPhotos;
class ShelfPhotosApi;
class HistoryApi;
class HistoryStore;
namespace alerts {
class EventApi;
class EventStore;
class SettingsApi;
class SettingsStore;
} // namespace alerts
namespace support {
class AuditLog;
class ConsentStore;
class SupportApi;
class SupportActions;
class ReportStore;
} // namespace support
namespace fleet {
class FleetApi;
class FleetFeed;
class FleetIndex;
class ThingGroups;
} // namespace fleet
namespace cluster {
class ClusterMembers;
}
namespace commands {
class CommandApi;
class CommandQueue;
class CommandStore;
} // namespace commands
class IngredientStore;
class RegistrationStore;
namespace api {
class ApiAuth;
}
class CloudStore;
class Pki;
class FamilyApi;
class FamilyStore;
class HttpApi;
class IdentityService;
class OutboxSender;
class SigningKey;
class UserStore;
class MqttPlane;

/// One running larder-cloud: its PKI, its supervised Mosquitto and nginx edge, the shadow and
/// presence services, the HTTP services behind the edge, and the profile file clients read.
/// Prints "larder-cloud: ready" once it serves.
class CloudServer : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir;
        /// A `postgresql://` URL (without its password: libpq's `PGPASSWORD`); empty: the
        /// SQLite file in dataDir.
        QString database;
        /// `all`: everything (the broker, the edge, the HTTP services, the MQTT plane);
        /// `api`: the HTTP services only, joining a data directory and database an `all`
        /// instance serves (its edge balances requests across them: docs/scale-out.md).
        QString role = QStringLiteral("all");
        BrokerConfig::Ports ports;
        int httpPort = 8443;
        qint64 tokenLifetime = 3600; ///< seconds; shorter in tests that watch tokens expire
        QString brokerPlugin;        ///< larder-broker-auth.so; default: next to larder-cloud
        qint64 ownershipTokenLifetime = 3600; ///< fleet provisioning (AWS: one hour)
        qint64 pendingWindow = 24 * 3600;     ///< unpaired certificates are removed after it
        int morningNoteHour = 8;     ///< the morning note of what to use up, from this hour
        qint64 backupInterval = 600; ///< seconds between online database backups
        qint64 familyMediaQuota = 10LL * 1024 * 1024 * 1024; ///< bytes of media per family
        int turnPort = 0; ///< the live camera's TURN relay (coturn); 0: none
        QString turnHost = QStringLiteral("127.0.0.1"); ///< where viewers reach the relay
    };

    explicit CloudServer(Options options, QObject *parent = nullptr);
    ~CloudServer() override;

    bool start(QString *error);
    void stop();

    static QString storePath(const QString &dataDir)
    {
        return dataDir + QStringLiteral("/larder.sqlite");
    }
    /// The store of @p dataDir: @p database when given, else its SQLite file.
    static QString storeLocation(const QString &dataDir, const QString &database)
    {
        return database.isEmpty() ? storePath(dataDir) : database;
    }
    static QString pkiDir(const QString &dataDir) { return dataDir + QStringLiteral("/pki"); }
    /// Held while a larder-cloud serves a data directory (restore refuses to run meanwhile).
    static QString lockPath(const QString &dataDir)
    {
        return dataDir + QStringLiteral("/larder-cloud.lock");
    }

    /// The identity service of a data directory, for the command-line tools (add-staff).
    static QString identityDir(const QString &dataDir)
    {
        return dataDir + QStringLiteral("/identity");
    }

signals:
    void ready();
    void fatalError(const QString &message);

private:
    bool startIdentity(QString *error);
    /// `--role api`: the HTTP services and a publishing MQTT connection, on what a first
    /// instance made.
    bool startApiInstance(QString *error);
    /// Says this instance is alive (cluster/ClusterMembers); the edge's instance also takes in
    /// who else serves the API, and reloads the edge when that changed.
    void beat();
    QString serviceAddress() const;
    bool writeEdge(QString *error) const;
    bool startEdge(QString *error);
    void backUp();
    void sweepMedia();
    void announceIfReady();
    QString httpBase() const;
    bool writeProfile(QString *error) const;
    bool ensureIdentity(const QString &name, QString *error) const;
    QString identityCert(const QString &name) const;
    /// Where the media store's objects are files (the edge writes and serves them).
    QString mediaStoreDir() const { return m_options.dataDir + QStringLiteral("/store"); }
    /// The media store's key, public address and folder, for both of its HTTP and MQTT sides.
    media::MediaCloud::Place mediaPlace() const;
    QString identityKey(const QString &name) const;

    Options m_options;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_backupTimer;
    QTimer m_mediaSweep;
    std::unique_ptr<CloudStore> m_store;
    std::unique_ptr<CertificateStore> m_certificates;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<SigningKey> m_signingKey;
    std::unique_ptr<OutboxSender> m_outbox;
    std::unique_ptr<IdentityService> m_identity;
    std::unique_ptr<FamilyStore> m_families;
    std::unique_ptr<FamilyApi> m_familyApi;
    std::unique_ptr<RegistrationStore> m_registrations;
    std::unique_ptr<api::ApiAuth> m_auth;
    std::unique_ptr<DeviceApi> m_deviceApi;
    std::unique_ptr<IngredientStore> m_ingredients;
    std::unique_ptr<IngredientApi> m_ingredientApi;
    std::unique_ptr<ShelfPhotos> m_shelfPhotos;
    std::unique_ptr<ShelfPhotosApi> m_shelfPhotosApi;
    std::unique_ptr<camera::TurnRelay> m_turn;
    std::unique_ptr<camera::CameraApi> m_cameraApi;
    SupervisedProcess *m_turnProcess = nullptr;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<HistoryApi> m_historyApi;
    std::unique_ptr<alerts::EventStore> m_events;
    std::unique_ptr<alerts::EventApi> m_eventApi;
    std::unique_ptr<alerts::SettingsStore> m_settings;
    std::unique_ptr<alerts::SettingsApi> m_settingsApi;
    std::unique_ptr<commands::CommandStore> m_commands;
    std::unique_ptr<commands::CommandQueue> m_commandQueue;
    std::unique_ptr<commands::CommandApi> m_commandApi;
    std::unique_ptr<IngredientStore> m_shopping; ///< the families' shopping lists
    std::unique_ptr<IngredientApi> m_shoppingApi;
    std::unique_ptr<media::MediaCloud> m_media;
    std::unique_ptr<fleet::FleetIndex> m_fleet; ///< written by the MQTT plane, searched here
    std::unique_ptr<fleet::ThingGroups> m_thingGroups;
    std::unique_ptr<fleet::FleetApi> m_fleetApi;
    std::unique_ptr<support::ConsentStore> m_consents;
    std::unique_ptr<support::AuditLog> m_supportAudit;
    std::unique_ptr<support::SupportApi> m_supportApi;
    std::unique_ptr<support::SupportActions> m_supportActions;
    std::unique_ptr<DeviceTimeline> m_timeline;
    std::unique_ptr<support::ReportStore> m_supportReportStore;
    std::unique_ptr<board::BoardStore> m_boardStore;
    std::unique_ptr<board::BoardService> m_board;
    std::unique_ptr<board::BoardApi> m_boardApi;
    HttpApi *m_http = nullptr;
    SupervisedProcess *m_broker = nullptr;
    MqttPlane *m_plane = nullptr; ///< lives on m_planeThread
    QThread m_planeThread;
    SupervisedProcess *m_edge = nullptr;
    int m_servicePort = 0; ///< the HTTP services' loopback port behind the edge
    std::unique_ptr<cluster::ClusterMembers> m_members;
    /// An api instance's fleet index: read whole from the database every fleetReloadMs (the
    /// MQTT plane keeps the first instance's current as shadows change).
    std::unique_ptr<fleet::FleetFeed> m_fleetFeed;
    QTimer m_fleetReload;
    static constexpr int fleetReloadMs = 5000;
    QTimer m_beat;
    QString m_instanceId;    ///< this instance among those serving the database
    QStringList m_upstreams; ///< the API instances the edge balances across
    bool m_announced = false;
    bool m_edgeReady = false;
    bool m_shadowsReady = false;
};

} // namespace larder::cloud
