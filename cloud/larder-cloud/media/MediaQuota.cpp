// SPDX-License-Identifier: MIT
#include "MediaQuota.h"

#include <QDir>
#include <QDirIterator>
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

qint64 MediaQuota::partBytes(const QString &uploadId) const
{
    qint64 bytes = 0;
    if (!uploadId.isEmpty())
        for (const QFileInfo &file : partFiles(m_files.parts(uploadId), 0))
            bytes += file.size();
    return bytes;
}

qint64 MediaQuota::bytesOnDisk(const QString &path, const QString &uploadId) const
{
    return QFileInfo(m_files.staged(path)).size() + partBytes(uploadId);
}

bool MediaQuota::landed(const Arrival &arrival) const
{
    if (arrival.part > 0) {
        // A file of its number is there, or its upload was completed (the parts joined).
        if (!partFiles(m_files.parts(arrival.uploadId), arrival.part).isEmpty())
            return true;
        return !m_store->uploadOpen(arrival.uploadId) && m_store->storedSize(arrival.path);
    }
    // The staged file is another than before (file times are coarse, a few ms: compared with
    // what was there, not with the clock), or the object was checked and stored with the size
    // this write declared (a larger write still on its way is not that one).
    const QFileInfo staged(m_files.staged(arrival.path));
    if (staged.exists() && (staged.lastModified().toMSecsSinceEpoch() != arrival.beforeModifiedMs ||
                            staged.size() != arrival.beforeSize))
        return true;
    return m_store->storedSize(arrival.path) == arrival.bytes;
}

MediaQuota::Holding MediaQuota::holding(const QString &familyId, qint64 nowMs)
{
    Holding holding;
    const MediaStore::Usage usage = m_store->usage(familyId);
    holding.stored = usage.storedBytes;
    holding.open = usage.open;
    QSet<QString> unfinished, openUploads;
    for (const MediaStore::Unfinished &upload : m_store->unfinished(familyId)) {
        unfinished.insert(upload.path);
        if (!upload.uploadId.isEmpty())
            openUploads.insert(upload.uploadId);
        holding.onDisk += partBytes(upload.uploadId); // its staged file: counted below
    }
    // Writes under way count until their file is there or too long passed, whatever became of
    // their upload meanwhile; a part that lands for an upload that is over goes at once.
    m_arriving.removeIf([&](const Arrival &a) {
        if (nowMs - a.atMs > arrivingMs)
            return true;
        if (a.familyId != familyId || !landed(a))
            return false;
        if (a.part > 0 && !openUploads.contains(a.uploadId))
            removeLanded(a);
        return true;
    });
    // Everything staged for the family: its unfinished uploads' files count; anything else
    // (an upload that ended while a write was on its way) is nobody's and goes now.
    const QString stagedRoot = m_files.staged(QStringLiteral("/media/") + familyId);
    QDirIterator staged(stagedRoot, QDir::Files, QDirIterator::Subdirectories);
    while (staged.hasNext()) {
        const QFileInfo file(staged.next());
        const QString path = file.filePath().mid(m_files.staged({}).size());
        if (unfinished.contains(path))
            holding.onDisk += file.size();
        else
            QFile::remove(file.filePath());
    }
    for (const Arrival &arrival : std::as_const(m_arriving))
        if (arrival.familyId == familyId)
            holding.arriving += arrival.bytes;
    return holding;
}

void MediaQuota::removeLanded(const Arrival &arrival) const
{
    if (arrival.part == 0) {
        QFile::remove(m_files.staged(arrival.path));
        return;
    }
    for (const QFileInfo &file : partFiles(m_files.parts(arrival.uploadId), arrival.part))
        QFile::remove(file.filePath());
    QDir().rmdir(m_files.parts(arrival.uploadId)); // only if nothing else is in it
}

MediaQuota::Admission MediaQuota::admit(const QString &familyId, const QString &path,
                                        const QString &uploadId, int part, qint64 bytes,
                                        qint64 nowMs)
{
    // A part sent again replaces the one before it (as in S3): the older files go now.
    if (part > 0)
        for (const QFileInfo &file : partFiles(m_files.parts(uploadId), part))
            QFile::remove(file.filePath());
    const Holding now = holding(familyId, nowMs);
    if (std::count_if(m_arriving.cbegin(), m_arriving.cend(),
                      [&](const Arrival &a) { return a.familyId == familyId; }) >= maxArriving)
        return Admission::Busy;
    if (now.total() + bytes > m_limit)
        return Admission::Full;
    Arrival arrival{familyId, path, uploadId, part, bytes, nowMs};
    if (const QFileInfo staged(m_files.staged(path)); part == 0 && staged.exists()) {
        arrival.beforeModifiedMs = staged.lastModified().toMSecsSinceEpoch();
        arrival.beforeSize = staged.size();
    }
    m_arriving.append(arrival);
    return Admission::Admitted;
}

} // namespace larder::cloud::media
