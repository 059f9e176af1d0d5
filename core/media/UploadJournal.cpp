// SPDX-License-Identifier: MIT
#include "UploadJournal.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace larder::media {

UploadJournal::UploadJournal(const QString &path) : m_db(path, QStringLiteral("larder-uploads")) {}

bool UploadJournal::open(QString *error)
{
    return m_db.open(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS uploads (id TEXT PRIMARY KEY, scope TEXT NOT "
                        "NULL, file TEXT NOT NULL, size INTEGER NOT NULL, modified INTEGER NOT "
                        "NULL, kind TEXT NOT NULL, content_type TEXT NOT NULL, owner TEXT NOT "
                        "NULL, note TEXT NOT NULL, key TEXT, upload_id TEXT, part_size INTEGER, "
                        "created INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS parts (id TEXT NOT NULL, part INTEGER NOT "
                        "NULL, etag TEXT NOT NULL, PRIMARY KEY (id, part))")},
        error);
}

bool UploadJournal::add(const JournalEntry &entry)
{
    return m_db.exec(
        QStringLiteral("INSERT INTO uploads (id, scope, file, size, modified, kind, content_type, "
                       "owner, note, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {entry.id, entry.scope, entry.file, entry.size, entry.modified, entry.kind,
         entry.contentType, entry.owner,
         QString::fromUtf8(QJsonDocument(entry.note).toJson(QJsonDocument::Compact)),
         QDateTime::currentMSecsSinceEpoch()});
}

bool UploadJournal::setReserved(const QString &id, const QString &key, const QString &uploadId,
                                qint64 partSize)
{
    return m_db.exec(QStringLiteral("UPDATE uploads SET key = ?, upload_id = ?, part_size = ? "
                                    "WHERE id = ?"),
                     {key, uploadId, partSize, id});
}

bool UploadJournal::resetReservation(const QString &id)
{
    return m_db.exec(QStringLiteral("DELETE FROM parts WHERE id = ?"), {id}) &&
           m_db.exec(QStringLiteral("UPDATE uploads SET key = NULL, upload_id = NULL, part_size "
                                    "= NULL WHERE id = ?"),
                     {id});
}

bool UploadJournal::addPart(const QString &id, int partNumber, const QString &etag)
{
    return m_db.exec(
        QStringLiteral("INSERT OR REPLACE INTO parts (id, part, etag) VALUES (?, ?, ?)"),
        {id, partNumber, etag});
}

bool UploadJournal::remove(const QString &id)
{
    return m_db.exec(QStringLiteral("DELETE FROM parts WHERE id = ?"), {id}) &&
           m_db.exec(QStringLiteral("DELETE FROM uploads WHERE id = ?"), {id});
}

QList<JournalEntry> UploadJournal::pending(const QString &scope) const
{
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT id, file, size, modified, kind, content_type, owner, note, key, "
                       "upload_id, part_size FROM uploads WHERE scope = ? ORDER BY created"),
        {scope});
    QList<JournalEntry> entries;
    while (query.next()) {
        JournalEntry entry;
        entry.id = query.value(0).toString();
        entry.scope = scope;
        entry.file = query.value(1).toString();
        entry.size = query.value(2).toLongLong();
        entry.modified = query.value(3).toLongLong();
        entry.kind = query.value(4).toString();
        entry.contentType = query.value(5).toString();
        entry.owner = query.value(6).toString();
        entry.note = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
        entry.key = query.value(8).toString();
        entry.uploadId = query.value(9).toString();
        entry.partSize = query.value(10).toLongLong();
        entries.append(entry);
    }
    for (JournalEntry &entry : entries) {
        QSqlQuery parts =
            m_db.run(QStringLiteral("SELECT part, etag FROM parts WHERE id = ?"), {entry.id});
        while (parts.next())
            entry.parts.insert(parts.value(0).toInt(), parts.value(1).toString());
    }
    return entries;
}

} // namespace larder::media
