// SPDX-License-Identifier: MIT
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "PostgresServer.h"
#include "StoreEngines.h"
#include "pairing/PairingPayload.h"

#include "kiosk/DoorTablet.h"

#include "auth/AuthTokens.h"
#include "mqtt/ClientIds.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace {
/// A test that crashes takes its cloud and fridges with it (no orphans holding ports).
void dieWithTest(QProcess *process)
{
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}
} // namespace

CloudFixture::CloudFixture()
{
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LARDER_KEEP_TEST_DATA"));
}

CloudFixture::~CloudFixture()
{
    for (QProcess *fridge : std::as_const(m_fridges)) {
        fridge->terminate();
        fridge->waitForFinished(3000);
        delete fridge;
    }
    stop();
}

QString CloudFixture::binary(const QString &name)
{
    return qEnvironmentVariable("LARDER_BIN_DIR", QStringLiteral("build/bin")) + u'/' + name;
}

int CloudFixture::freePort()
{
    // Below the kernel's ephemeral range (32768 and up), drawn at random: a port asked of the
    // kernel with 0 is soon handed to the next test that asks, and a broker this fixture killed
    // would then find its port taken by another test's cloud when it starts again.
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto port = quint16(20000 + QRandomGenerator::global()->bounded(12000));
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, port))
            return port;
    }
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool CloudFixture::chooseEngine()
{
    if (qgetenv("LARDER_TEST_ENGINE") != "postgresql" || !m_database.isEmpty())
        return true;
    QString error;
    QUrl url(storeengines::freshLocation(QStringLiteral("postgresql"), m_dir.path(), &error));
    if (url.isEmpty()) {
        qWarning("No PostgreSQL for the cloud: %s", qPrintable(error));
        return false;
    }
    m_databasePassword = url.password();
    url.setPassword({});
    m_database = url.toString();
    // Every larder-cloud this fixture runs (serve and the tools) reads it there.
    qputenv("PGPASSWORD", m_databasePassword.toUtf8());
    return true;
}

QStringList CloudFixture::databaseArguments() const
{
    return m_database.isEmpty() ? QStringList()
                                : QStringList{QStringLiteral("--database"), m_database};
}

