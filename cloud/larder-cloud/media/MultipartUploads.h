// SPDX-License-Identifier: MIT
#pragma once

#include "MediaStore.h"

#include <QList>
#include <QString>

namespace larder::cloud::media {

/// One part as a completion names it: its number and the ETag its upload answered.
struct PartTag
{
    int partNumber = 0;
    QString etag; ///< without quotes
};

/// The outcome of completing or aborting an upload, in S3's terms.
struct Assembled
{
    int status = 200;
    QString code, message; ///< S3's error code and sentence when status is not 200
    QString etag;          ///< the object's: "{hex}-{parts}"
    qint64 size = 0;
    bool ok() const { return status == 200; }
};

/// Multipart uploads on disk (PROTOCOLS.md section 6): an open upload is a folder
/// `{store}/parts/{uploadId}/` where the edge writes each part as `{partNumber}.{etag}` (the
/// ETag is the edge's request id, so a part sent again is a new file and the completion says
/// which one counts). Completing checks the parts as S3 does — ascending, each there, every one
/// but the last ≥ 5 MiB, the whole within the kind's limit — and joins them in the kernel into
/// the object's staged file (ObjectFiles), which appears whole or not at all. The object still
/// waits for the cloud's check (MediaService::complete) before it is stored and anyone may
/// download it.
class MultipartUploads
{
public:
    /// S3's smallest part but the last.
    static constexpr qint64 minPartBytes = 5LL * 1024 * 1024;

    MultipartUploads(MediaStore *store, QString storeDir);

    /// Opens an upload for the reserved object at @p path (an open one is aborted first).
    /// Returns its id, or "" when it could not be made.
    QString create(const QString &path);
    Assembled complete(const QString &path, const QString &uploadId, const QList<PartTag> &parts);
    /// Closes the upload and deletes its parts.
    bool abort(const QString &path, const QString &uploadId);

    QString partsDir(const QString &uploadId) const;

private:
    QString m_storeDir;
    MediaStore *m_store;
};

} // namespace larder::cloud::media
