// SPDX-License-Identifier: MIT
#include "PostgresServer.h"

#include "CloudFixture.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace {
/// The account the cluster runs as: this one, or `postgres` when this one is root.
const passwd *clusterAccount()
{
    return ::geteuid() == 0 ? ::getpwnam("postgres") : nullptr;
}
} // namespace

PostgresServer::PostgresServer()
{
    m_password = QString::number(QRandomGenerator::system()->generate64(), 36) +
                 QString::number(QRandomGenerator::system()->generate64(), 36);
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1:%2@127.0.0.1:%3/%4?sslmode=require")
        .arg(user(), m_password)
        .arg(m_port)
        .arg(database);
}

bool PostgresServer::createDatabase(const QString &name, QString *error)
{
    return run(QStringLiteral("createdb"),
               {QStringLiteral("-h"), m_dir.path(), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), user(), name},
               error);
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess process;
    QString executable = QFile::exists(binDir() + u'/' + program)
                             ? binDir() + u'/' + program
                             : program; // openssl, chmod: from the PATH
    QStringList args = arguments;
    if (const passwd *account = clusterAccount()) { // as root: as `postgres`
        args.prepend(executable);
        args.prepend(QStringLiteral("--"));
        args.prepend(QString::fromLocal8Bit(account->pw_name));
        args.prepend(QStringLiteral("-u"));
        executable = QStringLiteral("runuser");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"), m_password); // createdb's, over SCRAM
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed: %2")
                         .arg(program, QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString passwordFile = m_dir.path() + QStringLiteral("/password");
    QFile file(passwordFile);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(m_password.toUtf8()) < 0) {
        *error = QStringLiteral("cannot write the password file");
        return false;
    }
    file.close();
    if (const passwd *account = clusterAccount()) {
        for (const QString &path : {m_dir.path(), passwordFile})
            if (::chown(path.toLocal8Bit().constData(), account->pw_uid, account->pw_gid) != 0) {
                *error = QStringLiteral("cannot hand %1 to %2")
                             .arg(path, QString::fromLocal8Bit(account->pw_name));
                return false;
            }
    }
    m_port = CloudFixture::freePort();
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), user(),
              QStringLiteral("--pwfile=") + passwordFile, QStringLiteral("--auth=scram-sha-256"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8")},
             error))
        return false;
    QFile::remove(passwordFile);
    // TLS, as everywhere: a certificate for the run, its key readable by the cluster only.
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
              QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
              QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
              dataDir() + QStringLiteral("/server.key"), QStringLiteral("-out"),
              dataDir() + QStringLiteral("/server.crt")},
             error) ||
        !run(QStringLiteral("chmod"),
             {QStringLiteral("600"), dataDir() + QStringLiteral("/server.key")}, error))
        return false;
    if (!launch(error))
        return false;
    return createDatabase(QStringLiteral("larder"), error);
}

bool PostgresServer::launch(QString *error)
{
    if (!run(QStringLiteral("pg_ctl"),
             {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
              m_dir.path() + QStringLiteral("/postgres.log"), QStringLiteral("-w"),
              QStringLiteral("-o"),
              QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c ssl=on")
                  .arg(m_port)
                  .arg(m_dir.path()),
              QStringLiteral("start")},
             error))
        return false;
    m_running = true;
    return true;
}

bool PostgresServer::restart(QString *error)
{
    // After a kill, the old backends hold the shared memory until they notice their postmaster
    // is gone: a second or two.
    for (int attempt = 0; !m_running && attempt < 10; ++attempt)
        if (!launch(error))
            QThread::msleep(1000);
    return m_running;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                QStringLiteral("-w"), QStringLiteral("stop")},
               nullptr);
}

bool PostgresServer::kill()
{
    QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const qint64 pid = pidFile.readLine().trimmed().toLongLong();
    m_running = false;
    return pid > 0 && ::kill(pid_t(pid), SIGKILL) == 0;
}
