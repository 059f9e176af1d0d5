// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

/// A real PostgreSQL 15 for tests (the scale-out issue): its own cluster made with `initdb` in a
/// temporary folder, run with `pg_ctl` on a free loopback port, password-authenticated (SCRAM)
/// with a password made for the run, over TLS (a certificate made for the run; the URL says
/// `sslmode=require`). initdb refuses root, so as root the cluster belongs to, and runs as,
/// Debian's `postgres` user. Stopped and removed with the object.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();

    /// Makes the cluster and starts it; false and @p error when it cannot.
    bool start(QString *error);
    bool stop();
    /// Starts the same cluster again (after stop or kill).
    bool restart(QString *error);
    /// Stops it hard (kill -9 of the postmaster), as a crash would.
    bool kill();

    int port() const { return m_port; }
    QString user() const { return QStringLiteral("larder"); }
    QString password() const { return m_password; }
    /// `postgresql://larder:PASSWORD@127.0.0.1:PORT/DATABASE?sslmode=require`
    QString url(const QString &database = QStringLiteral("larder")) const;
    /// Makes an empty database @p name (for one test row each).
    bool createDatabase(const QString &name, QString *error);

    /// Where Debian keeps PostgreSQL 15's programs.
    static QString binDir() { return QStringLiteral("/usr/lib/postgresql/15/bin"); }

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    bool launch(QString *error);
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }

    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_password;
    bool m_running = false;
};
