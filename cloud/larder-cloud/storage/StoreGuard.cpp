// SPDX-License-Identifier: MIT
#include "StoreGuard.h"
#include "StoreBackups.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace larder::cloud::storeguard {

QString problemWith(const QString &path)
{
    const QString name = QStringLiteral("check-") + QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = QStringLiteral("it cannot be opened");
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
                check.value(0).toString() != u"ok")
                problem = QStringLiteral("it is damaged");
            QSqlQuery tables(db);
            if (problem.isEmpty() &&
                (!tables.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = "
                                             "'table' AND name IN ('things', 'users')")) ||
                 !tables.next() || tables.value(0).toInt() != 2))
                problem = QStringLiteral("it does not hold larder-cloud's tables");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

bool check(const QString &dataDir, QString *error)
{
    const bool established = QFile::exists(dataDir + QStringLiteral("/pki/ca.pem")) &&
                             QFile::exists(dataDir + QStringLiteral("/identity/pool.json"));
    if (!established)
        return true; // a new data directory: the database is made now
    const QString path = dataDir + QStringLiteral("/larder.sqlite");
    const QFileInfo file(path);
    QString problem;
    if (!file.exists())
        problem = QStringLiteral("it is missing");
    else if (file.size() == 0)
        problem = QStringLiteral("it is empty");
    else
        problem = problemWith(path);
    if (problem.isEmpty())
        return true;
    const QStringList saved = backups::list(dataDir);
    const QString wayOut =
        saved.isEmpty()
            ? QStringLiteral("There is no backup in %1. Put the database back from your own copy, "
                             "or move %2 away to start a new, empty cloud.")
                  .arg(backups::directory(dataDir), dataDir)
            : QStringLiteral("Restore the newest backup (%1) with\n  larder-cloud restore "
                             "--data-dir %2\nor move %2 away to start a new, empty cloud.")
                  .arg(QFileInfo(saved.first()).fileName(), dataDir);
    *error = QStringLiteral("The database %1 cannot be used: %2. This data directory already has "
                            "its certificates and user pool, so starting on a new database would "
                            "lose every account, family, shadow and certificate.\n%3")
                 .arg(path, problem, wayOut);
    return false;
}

void makeOwnerOnly(const QString &directory)
{
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDirIterator it(directory,
                    QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        if (entry.isSymLink())
            continue;
        if (entry.isDir())
            QFile::setPermissions(entry.filePath(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        else if (entry.isFile())
            QFile::setPermissions(entry.filePath(), QFile::ReadOwner | QFile::WriteOwner);
    }
}

} // namespace larder::cloud::storeguard
