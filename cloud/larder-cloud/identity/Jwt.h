// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace larder::cloud {

/// An RSA signing key for RS256 JWTs, kept in a PEM file (owner-only), with its key id and
/// its public half as a JWK.
class SigningKey
{
public:
    ~SigningKey();
    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;

    /// Loads @p path, or creates a new 2048-bit key there on first use.
    static std::optional<SigningKey> loadOrCreate(const QString &path, QString *error);

    QString keyId() const { return m_kid; }
    /// `{"kty":"RSA","alg":"RS256","use":"sig","kid","n","e"}`
    QJsonObject publicJwk() const;
    EVP_PKEY *key() const { return m_key; }

private:
    SigningKey() = default;
    EVP_PKEY *m_key = nullptr;
    QString m_kid;
};

/// Compact JWS (RS256) encoding and verification.
namespace jwt {

QByteArray base64Url(const QByteArray &data);
std::optional<QByteArray> fromBase64Url(const QByteArray &text);

/// header.payload.signature, with header `{"alg":"RS256","kid":…,"typ":"JWT"}`.
QString sign(const SigningKey &key, const QJsonObject &claims);

/// Checks the signature against @p jwks (`{"keys":[…]}`) and returns the claims; on failure
/// nullopt with the reason in @p error. Claims (exp, aud, token_use) are the caller's to check.
std::optional<QJsonObject> verify(const QString &token, const QJsonObject &jwks, QString *error);

} // namespace jwt
} // namespace larder::cloud
