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
    const QFileInfoList files = arrival.part > 0
                                    ? partFiles(m_files.parts(arrival.uploadId), arrival.part)
                                    : QFileInfoList{QFileInfo(m_files.staged(arrival.path))};
    return std::any_of(files.cbegin(), files.cend(), [&](const QFileInfo &file) {
        return file.exists() && file.lastModified().toMSecsSinceEpoch() >= arrival.atMs;
    });
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
    m_arriving.append({familyId, path, uploadId, part, bytes, nowMs});
    return true;
}

} // namespace larder::cloud::media
