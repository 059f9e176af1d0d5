// SPDX-License-Identifier: MIT
#include "Jwt.h"

#include "common/OpenSslPtr.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <fcntl.h>
#include <unistd.h>

namespace larder::cloud {

namespace {

QByteArray bignumBytes(const EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    if (!EVP_PKEY_get_bn_param(key, name, &raw))
        return {};
    const openssl::BigNumPtr bn(raw);
    QByteArray bytes(BN_num_bytes(bn.get()), Qt::Uninitialized);
    BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes;
}

/// An RSA public key from a JWK's n and e.
openssl::KeyPtr publicKeyFrom(const QByteArray &n, const QByteArray &e)
{
    const openssl::BigNumPtr bn(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr));
    const openssl::BigNumPtr be(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr));
    const openssl::ParamBuilderPtr builder(OSSL_PARAM_BLD_new());
    if (!bn || !be || !builder)
        return nullptr;
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, bn.get());
    OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, be.get());
    const openssl::ParamsPtr params(OSSL_PARAM_BLD_to_param(builder.get()));
    const openssl::KeyContextPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr));
    EVP_PKEY *key = nullptr;
    if (ctx && params && EVP_PKEY_fromdata_init(ctx.get()) > 0)
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get());
    return openssl::KeyPtr(key);
}

} // namespace

SigningKey::~SigningKey()
{
    EVP_PKEY_free(m_key);
}

SigningKey::SigningKey(SigningKey &&other) noexcept
    : m_key(std::exchange(other.m_key, nullptr)), m_kid(std::move(other.m_kid))
{
}

SigningKey &SigningKey::operator=(SigningKey &&other) noexcept
{
    std::swap(m_key, other.m_key);
    std::swap(m_kid, other.m_kid);
    return *this;
}

std::optional<SigningKey> SigningKey::loadOrCreate(const QString &path, QString *error)
{
    SigningKey key;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray pem = file.readAll();
        const openssl::BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
        key.m_key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    } else {
        key.m_key = EVP_RSA_gen(2048);
        if (key.m_key) {
            const openssl::BioPtr bio(BIO_new(BIO_s_mem()));
            PEM_write_bio_PrivateKey(bio.get(), key.m_key, nullptr, nullptr, 0, nullptr, nullptr);
            char *data = nullptr;
            const long size = BIO_get_mem_data(bio.get(), &data);
            const QByteArray native = QFile::encodeName(path);
            const int fd =
                ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
            const bool written = fd >= 0 && ::write(fd, data, size) == size;
            if (fd >= 0)
                ::close(fd);
            if (!written) {
                *error = QStringLiteral("Cannot write the token signing key %1").arg(path);
                return std::nullopt;
            }
        }
    }
    if (!key.m_key || EVP_PKEY_get_base_id(key.m_key) != EVP_PKEY_RSA) {
        *error = QStringLiteral("The token signing key %1 is not a usable RSA key").arg(path);
        return std::nullopt;
    }
    // RFC 7638-style thumbprint as key id.
    const QJsonObject jwk = key.publicJwk();
    const QByteArray canonical = "{\"e\":\"" + jwk.value(u"e").toString().toLatin1() +
                                 "\",\"kty\":\"RSA\",\"n\":\"" +
                                 jwk.value(u"n").toString().toLatin1() + "\"}";
    key.m_kid = QString::fromLatin1(
        jwt::base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
    return key;
}

QJsonObject SigningKey::publicJwk() const
{
    return {{QStringLiteral("kty"), QStringLiteral("RSA")},
            {QStringLiteral("alg"), QStringLiteral("RS256")},
            {QStringLiteral("use"), QStringLiteral("sig")},
            {QStringLiteral("kid"), m_kid},
            {QStringLiteral("n"),
             QString::fromLatin1(jwt::base64Url(bignumBytes(m_key, OSSL_PKEY_PARAM_RSA_N)))},
            {QStringLiteral("e"),
             QString::fromLatin1(jwt::base64Url(bignumBytes(m_key, OSSL_PKEY_PARAM_RSA_E)))}};
}

namespace jwt {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto result = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                           QByteArray::OmitTrailingEquals |
                                                           QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

QString sign(const SigningKey &key, const QJsonObject &claims)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), key.keyId()},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const openssl::DigestContextPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    QByteArray signature;
    if (ctx && EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.key()) > 0 &&
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size())) > 0) {
        signature.resize(qsizetype(length));
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        signature.resize(qsizetype(length));
    }
    return QString::fromLatin1(input + '.' + base64Url(signature));
}

std::optional<QJsonObject> verify(const QString &token, const QJsonObject &jwks, QString *error)
{
    const QByteArray raw = token.toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (raw.size() > 16384 || parts.size() != 3) {
        *error = QStringLiteral("not a JWT");
        return std::nullopt;
    }
    const auto headerBytes = fromBase64Url(parts[0]);
    const auto payloadBytes = fromBase64Url(parts[1]);
    const auto signature = fromBase64Url(parts[2]);
    if (!headerBytes || !payloadBytes || !signature) {
        *error = QStringLiteral("malformed base64url");
        return std::nullopt;
    }
    const QJsonObject header = QJsonDocument::fromJson(*headerBytes).object();
    if (header.value(u"alg").toString() != u"RS256") {
        *error = QStringLiteral("unsupported algorithm");
        return std::nullopt;
    }
    const QString kid = header.value(u"kid").toString();
    QJsonObject jwk;
    for (const QJsonValue &candidate : jwks.value(u"keys").toArray())
        if (candidate.toObject().value(u"kid").toString() == kid)
            jwk = candidate.toObject();
    const auto n = fromBase64Url(jwk.value(u"n").toString().toLatin1());
    const auto e = fromBase64Url(jwk.value(u"e").toString().toLatin1());
    if (jwk.isEmpty() || !n || !e) {
        *error = QStringLiteral("unknown signing key");
        return std::nullopt;
    }
    const openssl::KeyPtr key = publicKeyFrom(*n, *e);
    const openssl::DigestContextPtr ctx(EVP_MD_CTX_new());
    const QByteArray input = parts[0] + '.' + parts[1];
    const bool valid =
        key && ctx &&
        EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) > 0 &&
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature->constData()),
                         size_t(signature->size()),
                         reinterpret_cast<const unsigned char *>(input.constData()),
                         size_t(input.size())) == 1;
    if (!valid) {
        *error = QStringLiteral("bad signature");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument claims = QJsonDocument::fromJson(*payloadBytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !claims.isObject()) {
        *error = QStringLiteral("malformed claims");
        return std::nullopt;
    }
    return claims.object();
}

} // namespace jwt
} // namespace larder::cloud
