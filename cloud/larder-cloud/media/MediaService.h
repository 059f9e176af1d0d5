// SPDX-License-Identifier: MIT
#pragma once

#include "MediaQuota.h"
#include "MediaSigner.h"
#include "MultipartUploads.h"
#include "ObjectFiles.h"

#include "larder-cloud/api/Verdict.h"

namespace larder::cloud {
class FamilyStore;
}

namespace larder::cloud::media {

/// Who gets a presigned URL, and for what (docs/api.md, "Media"): one decision shared by the
/// members' REST endpoints and the door tablet's MQTT requests. An object is reserved for a
/// family — its board, or one of its fridges — under a key nobody can guess; its upload goes in
/// one PUT, or in parts past `multipartAbove`; completing checks size, content and SHA-256 and
/// deletes what fails. Every URL names one object and one verb and lives 15 minutes at most.
class MediaService
{
public:
    /// Who asks: a member (any of the family's fridges), or a door tablet (the board and its
    /// own fridge only).
    struct Asker
    {
        QString familyId;
        QString author;     ///< a member's sub, or "thing:{name}"
        QString onlyFridge; ///< set for a tablet: its thing name
    };

    static constexpr qint64 multipartAbove = 16LL * 1024 * 1024;
    static constexpr qint64 partBytes = 8LL * 1024 * 1024;
    /// Part URLs one request may ask for.
    static constexpr int maxPartUrls = 1000;

    MediaService(const FamilyStore *families, MediaStore *store, MultipartUploads *uploads,
                 const MediaSigner *signer, MediaQuota *quota, QString storeDir);

    /// What one family may hold: bytes stored, and uploads reserved and not finished.
    struct Limits
    {
        qint64 familyBytes = 10LL * 1024 * 1024 * 1024;
        int openUploads = 64;
        int deviceOpenUploads = 8; ///< of those, what one fridge or tablet may hold
    };
    void setLimits(Limits limits)
    {
        m_limits = limits;
        m_quota->setLimit(limits.familyBytes);
    }

    /// `{"kind","contentType"[,"owner"][,"size"]}` → 201 with an upload URL, or with an upload
    /// id, part size and count.
    api::Verdict reserve(const Asker &asker, const QJsonObject &ask);
    /// `{"key","uploadId","parts":[n…]}` → fresh URLs for those parts.
    api::Verdict partUrls(const Asker &asker, const QJsonObject &ask) const;
    /// `{"key"[,"uploadId","parts":[{"partNumber","etag"}]][,"size"][,"sha256"]}`.
    api::Verdict complete(const Asker &asker, const QJsonObject &ask);
    /// `{"key"}` → a GET URL for a stored object.
    api::Verdict download(const Asker &asker, const QJsonObject &ask) const;
    /// `{"key"}`: an upload given up; its parts, its file and its reservation go.
    api::Verdict abort(const Asker &asker, const QJsonObject &ask);
    /// The family's uploads not finished yet — whoever started them, a fridge's too — with
    /// what each has on disk, so a member can see what holds the family's slots and abort it.
    api::Verdict unfinished(const Asker &asker) const;

    /// Deletes a stored object of @p familyId — its file and its record (a board post went).
    bool removeObject(const QString &familyId, const QString &key);

    /// How long a reservation may wait for its upload, and a part folder without an upload
    /// may stay (a part the edge finished writing after its upload was given up).
    static constexpr qint64 reservationSeconds = 24 * 3600;
    static constexpr qint64 orphanSeconds = 600;
    /// Drops what was never finished: reservations older than reservationSeconds (their file,
    /// parts and record), and part folders of no open upload and staged files of no open
    /// reservation older than orphanSeconds (an upload the edge finished after its object was
    /// completed or given up). Returns how many of each went.
    std::pair<int, int> sweep(qint64 now);

private:
    /// The reserved object @p ask names, if @p asker may touch it.
    std::optional<std::pair<ObjectPath, Reserved>> objectFor(const Asker &asker,
                                                             const QJsonObject &ask) const;
    api::Verdict check(const ObjectPath &place, const Reserved &reserved, const QJsonObject &ask);
    void drop(const ObjectPath &place, const Reserved &reserved);
    /// 507 with what the family holds of its quota.
    api::Verdict quotaExceeded(qint64 stored) const;

    const FamilyStore *m_families;
    MediaStore *m_store;
    MultipartUploads *m_uploads;
    const MediaSigner *m_signer;
    MediaQuota *m_quota;
    ObjectFiles m_files;
    Limits m_limits;
};

} // namespace larder::cloud::media
