// SPDX-License-Identifier: MIT
#include "MediaQuota.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace larder::cloud::media {

namespace {
/// The files of part @p part in @p uploadDir (`{part}.{etag}`), or of every part when 0.
QFileInfoList partFiles(const QString &uploadDir, int part)
{
    return QDir(uploadDir).entryInfoList(
        {part > 0 ? QStringLiteral("%1.*").arg(part) : QStringLiteral("*")}, QDir::Files);
}
} // namespace

MediaQuota::MediaQuota(const MediaStore *store, QString storeDir)
    : m_store(store), m_files(std::move(storeDir))
{
}

qint64 MediaQuota::bytesOnDisk(const QString &path, const QString &uploadId) const
{
    qint64 bytes = QFileInfo(m_files.staged(path)).size();
    if (!uploadId.isEmpty())
        for (const QFileInfo &file : partFiles(m_files.parts(uploadId), 0))
            bytes += file.size();
    return bytes;
}

bool MediaQuota::landed(const Arrival &arrival) const
{
    if (arrival.part > 0)
        return !partFiles(m_files.parts(arrival.uploadId), arrival.part).isEmpty();
    // File times are coarse (a few ms): compared with what was there, not with the clock.
    const QFileInfo staged(m_files.staged(arrival.path));
    return staged.exists() &&
           (staged.lastModified().toMSecsSinceEpoch() != arrival.beforeModifiedMs ||
            staged.size() != arrival.beforeSize);
}

MediaQuota::Holding MediaQuota::holding(const QString &familyId, qint64 nowMs)
{
    Holding holding;
    const MediaStore::Usage usage = m_store->usage(familyId);
    holding.stored = usage.storedBytes;
    holding.open = usage.open;
    QSet<QString> unfinished;
    for (const MediaStore::Unfinished &upload : m_store->unfinished(familyId)) {
        holding.onDisk += bytesOnDisk(upload.path, upload.uploadId);
        unfinished.insert(upload.path);
    }
    // Writes under way: until their file is there (then it is on disk), their upload is over
    // (completed, given up) or too long passed.
    m_arriving.removeIf([&](const Arrival &a) {
        return nowMs - a.atMs > arrivingMs ||
               (a.familyId == familyId && (!unfinished.contains(a.path) || landed(a)));
    });
    for (const Arrival &arrival : std::as_const(m_arriving))
        if (arrival.familyId == familyId)
            holding.arriving += arrival.bytes;
    return holding;
}

bool MediaQuota::admit(const QString &familyId, const QString &path, const QString &uploadId,
                       int part, qint64 bytes, qint64 nowMs)
{
    // A part sent again replaces the one before it (as in S3): the older files go now.
    if (part > 0)
        for (const QFileInfo &file : partFiles(m_files.parts(uploadId), part))
            QFile::remove(file.filePath());
    if (holding(familyId, nowMs).total() + bytes > m_limit)
        return false;
    Arrival arrival{familyId, path, uploadId, part, bytes, nowMs};
    if (const QFileInfo staged(m_files.staged(path)); part == 0 && staged.exists()) {
        arrival.beforeModifiedMs = staged.lastModified().toMSecsSinceEpoch();
        arrival.beforeSize = staged.size();
    }
    m_arriving.append(arrival);
    return true;
}

} // namespace larder::cloud::media
