// SPDX-License-Identifier: MIT
#include "StoreBackups.h"
#include "StoreGuard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace larder::cloud::backups {

QString directory(const QString &dataDir)
{
    return dataDir + QStringLiteral("/backups");
}

QStringList list(const QString &dataDir)
{
    const QDir dir(directory(dataDir));
    QStringList out;
    // Names carry their UTC time: reverse name order is newest first.
    for (const QString &name : dir.entryList({QStringLiteral("larder-*.sqlite")}, QDir::Files,
                                             QDir::Name | QDir::Reversed))
        out << dir.filePath(name);
    return out;
}

bool make(const QString &connection, const QString &dataDir, QString *error)
{
    if (!QDir().mkpath(directory(dataDir))) {
        *error = QStringLiteral("Cannot create %1").arg(directory(dataDir));
        return false;
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    const QString target = directory(dataDir) + QStringLiteral("/larder-%1.sqlite").arg(stamp);
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlQuery vacuum(QSqlDatabase::database(connection));
    if (!vacuum.exec(
            QStringLiteral("VACUUM INTO '%1'")
                .arg(QString(partial).replace(QStringLiteral("'"), QStringLiteral("''"))))) {
        *error = QStringLiteral("Cannot back up the database: %1").arg(vacuum.lastError().text());
        QFile::remove(partial);
        return false;
    }
    if (!QFile::rename(partial, target)) {
        *error = QStringLiteral("Cannot write %1").arg(target);
        return false;
    }
    const QStringList all = list(dataDir);
    for (qsizetype i = kept; i < all.size(); ++i)
        QFile::remove(all[i]);
    return true;
}

bool restore(const QString &dataDir, const QString &backup, QString *restored, QString *error)
{
    const QStringList all = list(dataDir);
    const QString from = backup.isEmpty() ? all.value(0) : backup;
    if (from.isEmpty() || !QFile::exists(from)) {
        *error = from.isEmpty() ? QStringLiteral("There is no backup in %1").arg(directory(dataDir))
                                : QStringLiteral("%1 does not exist").arg(from);
        return false;
    }
    if (!storeguard::problemWith(from).isEmpty()) {
        *error = QStringLiteral("The backup %1 is damaged; choose another with --from").arg(from);
        return false;
    }
    const QString database = dataDir + QStringLiteral("/larder.sqlite");
    const QString incoming = database + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(from, incoming)) {
        *error = QStringLiteral("Cannot copy %1 into %2").arg(from, dataDir);
        return false;
    }
    QFile::setPermissions(incoming, QFile::ReadOwner | QFile::WriteOwner);
    // The journal files belong to the database being replaced.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(database + QLatin1String(suffix));
    if (QFile::exists(database) && !QFile::remove(database)) {
        *error = QStringLiteral("Cannot replace %1").arg(database);
        return false;
    }
    if (!QFile::rename(incoming, database)) {
        *error = QStringLiteral("Cannot put the backup in place as %1").arg(database);
        return false;
    }
    *restored = from;
    return true;
}

} // namespace larder::cloud::backups
