// SPDX-License-Identifier: MIT
#include "CloudServer.h"
#include "CloudStore.h"
#include "HttpApi.h"
#include "SupervisedProcess.h"
#include "alerts/AlertTopics.h"
#include "alerts/EventApi.h"
#include "alerts/SettingsApi.h"
#include "api/DeviceApi.h"
#include "api/FamilyApi.h"
#include "api/FamilyStore.h"
#include "api/RegistrationStore.h"
#include "board/BoardApi.h"
#include "cluster/ClusterMembers.h"
#include "commands/CommandApi.h"
#include "commands/CommandQueue.h"
#include "edge/EdgeConfig.h"
#include "fleet/FleetApi.h"
#include "fleet/FleetFeed.h"
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
#include "media/MediaCloud.h"
#include "provisioning/CertificateStore.h"
#include "shadow/MqttPlane.h"
#include "storage/StoreBackups.h"
#include "storage/StoreGuard.h"
#include "support/AuditLog.h"
#include "support/ConsentStore.h"
#include "support/ReportStore.h"
#include "support/SupportActions.h"
#include "support/SupportApi.h"
#include "timeline/DeviceTimeline.h"

#include "common/Pki.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <csignal>
#include <cstdio>
#include <memory>

namespace larder::cloud {

CloudServer::CloudServer(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
}

CloudServer::~CloudServer()
{
    stop();
}

QString CloudServer::identityCert(const QString &name) const
{
    return pkiDir(m_options.dataDir) + u'/' + name + QStringLiteral(".pem");
}

QString CloudServer::identityKey(const QString &name) const
{
    return pkiDir(m_options.dataDir) + u'/' + name + QStringLiteral(".key.pem");
}

bool CloudServer::ensureIdentity(const QString &name, QString *error) const
{
    if (QFile::exists(identityCert(name)) && QFile::exists(identityKey(name)))
        return true;
    return Pki(pkiDir(m_options.dataDir))
        .issueClientCertificate(name, identityCert(name), identityKey(name), error);
}

bool CloudServer::start(QString *error)
{
    m_instanceId = QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (m_options.role == u"api")
        return startApiInstance(error);
    const QString data = m_options.dataDir;
    if (!QDir().mkpath(data + QStringLiteral("/logs"))) {
        *error = QStringLiteral("Cannot create the data directory %1").arg(data);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(lockPath(data));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        *error = QStringLiteral("Another larder-cloud is serving %1").arg(data);
        return false;
    }
    storeguard::makeOwnerOnly(data); // also what older versions made with a laxer umask
    if (m_options.database.isEmpty() && !storeguard::check(data, error))
        return false; // (PostgreSQL guards its own files)
    const QString store = storeLocation(data, m_options.database);
    Pki pki(pkiDir(data));
    if (!pki.ensure(error) || !ensureIdentity(ServiceIdentities::service(), error) ||
        !ensureIdentity(ServiceIdentities::developmentApp(), error) ||
        !ensureIdentity(ServiceIdentities::edge(), error))
        return false;

    m_store = std::make_unique<CloudStore>(store);
    m_certificates = std::make_unique<CertificateStore>();
    if (!m_store->open(error))
        return false;
    m_backupTimer.setInterval(int(qMin<qint64>(m_options.backupInterval, 86400) * 1000));
    connect(&m_backupTimer, &QTimer::timeout, this, &CloudServer::backUp);
    m_backupTimer.start();
    // The media store's unfinished uploads are dropped after a while (and once at start).
    m_mediaSweep.setInterval(15 * 60 * 1000);
    connect(&m_mediaSweep, &QTimer::timeout, this, &CloudServer::sweepMedia);
    m_mediaSweep.start();
    QTimer::singleShot(0, this, &CloudServer::sweepMedia);

    // The live camera's TURN relay, if asked for: its secret is made afresh at every start.
    m_turn = std::make_unique<camera::TurnRelay>(camera::TurnRelay::Options{
        data + QStringLiteral("/turn"), m_options.turnHost, m_options.turnPort});
    if (!m_turn->write(error))
        return false;

    if (!startIdentity(error))
        return false;

    const QString plugin =
        m_options.brokerPlugin.isEmpty()
            ? QCoreApplication::applicationDirPath() + QStringLiteral("/larder-broker-auth.so")
            : m_options.brokerPlugin;
    if (!QFile::exists(plugin)) {
        *error =
            QStringLiteral("The broker plugin %1 is missing (build it: tools/setup)").arg(plugin);
        return false;
    }
    const BrokerConfig config(data + QStringLiteral("/broker"), m_options.ports,
                              {pki.caCertPath(), pki.serverCertPath(), pki.serverKeyPath()},
                              {plugin, store, identityDir(data) + QStringLiteral("/jwks.json"),
                               m_identity->pool().issuer, m_identity->pool().appClientId});
    if (!config.write(error) || !writeProfile(error))
        return false;

    mqtt::ConnectionSettings settings;
    settings.port = m_options.ports.device;
    settings.clientId = ServiceIdentities::service();
    settings.caFile = pki.caCertPath();
    settings.certFile = identityCert(ServiceIdentities::service());
    settings.keyFile = identityKey(ServiceIdentities::service());
    settings.offlineQueueLimit = 10'000;
    // A persistent session: requests devices send while the service is reconnecting (after a
    // broker crash or a larder-cloud restart) wait for it in the broker instead of being lost.
    // MQTT 3.1.1: there a non-clean session outlives the connection (Mosquitto keeps it for
    // persistent_client_expiration); MQTT 5 would need a Session Expiry Interval in CONNECT,
    // which libmosquitto's non-blocking connect cannot send.
    settings.cleanSession = false;
    settings.mqtt5 = false;
    m_plane = new MqttPlane(
        {store, pkiDir(data), settings, m_options.ownershipTokenLifetime, m_options.pendingWindow,
         mediaPlace(), data + QStringLiteral("/outbox"), m_options.morningNoteHour, m_fleet.get(),
         [turn = m_turn.get()](const QString &thing) {
             return camera::CameraApi::iceServers(*turn, thing, QDateTime::currentSecsSinceEpoch());
         }});
    m_plane->moveToThread(&m_planeThread);
    connect(&m_planeThread, &QThread::started, m_plane, &MqttPlane::start);
    connect(&m_planeThread, &QThread::finished, m_plane, &QObject::deleteLater);
    connect(m_plane, &MqttPlane::fatalError, this, &CloudServer::fatalError);
    connect(m_plane, &MqttPlane::subscribed, this, [this] {
        m_broker->signal(SIGUSR1); // Mosquitto saves its database (and our session) now
        m_shadowsReady = true;
        if (!m_announced)
            backUp(); // every start leaves a backup of what it found
        announceIfReady();
    });
    m_planeThread.setObjectName(QStringLiteral("larder-mqtt"));
    m_planeThread.start();

    m_broker = new SupervisedProcess({QStringLiteral("mosquitto"),
                                      QStringLiteral("mosquitto"),
                                      {QStringLiteral("-c"), config.configPath()},
                                      data + QStringLiteral("/logs/mosquitto.log"),
                                      m_options.ports.device,
                                      QStringLiteral("is it installed? run tools/setup")},
                                     this);
    connect(m_broker, &SupervisedProcess::failed, this, &CloudServer::fatalError);
    connect(m_broker, &SupervisedProcess::ready, m_plane, &MqttPlane::connectToBroker);
    m_broker->start();
    if (m_turn->enabled()) {
        m_turnProcess = new SupervisedProcess(m_turn->spec(), this);
        connect(m_turnProcess, &SupervisedProcess::failed, this, &CloudServer::fatalError);
        m_turnProcess->start();
    }
    return startEdge(error);
}

bool CloudServer::startEdge(QString *error)
{
    // The instances serving the API: this one, and those that say they are alive.
    m_members = std::make_unique<cluster::ClusterMembers>();
    m_members->beat(m_instanceId, m_options.role, serviceAddress(),
                    QDateTime::currentMSecsSinceEpoch());
    m_upstreams = m_members->apiAddresses(QDateTime::currentMSecsSinceEpoch());
    if (!m_upstreams.contains(serviceAddress()))
        m_upstreams.append(serviceAddress());
    m_upstreams.sort();
    if (!writeEdge(error))
        return false;
    m_beat.setInterval(int(cluster::ClusterMembers::beatEveryMs));
    connect(&m_beat, &QTimer::timeout, this, &CloudServer::beat);
    m_beat.start();
    const EdgeConfig edge(m_options.dataDir + QStringLiteral("/edge"),
                          m_options.dataDir + QStringLiteral("/logs"), m_options.httpPort,
                          m_upstreams, {});
    m_edge = new SupervisedProcess({QStringLiteral("the edge (nginx)"), EdgeConfig::program(),
                                    edge.arguments(), edge.logPath(), m_options.httpPort,
                                    QStringLiteral("is nginx installed? run tools/setup")},
                                   this);
    connect(m_edge, &SupervisedProcess::failed, this, &CloudServer::fatalError);
    connect(m_edge, &SupervisedProcess::ready, this, [this] {
        m_edgeReady = true;
        announceIfReady();
    });
    m_edge->start();
    return true;
}

void CloudServer::announceIfReady()
{
    if (m_announced || !m_edgeReady || !m_shadowsReady)
        return;
    m_announced = true;
    std::printf(
        "larder-cloud: ready (device port %d, app port %d, https port %d, data %s, "
        "database %s)\n",
        m_options.ports.device, m_options.ports.app, m_options.httpPort,
        qPrintable(m_options.dataDir),
        qPrintable(m_options.database.isEmpty() ? QStringLiteral("SQLite") : m_options.database));
    std::fflush(stdout);
    emit ready();
}

void CloudServer::backUp()
{
    if (!m_options.database.isEmpty())
        return; // PostgreSQL: pg_dump and the server's own archiving (docs/postgresql.md)
    QString why;
    if (!backups::make(m_store->connectionName(), m_options.dataDir, &why))
        qWarning("larder-cloud: %s", qPrintable(why));
}

void CloudServer::stop()
{
    m_beat.stop();
    if (m_members) {
        m_members->leave(m_instanceId); // the edge stops sending here within a second
        m_members.reset();
    }
    if (m_plane && m_planeThread.isRunning()) {
        QMetaObject::invokeMethod(m_plane, &MqttPlane::stop, Qt::BlockingQueuedConnection);
        m_planeThread.quit();
        m_planeThread.wait();
        m_plane = nullptr;
    }
    if (m_backupTimer.isActive() && m_store) {
        m_backupTimer.stop();
        backUp();
    }
    if (m_broker)
        m_broker->stop();
    if (m_edge)
        m_edge->stop();
}

QString CloudServer::httpBase() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_options.httpPort);
}

bool CloudServer::writeProfile(QString *error) const
{
    const Pki pki(pkiDir(m_options.dataDir));
    QJsonObject profile{
        {QStringLiteral("name"), QStringLiteral("local")},
        {QStringLiteral("region"), QStringLiteral("local")},
        {QStringLiteral("mqttEndpoint"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("mqttPort"), m_options.ports.app},
        {QStringLiteral("devicePort"), m_options.ports.device},
        {QStringLiteral("caFile"), pki.caCertPath()},
        {QStringLiteral("userPoolId"), m_identity->pool().userPoolId},
        {QStringLiteral("appClientId"), m_identity->pool().appClientId},
        {QStringLiteral("identityEndpoint"), httpBase()},
        {QStringLiteral("apiBaseUrl"), httpBase() + QStringLiteral("/api")},
    };
    if (m_turn && m_turn->enabled()) // no credential: the apps ask for theirs
        profile.insert(QStringLiteral("iceServers"), QJsonArray{m_turn->url()});
    QSaveFile file(m_options.dataDir + QStringLiteral("/profile.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(profile).toJson()) < 0 ||
        !file.commit()) {
        *error = QStringLiteral("Cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

} // namespace larder::cloud
