// SPDX-License-Identifier: MIT
#include "MediaAccess.h"

namespace larder::cloud::media {

namespace {
Decision refuse(int status, const char *code, const QString &message)
{
    return {status, QLatin1String(code), message};
}
Decision noSuchKey()
{
    return refuse(404, "NoSuchKey", QStringLiteral("The specified key does not exist."));
}
} // namespace

Decision decide(const Arrival &request, const larder::media::sigv4::SecretFor &secretFor,
                const Lookup &lookup, const QDateTime &now)
{
    static const QList<QByteArray> methods{"GET", "HEAD", "PUT", "DELETE"};
    if (!methods.contains(request.method))
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
    // A valid signature for a path the cloud never handed out is still nothing to find.
    const QString path =
        QString::fromUtf8(QByteArray::fromPercentEncoding(request.encodedPath.toUtf8()));
    const auto place = parseObjectPath(path);
    const auto reserved = place ? lookup(place->path()) : std::nullopt;
    if (!reserved)
        return noSuchKey();
    if (request.method != "PUT")
        return reserved->stored ? Decision{} : noSuchKey();
    if (reserved->stored)
        return refuse(403, "AccessDenied",
                      QStringLiteral("The object is stored already; ask for a new upload."));
    if (QString::fromLatin1(request.contentType) != reserved->contentType)
        return refuse(400, "InvalidArgument",
                      QStringLiteral("The Content-Type must be %1, as the upload was asked for.")
                          .arg(reserved->contentType));
    if (request.contentLength < 0)
        return refuse(411, "MissingContentLength",
                      QStringLiteral("You must provide the Content-Length HTTP header."));
    if (request.contentLength == 0)
        return refuse(400, "InvalidArgument", QStringLiteral("An empty object cannot be stored."));
    if (request.contentLength > reserved->maxBytes)
        return refuse(400, "EntityTooLarge",
                      QStringLiteral("Your proposed upload exceeds the maximum allowed size "
                                     "(%1 bytes for a %2).")
                          .arg(reserved->maxBytes)
                          .arg(reserved->kind));
    return {};
}

} // namespace larder::cloud::media
