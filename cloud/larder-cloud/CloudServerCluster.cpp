// SPDX-License-Identifier: MIT
// CloudServer among several instances on one database: the api role (the HTTP services and a
// publishing connection, joining what a first instance made), the heartbeat every instance
// writes, and the edge's list of the instances it balances across. (CloudServer.cpp starts a
// whole instance; CloudServerHttp.cpp builds the HTTP services.)
#include "CloudServer.h"
#include "CloudStore.h"
#include "HttpApi.h"
#include "SupervisedProcess.h"
#include "cluster/ClusterMembers.h"
#include "edge/EdgeConfig.h"
#include "fleet/FleetFeed.h"
#include "provisioning/CertificateStore.h"
#include "shadow/MqttPlane.h"

#include "common/Pki.h"

#include <QDateTime>
#include <QFile>
#include <QUuid>

#include <csignal>

namespace larder::cloud {

QString CloudServer::serviceAddress() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_servicePort);
}

bool CloudServer::writeEdge(QString *error) const
{
    const Pki pki(pkiDir(m_options.dataDir));
    const EdgeConfig edge(m_options.dataDir + QStringLiteral("/edge"),
                          m_options.dataDir + QStringLiteral("/logs"), m_options.httpPort,
                          m_upstreams,
                          {pki.serverCertPath(), pki.serverKeyPath(), pki.caCertPath(),
                           identityCert(ServiceIdentities::edge()),
                           identityKey(ServiceIdentities::edge()), mediaStoreDir()});
    return edge.write(error);
}

void CloudServer::beat()
{
    if (!m_members)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_members->beat(m_instanceId, m_options.role, serviceAddress(), now);
    if (!m_edge)
        return; // only the instance running the edge balances
    m_members->forgetGone(now);
    QStringList upstreams = m_members->apiAddresses(now);
    if (!upstreams.contains(serviceAddress()))
        upstreams.append(serviceAddress()); // its own, whatever the database says
    upstreams.sort();
    if (upstreams == m_upstreams)
        return;
    m_upstreams = upstreams;
    QString why;
    if (!writeEdge(&why)) {
        qWarning("larder-cloud: cannot rewrite the edge: %s", qPrintable(why));
        return;
    }
    qInfo("larder-cloud: the edge balances across %s", qPrintable(m_upstreams.join(u' ')));
    m_edge->signal(SIGHUP); // nginx reloads: new workers take the new list, nothing dropped
}

bool CloudServer::startApiInstance(QString *error)
{
    const QString data = m_options.dataDir;
    const Pki pki(pkiDir(data));
    if (!QFile::exists(pki.caCertPath()) ||
        !QFile::exists(identityDir(data) + QStringLiteral("/pool.json")) ||
        !QFile::exists(identityCert(ServiceIdentities::service()))) {
        *error = QStringLiteral("An api instance joins a data directory that a first larder-cloud "
                                "(--role all) has made: start that one first");
        return false;
    }
    m_store = std::make_unique<CloudStore>(storeLocation(data, m_options.database));
    m_certificates = std::make_unique<CertificateStore>();
    if (!m_store->open(error))
        return false;
    // No relay of its own: the camera's ICE answers come from the instance running coturn.
    m_turn = std::make_unique<camera::TurnRelay>(
        camera::TurnRelay::Options{data + QStringLiteral("/turn"), m_options.turnHost, 0});
    if (!startIdentity(error))
        return false;
    // Support's fleet search answers here too, from the database, a few seconds behind.
    m_fleetFeed =
        std::make_unique<fleet::FleetFeed>(m_fleet.get(), CloudStore::defaultConnection());
    m_fleetFeed->load();
    m_fleetReload.setInterval(fleetReloadMs);
    connect(&m_fleetReload, &QTimer::timeout, this, [this] { m_fleetFeed->load(); });
    m_fleetReload.start();

    mqtt::ConnectionSettings settings;
    settings.port = m_options.ports.device;
    settings.clientId = ServiceIdentities::service() + QStringLiteral(".api-") + m_instanceId;
    settings.caFile = pki.caCertPath();
    settings.certFile = identityCert(ServiceIdentities::service());
    settings.keyFile = identityKey(ServiceIdentities::service());
    settings.offlineQueueLimit = 10'000;
    MqttPlane::Settings plane;
    plane.databasePath = storeLocation(data, m_options.database);
    plane.pkiDir = pkiDir(data);
    plane.connection = settings;
    plane.publishOnly = true;
    m_plane = new MqttPlane(plane);
    m_plane->moveToThread(&m_planeThread);
    connect(&m_planeThread, &QThread::started, m_plane, &MqttPlane::start);
    connect(&m_planeThread, &QThread::started, m_plane, &MqttPlane::connectToBroker);
    connect(&m_planeThread, &QThread::finished, m_plane, &QObject::deleteLater);
    connect(m_plane, &MqttPlane::subscribed, this, [this] {
        if (m_announced)
            return;
        m_announced = true;
        std::printf("larder-cloud: ready (role api, services %s, database %s)\n",
                    qPrintable(serviceAddress()),
                    qPrintable(m_options.database.isEmpty() ? QStringLiteral("SQLite")
                                                            : m_options.database));
        std::fflush(stdout);
        emit ready();
    });
    m_planeThread.setObjectName(QStringLiteral("larder-mqtt"));
    m_planeThread.start();

    m_members = std::make_unique<cluster::ClusterMembers>();
    m_beat.setInterval(int(cluster::ClusterMembers::beatEveryMs));
    connect(&m_beat, &QTimer::timeout, this, &CloudServer::beat);
    m_beat.start();
    beat();
    return true;
}

} // namespace larder::cloud
