// SPDX-License-Identifier: MIT
#pragma once

#include "MediaKinds.h"

#include "media/SigV4.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

/// Whether the object store lets a request through, decided as S3 would (docs/api.md, "Media"):
/// which S3 operation it is, the presigned URL's signature and time, then the object the cloud
/// reserved for it — uploads once (whole, or in parts of its open multipart upload), of the
/// content type and at most the size asked for, never empty; downloads and deletes of stored
/// objects only. Every refusal carries S3's status, code and sentence. Pure: the edge asks it
/// before a byte of the body is read.
namespace larder::cloud::media {

/// What the edge knows of a request before its body.
struct Arrival
{
    QByteArray method;
    QString encodedPath; ///< as on the request line
    QByteArray rawQuery;
    QByteArray host;
    QByteArray contentType;
    qint64 contentLength = -1; ///< −1: not declared
    /// Where the edge is taking it, as its own configuration read the URL: "object" (served
    /// from the store, or written to staging), "part" (written as a part) or "multipart" (to
    /// the cloud); "" when not said. The verifier's operation must be the same one.
    QByteArray route;
};

/// An object the cloud reserved (when it handed out the upload URL).
struct Reserved
{
    QString kind;
    QString contentType;
    qint64 maxBytes = 0;
    bool stored = false; ///< uploaded and checked
    QString uploadId;    ///< its open multipart upload, if any
};

/// The S3 operations the store serves, told apart by verb and subresource as S3 does.
enum class Operation {
    GetObject,
    HeadObject,
    PutObject,
    DeleteObject,
    CreateMultipartUpload,   ///< POST ?uploads
    UploadPart,              ///< PUT ?partNumber=N&uploadId=…
    CompleteMultipartUpload, ///< POST ?uploadId=…
    AbortMultipartUpload,    ///< DELETE ?uploadId=…
};

/// S3's part numbers: 1 to 10,000.
constexpr int maxPartNumber = 10'000;

struct Decision
{
    int status = 0; ///< 0: let it through
    QString code, message;
    Operation operation = Operation::GetObject;
    QString objectPath; ///< decoded (set once the signature holds)
    QString uploadId;   ///< multipart operations
    int partNumber = 0; ///< UploadPart
    bool allowed() const { return status == 0; }
};

using Lookup = std::function<std::optional<Reserved>(const QString &objectPath)>;

Decision decide(const Arrival &request, const larder::media::sigv4::SecretFor &secretFor,
                const Lookup &lookup, const QDateTime &now);

} // namespace larder::cloud::media
