// SPDX-License-Identifier: MIT
#pragma once

#include "MediaStore.h"
#include "ObjectFiles.h"

#include <QList>
#include <QString>

namespace larder::cloud::media {

/// What a family holds in the media store, counted where the bytes are: its stored objects
/// (their records), what its unfinished uploads have on disk (staged files, parts), and the
/// writes the edge was let start and has not finished. The edge asks admit() before it takes a
/// body, with the length the request declared (nginx reads no more), so a family's disk stays
/// within its quota as the bytes arrive, not only when an upload is completed.
class MediaQuota
{
public:
    MediaQuota(const MediaStore *store, QString storeDir);

    /// Each family's share of the store, in bytes.
    void setLimit(qint64 familyBytes) { m_limit = familyBytes; }
    qint64 limit() const { return m_limit; }

    struct Holding
    {
        qint64 stored = 0;   ///< checked objects
        qint64 onDisk = 0;   ///< unfinished uploads' staged files and parts
        qint64 arriving = 0; ///< writes under way (declared lengths)
        int open = 0;        ///< unfinished uploads
        qint64 total() const { return stored + onDisk + arriving; }
    };
    /// What @p familyId holds at @p nowMs.
    Holding holding(const QString &familyId, qint64 nowMs);

    enum class Admission {
        Admitted,
        Full, ///< it would pass the family's quota
        Busy, ///< the family has `maxArriving` writes on their way already
    };
    /// The edge is about to write @p bytes for @p familyId: a whole object @p path (@p part 0),
    /// or part @p part of upload @p uploadId. Admitted if it fits within the limit; it then
    /// counts as arriving until its file is there (or `arrivingMs` passed), whatever happens to
    /// its upload meanwhile.
    Admission admit(const QString &familyId, const QString &path, const QString &uploadId, int part,
                    qint64 bytes, qint64 nowMs);
    /// A write the edge was let start counts this long at most (a slower one is not counted).
    static constexpr qint64 arrivingMs = 15 * 60 * 1000;
    /// Writes a family may have on their way at once (as many as it may hold open uploads).
    static constexpr int maxArriving = 64;

    /// The bytes on disk for the unfinished upload of @p path (with @p uploadId, if any).
    qint64 bytesOnDisk(const QString &path, const QString &uploadId) const;
    /// The bytes of the parts of multipart upload @p uploadId on disk (0 for "").
    qint64 partBytes(const QString &uploadId) const;

private:
    struct Arrival
    {
        QString familyId, path, uploadId;
        int part = 0;
        qint64 bytes = 0, atMs = 0;
        /// The staged file as it was when the write was let start (modified, size; -1: none):
        /// it has landed once the file there is another. (Parts: the older files of its number
        /// are gone by then, so any file of it is this one.)
        qint64 beforeModifiedMs = -1, beforeSize = -1;
    };
    /// Whether @p arrival's file is on disk now.
    bool landed(const Arrival &arrival) const;
    /// Deletes what @p arrival wrote (its upload is over).
    void removeLanded(const Arrival &arrival) const;

    const MediaStore *m_store;
    ObjectFiles m_files;
    qint64 m_limit = 10LL * 1024 * 1024 * 1024;
    QList<Arrival> m_arriving;
};

} // namespace larder::cloud::media
