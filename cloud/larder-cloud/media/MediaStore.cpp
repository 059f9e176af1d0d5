// SPDX-License-Identifier: MIT
#include "MediaStore.h"

#include "larder-cloud/SqlQuery.h"

namespace larder::cloud::media {

using sql::exec;
using sql::run;

MediaStore::MediaStore(const QString &connectionName) : m_connection(connectionName) {}

bool MediaStore::reserve(const ObjectPath &place, const Kind &kind, const QString &contentType,
                         const QString &author, qint64 at)
{
    return exec(
        m_connection,
        QStringLiteral("INSERT INTO media_objects (path, family, owner, kind, content_type, "
                       "max_bytes, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {place.path(), place.familyId, place.owner, kind.name, contentType, kind.maxBytes, author,
         at});
}

std::optional<Reserved> MediaStore::find(const QString &path) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT kind, content_type, max_bytes, stored, upload_id "
                                         "FROM media_objects WHERE path = ?"),
                          {path});
    if (!query.next())
        return std::nullopt;
    return Reserved{query.value(0).toString(), query.value(1).toString(),
                    query.value(2).toLongLong(), query.value(3).toBool(),
                    query.value(4).toString()};
}

QString MediaStore::familyOf(const QString &path) const
{
    QSqlQuery query = run(
        m_connection, QStringLiteral("SELECT family FROM media_objects WHERE path = ?"), {path});
    return query.next() ? query.value(0).toString() : QString();
}

bool MediaStore::markStored(const QString &path, qint64 size, const QString &sha256)
{
    return exec(m_connection,
                QStringLiteral("UPDATE media_objects SET stored = 1, size = ?, sha256 = ?, "
                               "upload_id = NULL WHERE path = ?"),
                {size, sha256, path});
}

bool MediaStore::setUpload(const QString &path, const QString &uploadId)
{
    return exec(m_connection,
                QStringLiteral("UPDATE media_objects SET upload_id = ? WHERE path = ?"),
                {uploadId.isEmpty() ? QVariant() : QVariant(uploadId), path});
}

bool MediaStore::remove(const QString &path)
{
    return exec(m_connection, QStringLiteral("DELETE FROM media_objects WHERE path = ?"), {path});
}

QStringList MediaStore::unstoredSince(qint64 before) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT path FROM media_objects WHERE stored = 0 AND "
                                         "created_at < ? LIMIT 1000"),
                          {before});
    QStringList paths;
    while (query.next())
        paths.append(query.value(0).toString());
    return paths;
}

std::optional<qint64> MediaStore::storedSize(const QString &path) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT size FROM media_objects WHERE path = ? AND stored = 1"), {path});
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool MediaStore::uploadOpen(const QString &uploadId) const
{
    return run(m_connection,
               QStringLiteral("SELECT 1 FROM media_objects WHERE upload_id = ? LIMIT 1"),
               {uploadId})
        .next();
}

MediaStore::Usage MediaStore::usage(const QString &familyId) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN stored = 1 THEN size ELSE 0 END), 0), "
                           "COALESCE(SUM(CASE WHEN stored = 0 THEN 1 ELSE 0 END), 0) FROM "
                           "media_objects WHERE family = ?"),
            {familyId});
    if (!query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toInt()};
}

QList<MediaStore::Unfinished> MediaStore::unfinished(const QString &familyId) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT path, kind, author, COALESCE(upload_id, ''), created_at FROM "
                           "media_objects WHERE family = ? AND stored = 0 ORDER BY created_at, "
                           "path"),
            {familyId});
    QList<Unfinished> found;
    while (query.next())
        found.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toLongLong()});
    return found;
}

} // namespace larder::cloud::media
