// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

/// AWS Signature Version 4 for S3 presigned URLs, query-string form (PROTOCOLS.md section 6):
/// signing a request, and checking one that arrives, the way S3 does. Pure (OpenSSL HMAC and
/// SHA-256 through Qt): no network, no clock but the one passed in.
namespace larder::media::sigv4 {

/// Who signs, and where: the access key id and its secret, the region and the service ("s3").
struct Credentials
{
    QString accessKeyId;
    QByteArray secret;
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("s3");
};

/// The request a URL is made for. Path and query values are raw (not yet encoded); extra
/// headers are signed too (lower-case names), and must then be sent with the request.
struct Request
{
    QByteArray method = "GET";
    QString scheme = QStringLiteral("https");
    QString host; ///< as in the Host header: "bucket.s3.amazonaws.com" or "127.0.0.1:9000"
    QString path; ///< "/bucket/some key.jpg": each segment is encoded once
    QList<std::pair<QString, QString>> query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    /// `X-Amz-Content-Sha256=UNSIGNED-PAYLOAD` among the parameters, as today's AWS SDKs sign
    /// (AWS's published example predates it: false reproduces that).
    bool payloadParameter = true;
};

/// The longest validity S3 accepts (seven days).
constexpr int maxExpires = 604'800;

/// RFC 3986 encoding as SigV4 wants it: everything but A–Z a–z 0–9 - . _ ~ as %XX (upper
/// case), and '/' kept when @p keepSlash.
QString uriEncode(const QString &text, bool keepSlash = false);
/// The signing key: HMAC-SHA256 chained over "AWS4"+secret, the date (yyyyMMdd), the region,
/// the service and "aws4_request".
QByteArray signingKey(const QByteArray &secret, const QString &date, const QString &region,
                      const QString &service);
/// The canonical request of a presigned URL: @p encodedPath as sent, @p query already holding
/// every X-Amz-* parameter but the signature, the payload UNSIGNED-PAYLOAD.
QByteArray canonicalRequest(const QByteArray &method, const QString &encodedPath,
                            const QList<std::pair<QString, QString>> &query,
                            QList<std::pair<QByteArray, QByteArray>> headers);

/// A presigned URL for @p request, valid @p expiresSeconds (1 to maxExpires) from @p at.
QString presign(const Request &request, const Credentials &credentials, const QDateTime &at,
                int expiresSeconds);

/// What a store decides about a presigned request it received, and S3's error for it.
struct Verdict
{
    enum Kind { Valid, Malformed, Expired, UnknownKey, BadSignature };
    Kind kind = Malformed;
    QString code;    ///< S3's error code: "AuthorizationQueryParametersError",
                     ///< "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch"
    QString message; ///< S3's sentence ("Request has expired", …)
    QString accessKeyId;
    QDateTime expires; ///< when the URL stops working (Valid)
    bool ok() const { return kind == Valid; }
};

/// The secret for an access key id, or nullopt when there is no such key.
using SecretFor = std::function<std::optional<Credentials>(const QString &accessKeyId)>;

/// Checks a request as it arrived: @p method, @p encodedPath exactly as on the request line,
/// @p rawQuery (the part after '?', still encoded), @p headerValue (a header's value by its
/// lower-case name). Time is @p now; a URL signed up to 15 minutes in the future is accepted
/// (clock skew), as S3 does.
Verdict verify(const QByteArray &method, const QString &encodedPath, const QByteArray &rawQuery,
               const std::function<QByteArray(const QByteArray &name)> &headerValue,
               const SecretFor &secretFor, const QDateTime &now);

} // namespace larder::media::sigv4
