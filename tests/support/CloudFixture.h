// SPDX-License-Identifier: MIT
#pragma once

#include "mqtt/MqttTypes.h"

#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace larder::kiosk {
class DoorTablet;
}

class CloudHttp;

/// A real larder-cloud (and its Mosquitto) on free loopback ports in a temporary data
/// directory, for integration tests. Also runs larder-fridge processes. With
/// `LARDER_TEST_ENGINE=postgresql` in the environment its data is in a database of its own on
/// the test PostgreSQL (StoreEngines) instead of the SQLite file: ctest runs the store-dependent
/// tests both ways.
class CloudFixture
{
public:
    CloudFixture();
    ~CloudFixture();

    bool start();
    void stop();
    bool restart();

    /// Registers @p thing and issues its certificate into the fixture's device folder.
    bool deviceCert(const QString &thing);
    larder::mqtt::ConnectionSettings deviceSettings(const QString &thing) const;
    /// The development app certificate on the development listener.
    larder::mqtt::ConnectionSettings appSettings(const QString &clientId) const;
    /// The app listener, signed in with an ID token (as the app does after sign-in).
    larder::mqtt::ConnectionSettings accountSettings(const QString &clientId,
                                                     const QString &idToken) const;
    /// Extra `larder-cloud serve` options for the next start(), e.g. {"--token-lifetime", "8"}.
    void setServeOptions(const QStringList &options) { m_serveOptions = options; }
    /// larder-cloud's own service identity (device port), e.g. for raw-MQTT baselines.
    larder::mqtt::ConnectionSettings serviceSettings(const QString &clientId) const;

    /// Starts another larder-cloud on the same data directory and database with `--role api`
    /// (its HTTP services join the edge's list); null when it does not say it is ready.
    QProcess *startApiInstance();

    /// Starts `larder-fridge` for @p thing (certificate issued if needed).
    QProcess *startFridge(const QString &thing, const QStringList &extraArgs = {});

    /// Runs a `larder-cloud` command on this data dir; its standard output in @p output.
    bool runTool(const QStringList &args, QString *output = nullptr) const;
    /// `larder-cloud demo-family`: owner and member accounts, a family "Home" with @p thing
    /// (certificate issued if needed). The generated passwords by e-mail address; empty on
    /// failure.
    QHash<QString, QString> demoFamily(const QString &thing, const QString &ownerEmail,
                                       const QString &memberEmail);

    /// Kills the broker process hard (larder-cloud restarts it).
    bool killBroker();
    /// Kills the edge (nginx, its master and workers) without a goodbye; larder-cloud starts it
    /// again.
    bool killEdge();
    /// Kills larder-cloud hard (SIGKILL; its broker and edge go with it), then starts it again.
    bool killAndRestart();
    /// larder-cloud's process id, and the id of its child running @p command ("nginx").
    qint64 cloudPid() const;
    qint64 childPid(const QString &command) const;
    /// True when process @p pid has ended (or never was).
    static bool processGone(qint64 pid);
    /// The processes named @p command whose parent is @p parent.
    static QList<qint64> childrenOf(qint64 parent, const QString &command);
    /// The CPU time process @p pid has used so far (user and system), in seconds; -1 if
    /// unknown.
    static double cpuSeconds(qint64 pid);
    /// A figure of /proc/PID/status in KiB, e.g. "VmRSS" or "VmHWM" (the peak); -1 if unknown.
    static qint64 memoryKiB(qint64 pid, const char *field);
    int httpPort() const { return m_httpPort; }

    QString dataDir() const { return m_dir.path(); }
    /// `--database` for larder-cloud (no password: PGPASSWORD is in its environment); empty
    /// on SQLite.
    QString database() const { return m_database; }
    /// What CloudStore opens for this cloud's data (with its password).
    QString storeLocation() const;
    /// A Qt SQL connection @p name to this cloud's database (opened), on either engine, for
    /// tests that look inside; remove it with QSqlDatabase::removeDatabase.
    QSqlDatabase openStore(const QString &name) const;
    /// On PostgreSQL: stops its server (fast shutdown, as a restart does) and starts it again.
    bool stopDatabase();
    bool startDatabase();
    /// `--data-dir DIR` (and `--database URL`) for a larder-cloud command run by hand.
    QStringList toolArguments() const;
    QStringList databaseArguments() const;
    QString deviceDir() const { return m_dir.path() + QStringLiteral("/devices"); }
    QString profilePath() const { return m_dir.path() + QStringLiteral("/profile.json"); }
    /// A door tablet's device folder (`runTool({"factory", …, "--out", tabletDir()})`).
    QString tabletDir() const { return m_dir.path() + QStringLiteral("/tablet"); }
    /// The door tablet of tabletDir(), started against this cloud's device port.
    std::unique_ptr<larder::kiosk::DoorTablet> startTablet() const;
    /// A door tablet made for @p serial (`factory` into tabletDir()), started, and paired into
    /// @p familyId by @p token's user; null when any step fails (see log()).
    std::unique_ptr<larder::kiosk::DoorTablet> pairedTablet(CloudHttp &http, const QString &serial,
                                                            const QString &familyId,
                                                            const QString &token);
    /// The door tablet's own MQTT connection (its certificate, its client id) for @p thing, for
    /// tests that speak as the tablet while the kiosk is closed (one client id).
    larder::mqtt::ConnectionSettings tabletSettings(const QString &thing) const;
    int devicePort() const { return m_devicePort; }
    int appPort() const { return m_appPort; }
    /// What larder-cloud has said so far (its output read up to now).
    QString log();

    static QString binary(const QString &name);
    static int freePort();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_cloud;
    QList<QProcess *> m_fridges;
    int m_devicePort = 0;
    int m_appPort = 0;
    int m_devPort = 0;
    QStringList m_serveOptions;
    int m_httpPort = 0;
    QString m_log;
    QString m_database;
    QString m_databasePassword;
    bool chooseEngine();
};
