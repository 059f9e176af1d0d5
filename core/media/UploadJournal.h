// SPDX-License-Identifier: MIT
#pragma once

#include "common/LocalDatabase.h"

#include <QJsonObject>
#include <QMap>

namespace larder::media {

/// One upload as the journal keeps it: what to send, where it goes, and which parts the store
/// has confirmed (their ETags).
struct JournalEntry
{
    QString id;    ///< the app's own id for the upload
    QString scope; ///< whose channel: a family id, or the tablet's thing
    QString file;
    qint64 size = 0;
    qint64 modified = 0; ///< ms since the epoch: a changed file is not resumed
    QString kind, contentType, owner;
    QJsonObject note; ///< the caller's, handed back when the upload is done
    QString key, uploadId;
    qint64 partSize = 0;
    QMap<int, QString> parts; ///< part number → ETag
    qint64 partCount() const { return partSize > 0 ? (size + partSize - 1) / partSize : 0; }
};

/// The uploads in flight, in the app's local store (`uploads.sqlite`): written before the
/// first byte goes and after every part the store confirms, so an upload survives a killed app
/// and resumes from its last confirmed part.
class UploadJournal
{
public:
    explicit UploadJournal(
        const QString &path = LocalDatabase::defaultPath(QStringLiteral("uploads")));
    bool open(QString *error);

    bool add(const JournalEntry &entry);
    bool setReserved(const QString &id, const QString &key, const QString &uploadId,
                     qint64 partSize);
    /// Forgets where an upload went (it starts again from the first byte).
    bool resetReservation(const QString &id);
    bool addPart(const QString &id, int partNumber, const QString &etag);
    bool remove(const QString &id);
    /// The uploads of @p scope not finished yet, oldest first.
    QList<JournalEntry> pending(const QString &scope) const;

private:
    LocalDatabase m_db;
};

} // namespace larder::media