QSqlDatabase CloudFixture::openStore(const QString &name) const
{
    if (m_database.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.path() + QStringLiteral("/larder.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
        return db;
    }
    const QUrl url(m_database);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setPassword(m_databasePassword);
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(QStringLiteral("sslmode=require"));
    db.open();
    return db;
}

bool CloudFixture::stopDatabase()
{
    return !m_database.isEmpty() && storeengines::server() && storeengines::server()->stop();
}

bool CloudFixture::startDatabase()
{
    QString error;
    if (m_database.isEmpty() || !storeengines::server() ||
        !storeengines::server()->restart(&error)) {
        qWarning("PostgreSQL did not start again: %s", qPrintable(error));
        return false;
    }
    return true;
}

QString CloudFixture::log()
{
    if (m_cloud)
        m_log += QString::fromUtf8(m_cloud->readAll());
    return m_log;
}

QStringList CloudFixture::toolArguments() const
{
    return QStringList{QStringLiteral("--data-dir"), dataDir()} + databaseArguments();
}

QString CloudFixture::storeLocation() const
{
    if (m_database.isEmpty())
        return m_dir.path() + QStringLiteral("/larder.sqlite");
    QUrl url(m_database);
    url.setPassword(m_databasePassword);
    return url.toString();
}

bool CloudFixture::start()
{
    if (!chooseEngine())
        return false;
    if (m_devicePort == 0) {
        m_devicePort = freePort();
        do {
            m_appPort = freePort();
        } while (m_appPort == m_devicePort);
        do {
            m_devPort = freePort();
        } while (m_devPort == m_appPort || m_devPort == m_devicePort);
        m_httpPort = freePort();
    }
    m_cloud = std::make_unique<QProcess>();
    dieWithTest(m_cloud.get());
    m_cloud->setProcessChannelMode(QProcess::MergedChannels);
    m_cloud->start(binary(QStringLiteral("larder-cloud")),
                   QStringList{QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dir.path(),
                               QStringLiteral("--device-port"), QString::number(m_devicePort),
                               QStringLiteral("--app-port"), QString::number(m_appPort),
                               QStringLiteral("--dev-port"), QString::number(m_devPort),
                               QStringLiteral("--http-port"), QString::number(m_httpPort)} +
                       databaseArguments() + m_serveOptions);
    const qsizetype from = m_log.size(); // this start's lines only (restart() appends)
    const auto said = [this, from] {
        return m_log.indexOf(QStringLiteral("larder-cloud: ready"), from) >= 0;
    };
    const bool ready = QTest::qWaitFor(
        [this, &said] {
            m_log += QString::fromUtf8(m_cloud->readAll());
            return said() || m_cloud->state() == QProcess::NotRunning;
        },
        20000);
    m_log += QString::fromUtf8(m_cloud->readAll());
    if (!ready || !said()) {
        qWarning().noquote() << "larder-cloud did not start:" << m_log;
        return false;
    }
    if (!m_database.isEmpty() &&
        m_log.indexOf(QStringLiteral("database postgresql://"), from) < 0) {
        qWarning().noquote() << "larder-cloud did not say it serves PostgreSQL:" << m_log;
        return false;
    }
    return true;
}

void CloudFixture::stop()
{
    if (!m_cloud)
        return;
    m_cloud->terminate();
    if (!m_cloud->waitForFinished(5000))
        m_cloud->kill();
    m_log += QString::fromUtf8(m_cloud->readAll());
    m_cloud.reset();
}

bool CloudFixture::restart()
{
    stop();
    return start();
}

bool CloudFixture::deviceCert(const QString &thing)
{
    if (QFile::exists(deviceDir() + u'/' + thing + QStringLiteral(".cert.pem")))
        return true;
    QProcess tool;
    tool.start(binary(QStringLiteral("larder-cloud")),
               QStringList{QStringLiteral("device-cert"), QStringLiteral("--thing"), thing,
                           QStringLiteral("--out"), deviceDir()} +
                   toolArguments());
    return tool.waitForFinished(15000) && tool.exitCode() == 0;
}

larder::mqtt::ConnectionSettings CloudFixture::deviceSettings(const QString &thing) const
{
    larder::mqtt::ConnectionSettings settings;
    settings.port = m_devicePort;
    settings.clientId = thing;
    settings.caFile = deviceDir() + QStringLiteral("/ca.pem");
    settings.certFile = deviceDir() + u'/' + thing + QStringLiteral(".cert.pem");
    settings.keyFile = deviceDir() + u'/' + thing + QStringLiteral(".key.pem");
    settings.connectTimeoutMs = 5000;
    return settings;
}

larder::mqtt::ConnectionSettings CloudFixture::appSettings(const QString &clientId) const
{
    larder::mqtt::ConnectionSettings settings;
    settings.port = m_devPort;
    settings.clientId = larder::clientids::owned(QStringLiteral("larder.dev-app"), clientId);
    settings.caFile = m_dir.path() + QStringLiteral("/pki/ca.pem");
    settings.certFile = m_dir.path() + QStringLiteral("/pki/larder.dev-app.pem");
    settings.keyFile = m_dir.path() + QStringLiteral("/pki/larder.dev-app.key.pem");
    settings.connectTimeoutMs = 5000;
    return settings;
}

larder::mqtt::ConnectionSettings CloudFixture::accountSettings(const QString &clientId,
                                                               const QString &idToken) const
{
    larder::mqtt::ConnectionSettings settings;
    settings.port = m_appPort;
    // The broker admits only the token's own user's ids: app.{sub}.{suffix}.
    const QString sub = larder::auth::AuthTokens::claimsOf(idToken).value(u"sub").toString();
    settings.clientId =
        larder::clientids::app(sub.isEmpty() ? QStringLiteral("nobody") : sub, clientId);
    settings.caFile = m_dir.path() + QStringLiteral("/pki/ca.pem");
    settings.username = QStringLiteral("app?x-amz-customauthorizer-name=larder");
    settings.password = idToken;
    settings.connectTimeoutMs = 5000;
    return settings;
}

larder::mqtt::ConnectionSettings CloudFixture::serviceSettings(const QString &clientId) const
{
    larder::mqtt::ConnectionSettings settings = appSettings(clientId);
    settings.clientId = larder::clientids::owned(QStringLiteral("larder.service"), clientId);
    settings.port = m_devicePort;
    settings.certFile = m_dir.path() + QStringLiteral("/pki/larder.service.pem");
    settings.keyFile = m_dir.path() + QStringLiteral("/pki/larder.service.key.pem");
    return settings;
}

bool CloudFixture::runTool(const QStringList &args, QString *output) const
{
    QProcess tool;
    tool.start(binary(QStringLiteral("larder-cloud")), args + toolArguments());
    const bool ok = tool.waitForFinished(20000) && tool.exitStatus() == QProcess::NormalExit &&
                    tool.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(tool.readAllStandardOutput());
    return ok;
}

QHash<QString, QString> CloudFixture::demoFamily(const QString &thing, const QString &ownerEmail,
                                                 const QString &memberEmail)
{
    QString output;
    if (!QFileInfo::exists(deviceDir() + u'/' + thing + QStringLiteral(".cert.pem")) &&
        !deviceCert(thing))
        return {};
    if (!runTool({QStringLiteral("demo-family"), QStringLiteral("--thing"), thing,
                  QStringLiteral("--email"), ownerEmail, QStringLiteral("--member-email"),
                  memberEmail},
                 &output))
        return {};
    QHash<QString, QString> passwords; // lines "  owner   EMAIL   PASSWORD"
    for (const QString &line : output.split(u'\n')) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        if (words.size() == 3 && (words[0] == u"owner" || words[0] == u"member"))
            passwords.insert(words[1], words[2]);
    }
    return passwords;
}

