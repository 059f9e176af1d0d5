// SPDX-License-Identifier: MIT
#include "MediaAccess.h"

namespace larder::cloud::media {

namespace {
Decision refuse(int status, const char *code, const QString &message)
{
    Decision decision;
    decision.status = status;
    decision.code = QLatin1String(code);
    decision.message = message;
    return decision;
}
Decision noSuchKey()
{
    return refuse(404, "NoSuchKey", QStringLiteral("The specified key does not exist."));
}
} // namespace

namespace {
struct Asked
{
    std::optional<Operation> operation;
    QString uploadId;
    QString partNumber;
    bool hasPartNumber = false;
    /// A subresource named twice, or a name percent-encoded: what the edge reads from the raw
    /// query could differ from what this reads.
    bool ambiguous = false;
};

/// The operation a request names, from its verb and subresources; nullopt when the store has
/// no such operation.
Asked classify(const QByteArray &method, const QByteArray &rawQuery)
{
    Asked asked;
    bool uploads = false, hasUploadId = false;
    for (const QByteArray &pair : rawQuery.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const QByteArray raw = pair.left(equals);
        const QByteArray name = QByteArray::fromPercentEncoding(raw);
        if (raw.contains('%') ||
            ((name == "uploads" && uploads) || (name == "uploadId" && hasUploadId) ||
             (name == "partNumber" && asked.hasPartNumber)) ||
            (name.compare("uploadId", Qt::CaseInsensitive) == 0 && name != "uploadId") ||
            (name.compare("partNumber", Qt::CaseInsensitive) == 0 && name != "partNumber"))
            asked.ambiguous = true;
        const QString value =
            equals < 0 ? QString()
                       : QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1)));
        if (name == "uploads")
            uploads = true;
        else if (name == "uploadId")
            hasUploadId = true, asked.uploadId = value;
        else if (name == "partNumber")
            asked.hasPartNumber = true, asked.partNumber = value;
    }
    if (method == "GET" && !hasUploadId)
        asked.operation = Operation::GetObject;
    else if (method == "HEAD" && !hasUploadId)
        asked.operation = Operation::HeadObject;
    else if (method == "PUT")
        asked.operation =
            hasUploadId || asked.hasPartNumber ? Operation::UploadPart : Operation::PutObject;
    else if (method == "DELETE")
        asked.operation = hasUploadId ? Operation::AbortMultipartUpload : Operation::DeleteObject;
    else if (method == "POST" && uploads && !hasUploadId)
        asked.operation = Operation::CreateMultipartUpload;
    else if (method == "POST" && hasUploadId)
        asked.operation = Operation::CompleteMultipartUpload;
    return asked;
}

Decision noSuchUpload()
{
    return refuse(404, "NoSuchUpload",
                  QStringLiteral("The specified upload does not exist. The upload ID may be "
                                 "invalid, or the upload may have been aborted or completed."));
}

/// A body about to be written: declared, not empty, within the kind's limit.
Decision checkLength(const Arrival &request, const Reserved &reserved)
{
    if (request.contentLength < 0)
        return refuse(411, "MissingContentLength",
                      QStringLiteral("You must provide the Content-Length HTTP header."));
    if (request.contentLength == 0)
        return refuse(400, "InvalidArgument", QStringLiteral("An empty object cannot be stored."));
    if (request.contentLength > reserved.maxBytes)
        return refuse(400, "EntityTooLarge",
                      QStringLiteral("Your proposed upload exceeds the maximum allowed size "
                                     "(%1 bytes for a %2).")
                          .arg(reserved.maxBytes)
                          .arg(reserved.kind));
    return {};
}

