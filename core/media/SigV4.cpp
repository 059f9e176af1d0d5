// SPDX-License-Identifier: MIT
#include "SigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

namespace larder::media::sigv4 {

namespace {
const QString kAlgorithm = QStringLiteral("AWS4-HMAC-SHA256");
constexpr qint64 kSkewSeconds = 15 * 60;

QByteArray hmac(const QByteArray &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QString amzDate(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString scopeOf(const QString &date, const Credentials &credentials)
{
    return QStringLiteral("%1/%2/%3/aws4_request")
        .arg(date, credentials.region, credentials.service);
}

/// Sorted by encoded key, then value: the canonical query and the URL's order alike.
QList<std::pair<QString, QString>> encodedSorted(const QList<std::pair<QString, QString>> &query)
{
    QList<std::pair<QString, QString>> encoded;
    encoded.reserve(query.size());
    for (const auto &[key, value] : query)
        encoded.append({uriEncode(key), uriEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    return encoded;
}

QString joined(const QList<std::pair<QString, QString>> &encoded)
{
    QString out;
    for (const auto &[key, value] : encoded) {
        if (!out.isEmpty())
            out += u'&';
        out += key + u'=' + value;
    }
    return out;
}

QByteArray trimmedValue(const QByteArray &value)
{
    return value.simplified(); // trims and folds runs of white space, as SigV4 wants
}

QByteArray stringToSign(const QString &date, const QString &scope, const QByteArray &canonical)
{
    return kAlgorithm.toLatin1() + '\n' + date.toLatin1() + '\n' + scope.toLatin1() + '\n' +
           QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}

Verdict refuse(Verdict::Kind kind, const char *code, const QString &message)
{
    Verdict verdict;
    verdict.kind = kind;
    verdict.code = QLatin1String(code);
    verdict.message = message;
    return verdict;
}
} // namespace

QString uriEncode(const QString &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QString out;
    out.reserve(utf8.size() * 3);
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                                c == '~';
        if (unreserved || (keepSlash && c == '/')) {
            out += QLatin1Char(char(c));
        } else {
            out += u'%';
            out += QLatin1Char(hex[c >> 4]);
            out += QLatin1Char(hex[c & 0xF]);
        }
    }
    return out;
}

QByteArray signingKey(const QByteArray &secret, const QString &date, const QString &region,
                      const QString &service)
{
    const QByteArray dated = hmac("AWS4" + secret, date.toLatin1());
    const QByteArray regional = hmac(dated, region.toLatin1());
    const QByteArray serviced = hmac(regional, service.toLatin1());
    return hmac(serviced, "aws4_request");
}

QByteArray canonicalRequest(const QByteArray &method, const QString &encodedPath,
                            const QList<std::pair<QString, QString>> &query,
                            QList<std::pair<QByteArray, QByteArray>> headers)
{
    for (auto &[name, value] : headers) {
        name = name.toLower();
        value = trimmedValue(value);
    }
    std::sort(headers.begin(), headers.end());
    QByteArray canonicalHeaders, signedHeaders;
    for (const auto &[name, value] : headers) {
        canonicalHeaders += name + ':' + value + '\n';
        signedHeaders += (signedHeaders.isEmpty() ? "" : ";") + name;
    }
    return method + '\n' + (encodedPath.isEmpty() ? QByteArray("/") : encodedPath.toUtf8()) + '\n' +
           joined(encodedSorted(query)).toUtf8() + '\n' + canonicalHeaders + '\n' + signedHeaders +
           '\n' + "UNSIGNED-PAYLOAD";
}

QString presign(const Request &request, const Credentials &credentials, const QDateTime &at,
                int expiresSeconds)
{
    const QString timestamp = amzDate(at);
    const QString date = timestamp.left(8);
    const QString scope = scopeOf(date, credentials);
    QList<std::pair<QByteArray, QByteArray>> headers = request.headers;
    headers.append({"host", request.host.toUtf8()});
    QList<QByteArray> names;
    for (const auto &header : std::as_const(headers))
        names.append(header.first.toLower());
    std::sort(names.begin(), names.end());
    QList<std::pair<QString, QString>> query = request.query;
    query.append({QStringLiteral("X-Amz-Algorithm"), kAlgorithm});
    if (request.payloadParameter)
        query.append({QStringLiteral("X-Amz-Content-Sha256"), QStringLiteral("UNSIGNED-PAYLOAD")});
    query.append({QStringLiteral("X-Amz-Credential"), credentials.accessKeyId + u'/' + scope});
    query.append({QStringLiteral("X-Amz-Date"), timestamp});
    query.append({QStringLiteral("X-Amz-Expires"),
                  QString::number(std::clamp(expiresSeconds, 1, maxExpires))});
    query.append({QStringLiteral("X-Amz-SignedHeaders"), QString::fromLatin1(names.join(';'))});
    const QString encodedPath = uriEncode(request.path, true);
    const QByteArray canonical = canonicalRequest(request.method, encodedPath, query, headers);
    const QByteArray signature =
        hmac(signingKey(credentials.secret, date, credentials.region, credentials.service),
             stringToSign(timestamp, scope, canonical))
            .toHex();
    query.append({QStringLiteral("X-Amz-Signature"), QString::fromLatin1(signature)});
    return request.scheme + QStringLiteral("://") + request.host + encodedPath + u'?' +
           joined(encodedSorted(query));
}

Verdict verify(const QByteArray &method, const QString &encodedPath, const QByteArray &rawQuery,
               const std::function<QByteArray(const QByteArray &name)> &headerValue,
               const SecretFor &secretFor, const QDateTime &now)
{
    QList<std::pair<QString, QString>> query;
    QString algorithm, credential, timestamp, expiresText, signedHeaders, signature;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(equals)));
        const QString value =
            equals < 0 ? QString()
                       : QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(equals + 1)));
        if (key == u"X-Amz-Signature") {
            signature = value;
            continue; // the one parameter the signature does not cover
        }
        if (key == u"X-Amz-Algorithm")
            algorithm = value;
        else if (key == u"X-Amz-Credential")
            credential = value;
        else if (key == u"X-Amz-Date")
            timestamp = value;
        else if (key == u"X-Amz-Expires")
            expiresText = value;
        else if (key == u"X-Amz-SignedHeaders")
            signedHeaders = value;
        query.append({key, value});
    }
    const QString needed = QStringLiteral(
        "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, "
        "X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders, and X-Amz-Expires parameters.");
    if (algorithm.isEmpty() || credential.isEmpty() || timestamp.isEmpty() ||
        expiresText.isEmpty() || signedHeaders.isEmpty() || signature.isEmpty())
        return refuse(Verdict::Malformed, "AuthorizationQueryParametersError", needed);
    if (algorithm != kAlgorithm)
        return refuse(Verdict::Malformed, "AuthorizationQueryParametersError",
                      QStringLiteral("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\""));
    bool number = false;
    const int expires = expiresText.toInt(&number);
    if (!number || expires < 1 || expires > maxExpires)
        return refuse(Verdict::Malformed, "AuthorizationQueryParametersError",
                      QStringLiteral("X-Amz-Expires must be between 1 and 604800 seconds"));
    QDateTime signedAt = QDateTime::fromString(timestamp, QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    signedAt.setTimeZone(QTimeZone::utc());
    const QStringList scope = credential.split(u'/');
    if (!signedAt.isValid() || scope.size() != 5 || scope.at(4) != u"aws4_request" ||
        scope.at(1) != timestamp.left(8))
        return refuse(Verdict::Malformed, "AuthorizationQueryParametersError",
                      QStringLiteral("Error parsing the X-Amz-Credential parameter."));
    const QStringList headerNames = signedHeaders.split(u';');
    if (!headerNames.contains(u"host"))
        return refuse(Verdict::Malformed, "AuthorizationQueryParametersError",
                      QStringLiteral("Query-string authentication requires the host header to be "
                                     "signed."));
    const auto credentials = secretFor(scope.at(0));
    if (!credentials)
        return refuse(Verdict::UnknownKey, "InvalidAccessKeyId",
                      QStringLiteral("The AWS Access Key Id you provided does not exist in our "
                                     "records."));
    if (scope.at(2) != credentials->region || scope.at(3) != credentials->service)
        return refuse(Verdict::Malformed, "AuthorizationQueryParametersError",
                      QStringLiteral("Error parsing the X-Amz-Credential parameter; the region or "
                                     "service is wrong; expecting '%1', '%2'")
                          .arg(credentials->region, credentials->service));
    const qint64 nowSecs = now.toSecsSinceEpoch(), at = signedAt.toSecsSinceEpoch();
    if (at > nowSecs + kSkewSeconds)
        return refuse(Verdict::Expired, "AccessDenied", QStringLiteral("Request is not valid yet"));
    if (nowSecs > at + expires)
        return refuse(Verdict::Expired, "AccessDenied", QStringLiteral("Request has expired"));

    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const QString &name : headerNames)
        headers.append({name.toLatin1(), headerValue(name.toLatin1())});
    // The path as the signer encoded it: decoded, then encoded the one canonical way.
    const QString path =
        uriEncode(QString::fromUtf8(QByteArray::fromPercentEncoding(encodedPath.toUtf8())), true);
    const QByteArray canonical = canonicalRequest(method, path, query, headers);
    const QByteArray expected = hmac(signingKey(credentials->secret, scope.at(1),
                                                credentials->region, credentials->service),
                                     stringToSign(timestamp, scope.mid(1).join(u'/'), canonical))
                                    .toHex();
    const QByteArray given = signature.toLatin1();
    // In constant time: a forger learns nothing from how long the comparison took.
    bool same = expected.size() == given.size();
    unsigned char difference = 0;
    for (qsizetype i = 0; same && i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ given.at(i));
    if (!same || difference != 0)
        return refuse(Verdict::BadSignature, "SignatureDoesNotMatch",
                      QStringLiteral("The request signature we calculated does not match the "
                                     "signature you provided. Check your key and signing method."));
    Verdict verdict;
    verdict.kind = Verdict::Valid;
    verdict.accessKeyId = scope.at(0);
    verdict.expires = signedAt.addSecs(expires);
    return verdict;
}

} // namespace larder::media::sigv4