QProcess *CloudFixture::startApiInstance()
{
    auto *instance = new QProcess;
    dieWithTest(instance);
    instance->setProcessChannelMode(QProcess::MergedChannels);
    instance->start(binary(QStringLiteral("larder-cloud")),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--role"),
                                QStringLiteral("api"), QStringLiteral("--device-port"),
                                QString::number(m_devicePort), QStringLiteral("--http-port"),
                                QString::number(m_httpPort)} +
                        toolArguments());
    QString said;
    const bool ready = QTest::qWaitFor(
        [&] {
            said += QString::fromUtf8(instance->readAll());
            return said.contains(QStringLiteral("larder-cloud: ready (role api")) ||
                   instance->state() == QProcess::NotRunning;
        },
        20000);
    if (!ready || !said.contains(QStringLiteral("larder-cloud: ready (role api"))) {
        qWarning().noquote() << "the api instance did not start:" << said;
        delete instance;
        return nullptr;
    }
    m_fridges.append(instance); // stopped with the fixture
    return instance;
}

QProcess *CloudFixture::startFridge(const QString &thing, const QStringList &extraArgs)
{
    if (!deviceCert(thing))
        return nullptr;
    auto *fridge = new QProcess;
    dieWithTest(fridge);
    fridge->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    fridge->start(binary(QStringLiteral("larder-fridge")),
                  QStringList{QStringLiteral("--thing"), thing, QStringLiteral("--cert-dir"),
                              deviceDir(), QStringLiteral("--port"),
                              QString::number(m_devicePort)} +
                      extraArgs);
    m_fridges.append(fridge);
    return fridge;
}

QList<qint64> CloudFixture::childrenOf(qint64 parent, const QString &command)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(stat.readAll());
        const qsizetype close = text.lastIndexOf(u')');
        const QString comm = text.mid(text.indexOf(u'(') + 1, close - text.indexOf(u'(') - 1);
        const qint64 ppid = text.mid(close + 2).split(u' ').value(1).toLongLong();
        if (comm == command && ppid == parent)
            children.append(pid);
    }
    return children;
}

qint64 CloudFixture::childPid(const QString &command) const
{
    return m_cloud ? childrenOf(m_cloud->processId(), command).value(0) : 0;
}