/// What the operation may do to the object as reserved.
Decision checkObject(const Arrival &request, const Asked &asked, const Reserved &reserved)
{
    switch (*asked.operation) {
    case Operation::GetObject:
    case Operation::HeadObject:
    case Operation::DeleteObject:
        return reserved.stored ? Decision{} : noSuchKey();
    case Operation::PutObject:
    case Operation::CreateMultipartUpload:
        if (reserved.stored)
            return refuse(403, "AccessDenied",
                          QStringLiteral("The object is stored already; ask for a new upload."));
        if (QString::fromLatin1(request.contentType) != reserved.contentType)
            return refuse(400, "InvalidArgument",
                          QStringLiteral("The Content-Type must be %1, as the upload was asked "
                                         "for.")
                              .arg(reserved.contentType));
        return *asked.operation == Operation::PutObject ? checkLength(request, reserved)
                                                        : Decision{};
    case Operation::UploadPart:
    case Operation::CompleteMultipartUpload:
    case Operation::AbortMultipartUpload:
        if (reserved.stored || reserved.uploadId.isEmpty() || asked.uploadId != reserved.uploadId)
            return noSuchUpload();
        return *asked.operation == Operation::UploadPart ? checkLength(request, reserved)
                                                         : Decision{};
    }
    return noSuchKey();
}
} // namespace

Decision decide(const Arrival &request, const larder::media::sigv4::SecretFor &secretFor,
                const Lookup &lookup, const QDateTime &now)
{
    const Asked asked = classify(request.method, request.rawQuery);
    if (!asked.operation)
        return refuse(405, "MethodNotAllowed",
                      QStringLiteral("The specified method is not allowed against this resource."));
    const larder::media::sigv4::Verdict verdict = larder::media::sigv4::verify(
        request.method, request.encodedPath, request.rawQuery,
        [&](const QByteArray &name) -> QByteArray {
            if (name == "host")
                return request.host;
            if (name == "content-type")
                return request.contentType;
            return {};
        },
        secretFor, now);
    switch (verdict.kind) {
    case larder::media::sigv4::Verdict::Valid:
        break;
    case larder::media::sigv4::Verdict::Malformed:
        return refuse(400, verdict.code.toLatin1().constData(), verdict.message);
    case larder::media::sigv4::Verdict::Expired:
    case larder::media::sigv4::Verdict::UnknownKey:
    case larder::media::sigv4::Verdict::BadSignature:
        return refuse(403, verdict.code.toLatin1().constData(), verdict.message);
    }
    // The edge and this must read the same request: plain, single subresource names, and the
    // same operation as the edge's route.
    const auto routeOf = [](Operation operation) -> QByteArrayView {
        switch (operation) {
        case Operation::GetObject:
        case Operation::HeadObject:
        case Operation::PutObject:
            return "object";
        case Operation::UploadPart:
            return "part";
        case Operation::DeleteObject:
        case Operation::CreateMultipartUpload:
        case Operation::CompleteMultipartUpload:
        case Operation::AbortMultipartUpload:
            return "multipart";
        }
        return {};
    };
    if (asked.ambiguous || (!request.route.isEmpty() && request.route != routeOf(*asked.operation)))
        return refuse(400, "InvalidRequest",
                      QStringLiteral("The request's parameters are not as they were signed: name "
                                     "uploadId and partNumber once each, as they are spelt."));
    int partNumber = 0;
    if (*asked.operation == Operation::UploadPart) {
        bool number = false;
        partNumber = asked.partNumber.toInt(&number);
        if (!number || partNumber < 1 || partNumber > maxPartNumber)
            return refuse(400, "InvalidArgument",
                          QStringLiteral("Part number must be an integer between 1 and 10000, "
                                         "inclusive"));
    }
    // A valid signature for a path the cloud never handed out is still nothing to find.
    const QString path =
        QString::fromUtf8(QByteArray::fromPercentEncoding(request.encodedPath.toUtf8()));
    const auto place = parseObjectPath(path);
    const auto reserved = place ? lookup(place->path()) : std::nullopt;
    if (!reserved)
        return noSuchKey();
    Decision decision = checkObject(request, asked, *reserved);
    decision.operation = *asked.operation;
    decision.objectPath = place->path();
    decision.uploadId = asked.uploadId;
    decision.partNumber = partNumber;
    return decision;
}

} // namespace larder::cloud::media
