// SPDX-License-Identifier: MIT
#include "ObjectStoreApi.h"

#include "S3Xml.h"

#include <QHttpServer>
#include <QHttpServerRequest>

namespace larder::cloud::media {

namespace {
/// S3's answer: XML with @p status.
QHttpServerResponse xmlReply(const QByteArray &xml, int status)
{
    return QHttpServerResponse("application/xml", xml, QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse s3Error(int status, const QString &code, const QString &message,
                            const QString &resource)
{
    return xmlReply(s3xml::error(code, message, resource), status);
}

/// "media" and "{family}/{owner}/…" from "/media/{family}/{owner}/…".
std::pair<QString, QString> bucketAndKey(const QString &path)
{
    const QString bare = path.mid(1);
    const qsizetype slash = bare.indexOf(u'/');
    return {bare.left(slash), bare.mid(slash + 1)};
}
} // namespace

ObjectStoreApi::ObjectStoreApi(MediaStore *store, MultipartUploads *uploads,
                               const MediaSigner *signer, MediaQuota *quota)
    : m_store(store), m_uploads(uploads), m_signer(signer), m_quota(quota)
{
}

void ObjectStoreApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/internal/media/authorize"), Method::Get,
                 [this](const QHttpServerRequest &r) { return authorize(r); });
    server.route(QStringLiteral("/internal/media/multipart"), Method::Post | Method::Delete,
                 [this](const QHttpServerRequest &r) { return multipart(r); });
}

Decision ObjectStoreApi::decideOn(const QHttpServerRequest &request) const
{
    const QByteArray uri = request.value("X-Original-Uri");
    const qsizetype mark = uri.indexOf('?');
    Arrival arrival;
    arrival.method = request.value("X-Original-Method");
    arrival.encodedPath = QString::fromUtf8(mark < 0 ? uri : uri.left(mark));
    arrival.rawQuery = mark < 0 ? QByteArray() : uri.mid(mark + 1);
    arrival.host = request.value("X-Original-Host");
    arrival.contentType = request.value("X-Original-Content-Type");
    arrival.route = request.value("X-Edge-Route");
    bool declared = false;
    const qint64 length = request.value("X-Original-Content-Length").toLongLong(&declared);
    arrival.contentLength = declared ? length : -1;
    return decide(
        arrival, m_signer->secretFor(), [this](const QString &path) { return m_store->find(path); },
        QDateTime::currentDateTimeUtc());
}

QHttpServerResponse ObjectStoreApi::authorize(const QHttpServerRequest &request) const
{
    const Decision decision = decideOn(request);
    // Multipart's own requests are the cloud's to answer, not the edge's to stream.
    const bool streamed = decision.operation != Operation::CreateMultipartUpload &&
                          decision.operation != Operation::CompleteMultipartUpload &&
                          decision.operation != Operation::AbortMultipartUpload;
    const bool writes =
        decision.operation == Operation::PutObject || decision.operation == Operation::UploadPart;
    if (decision.allowed() && streamed && writes) {
        // Bytes about to arrive: they must fit in the family's share, counted as they come.
        const auto place = parseObjectPath(decision.objectPath);
        const auto admission =
            place ? m_quota->admit(place->familyId, decision.objectPath, decision.uploadId,
                                   decision.partNumber,
                                   request.value("X-Original-Content-Length").toLongLong(),
                                   QDateTime::currentMSecsSinceEpoch())
                  : MediaQuota::Admission::Full;
        if (admission != MediaQuota::Admission::Admitted) {
            const bool busy = admission == MediaQuota::Admission::Busy;
            QHttpServerResponse refused(QHttpServerResponder::StatusCode::Forbidden);
            refused.setHeader("X-S3-Status", busy ? "503" : "403");
            refused.setHeader("X-S3-Code", busy ? "SlowDown" : "QuotaExceeded");
            refused.setHeader("X-S3-Message",
                              busy ? "Too many uploads of this family are on their way; try "
                                     "again in a moment."
                                   : "This family's storage is full; delete old posts to make "
                                     "room.");
            return refused;
        }
    }
    if (decision.allowed() && streamed)
        return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
    // The edge turns this into S3's XML error with the status given here.
    QHttpServerResponse refused(QHttpServerResponder::StatusCode::Forbidden);
    refused.setHeader("X-S3-Status",
                      QByteArray::number(decision.allowed() ? 405 : decision.status));
    refused.setHeader("X-S3-Code",
                      decision.allowed() ? "MethodNotAllowed" : decision.code.toLatin1());
    refused.setHeader("X-S3-Message", decision.allowed()
                                          ? "The specified method is not allowed against this "
                                            "resource."
                                          : decision.message.toUtf8());
    return refused;
}

QHttpServerResponse ObjectStoreApi::multipart(const QHttpServerRequest &request)
{
    const Decision decision = decideOn(request);
    const QByteArray uri = request.value("X-Original-Uri");
    const QString resource = QString::fromUtf8(uri.left(uri.indexOf('?')));
    if (!decision.allowed())
        return s3Error(decision.status, decision.code, decision.message, resource);
    const auto [bucket, key] = bucketAndKey(decision.objectPath);
    switch (decision.operation) {
    case Operation::CreateMultipartUpload: {
        const QString uploadId = m_uploads->create(decision.objectPath);
        if (uploadId.isEmpty())
            break;
        return xmlReply(s3xml::initiated(bucket, key, uploadId), 200);
    }
    case Operation::CompleteMultipartUpload: {
        const auto parts = s3xml::completionParts(request.body());
        if (!parts)
            return s3Error(400, QStringLiteral("MalformedXML"),
                           QStringLiteral("The XML you provided was not well-formed or did not "
                                          "validate against our published schema."),
                           resource);
        const Assembled done = m_uploads->complete(decision.objectPath, decision.uploadId, *parts);
        if (!done.ok())
            return s3Error(done.status, done.code, done.message, resource);
        const QString location =
            QStringLiteral("https://%1%2")
                .arg(QString::fromUtf8(request.value("X-Original-Host")), decision.objectPath);
        return xmlReply(s3xml::completed(location, bucket, key, done.etag), 200);
    }
    case Operation::AbortMultipartUpload:
        if (!m_uploads->abort(decision.objectPath, decision.uploadId))
            break;
        return QHttpServerResponse(QHttpServerResponder::StatusCode::NoContent);
    default:
        return s3Error(405, QStringLiteral("MethodNotAllowed"),
                       QStringLiteral("The specified method is not allowed against this "
                                      "resource."),
                       resource);
    }
    return s3Error(500, QStringLiteral("InternalError"),
                   QStringLiteral("We encountered an internal error. Please try again."), resource);
}

} // namespace larder::cloud::media