bool CloudFixture::killEdge()
{
    const qint64 master = childPid(QStringLiteral("nginx"));
    if (master <= 0)
        return false;
    // The workers too: a worker whose master is gone would go on serving.
    const QList<qint64> workers = childrenOf(master, QStringLiteral("nginx"));
    bool killed = ::kill(pid_t(master), SIGKILL) == 0;
    for (const qint64 worker : workers)
        killed = ::kill(pid_t(worker), SIGKILL) == 0 && killed;
    return killed;
}

bool CloudFixture::processGone(qint64 pid)
{
    if (pid <= 0)
        return true;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z"; // a zombie has ended
}

bool CloudFixture::killBroker()
{
    const qint64 pid = childPid(QStringLiteral("mosquitto"));
    return pid > 0 && ::kill(pid_t(pid), SIGKILL) == 0;
}

bool CloudFixture::killAndRestart()
{
    if (!m_cloud)
        return false;
    const qint64 broker = childPid(QStringLiteral("mosquitto"));
    const qint64 edge = childPid(QStringLiteral("nginx"));
    m_cloud->kill();
    m_cloud->waitForFinished(5000);
    m_log += QString::fromUtf8(m_cloud->readAll());
    m_cloud.reset();
    // Its children end on their parent's death (PR_SET_PDEATHSIG): wait until they have.
    if (!QTest::qWaitFor([&] { return processGone(broker) && processGone(edge); }, 5000))
        m_log += QStringLiteral("fixture: the broker or the edge outlived larder-cloud\n");
    return start();
}

qint64 CloudFixture::cloudPid() const
{
    return m_cloud ? m_cloud->processId() : 0;
}

double CloudFixture::cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // After the command's name in parentheses: state is field 3, utime 14 and stime 15.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           double(::sysconf(_SC_CLK_TCK));
}

qint64 CloudFixture::memoryKiB(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(field) + ':'))
            return line.mid(qsizetype(qstrlen(field)) + 1)
                .trimmed()
                .split(' ')
                .value(0)
                .toLongLong();
    return -1;
}

std::unique_ptr<larder::kiosk::DoorTablet> CloudFixture::startTablet() const
{
    auto tablet = std::make_unique<larder::kiosk::DoorTablet>(
        tabletDir(), QStringLiteral("127.0.0.1"), m_devicePort);
    tablet->start();
    return tablet;
}

std::unique_ptr<larder::kiosk::DoorTablet> CloudFixture::pairedTablet(CloudHttp &http,
                                                                      const QString &serial,
                                                                      const QString &familyId,
                                                                      const QString &token)
{
    using larder::kiosk::DoorTablet;
    const auto failed = [this](const QString &why) {
        m_log += QStringLiteral("fixture: the tablet: %1\n").arg(why);
        return std::unique_ptr<DoorTablet>();
    };
    if (!runTool({"factory", "--serial", serial, "--model", "LF-500", "--out", tabletDir()}))
        return failed(QStringLiteral("factory failed"));
    auto tablet = startTablet();
    if (!QTest::qWaitFor([&] { return tablet->state() == DoorTablet::WaitingForPairing; }, 15000))
        return failed(QStringLiteral("it did not provision itself"));
    QString error;
    const auto label =
        larder::pairing::PairingPayload::parse(tablet->pairingUri().toUtf8(), &error);
    if (!label ||
        http.pair(*label, familyId, QStringLiteral("Kitchen fridge"), token).status != 201)
        return failed(QStringLiteral("pairing was refused %1").arg(error));
    if (!QTest::qWaitFor([&] { return tablet->state() == DoorTablet::Paired; },
                         DoorTablet::pairingPollMs * 2 + 5000))
        return failed(QStringLiteral("it did not see its pairing"));
    return tablet;
}

larder::mqtt::ConnectionSettings CloudFixture::tabletSettings(const QString &thing) const
{
    larder::mqtt::ConnectionSettings settings;
    settings.port = m_devicePort;
    settings.clientId = larder::clientids::kiosk(thing);
    settings.caFile = tabletDir() + QStringLiteral("/ca.pem");
    settings.certFile = tabletDir() + QStringLiteral("/device.cert.pem");
    settings.keyFile = tabletDir() + QStringLiteral("/device.key.pem");
    settings.connectTimeoutMs = 5000;
    return settings;
}
