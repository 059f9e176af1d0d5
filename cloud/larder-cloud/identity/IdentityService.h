// SPDX-License-Identifier: MIT
#pragma once

#include "Jwt.h"
#include "UserStore.h"
#include "larder-cloud/cluster/Throttle.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace larder::cloud {

class CodeSender;

/// The user-pool identity service, wire-compatible with Amazon Cognito's API (PROTOCOLS.md
/// section 4): `POST /` with `X-Amz-Target: AWSCognitoIdentityProviderService.{Operation}`.
/// Issues RS256 ID/access tokens (one hour) and opaque refresh tokens (30 days). Whether an
/// account exists shows neither in an answer nor in its time (Cognito's prevented user
/// existence errors); codes are mailed at most five times an hour per address.
/// IdentityService.cpp: dispatch, sign-in, tokens; IdentityCodes.cpp: the account flows;
/// IdentityAttributes.cpp: reading and changing the signed-in user's attributes.
class IdentityService
{
public:
    struct Pool
    {
        QString region;
        QString userPoolId;
        QString appClientId;
        QString issuer; ///< `{base}/{userPoolId}`
    };
    struct Response
    {
        int status = 200;
        QJsonObject body;
    };

    static constexpr qint64 defaultTokenLifetime = 3600;
    static constexpr qint64 refreshLifetime = 30 * 24 * 3600;
    static constexpr qint64 codeLifetime = 24 * 3600;

    IdentityService(UserStore *users, const SigningKey *key, CodeSender *sender, Pool pool);

    /// One API call. @p address is the caller's, for throttling.
    Response handle(const QString &target, const QByteArray &body, const QString &address,
                    qint64 now);

    /// `{"keys":[…]}` for `/{userPoolId}/.well-known/jwks.json`.
    QJsonObject jwks() const;
    /// ID/access token lifetime in seconds (an hour, like Cognito's default).
    void setTokenLifetime(qint64 seconds) { m_tokenLifetime = seconds; }
    const Pool &pool() const { return m_pool; }

    /// Checks signature, issuer, expiry, token_use (and audience/client) and revocation; the
    /// claims, or nullopt with a reason.
    std::optional<QJsonObject> validate(const QString &token, const QString &tokenUse, qint64 now,
                                        QString *error) const;
    /// validate()'s reason when the token could not be checked at all (the database is
    /// restarting): the caller answers "try again", never "sign in again".
    static QString unavailable()
    {
        return QStringLiteral("The service is unavailable for a moment; try again.");
    }

    /// Names people choose: at most this many characters, cleaned as display names.
    static constexpr int maxNameLength = 64;

    /// Creates (or promotes) a confirmed staff account in the `support` group.
    bool addStaff(const QString &email, const QString &password, QString *error);
    /// Creates a confirmed account (no e-mail round trip: the operator vouches for it); its
    /// `sub`, or nullopt with a reason (bad address, weak password, account exists).
    std::optional<QString> addConfirmedAccount(const QString &email, const QString &password,
                                               const QStringList &groups, QString *error);

private:
    Response signUp(const QJsonObject &request, qint64 now);
    Response confirmSignUp(const QJsonObject &request, const QString &address, qint64 now);
    Response resendCode(const QJsonObject &request, qint64 now);
    Response initiateAuth(const QJsonObject &request, const QString &address, qint64 now);
    Response globalSignOut(const QJsonObject &request, qint64 now);
    Response forgotPassword(const QJsonObject &request, qint64 now);
    Response confirmForgotPassword(const QJsonObject &request, const QString &address, qint64 now);
    /// The claims of the request's `AccessToken`, or nullopt with NotAuthorizedException.
    std::optional<QJsonObject> accessClaims(const QJsonObject &request, qint64 now,
                                            Response *refused) const;
    Response getUser(const QJsonObject &request, qint64 now);
    Response updateUserAttributes(const QJsonObject &request, qint64 now);

    /// Checks a one-time code; the error response when it does not match.
    std::optional<Response> checkCode(const QString &username, const QString &purpose,
                                      const QString &code, const QString &address, qint64 now);
    bool issueCode(const User &user, const QString &purpose, qint64 now);
    /// ResendConfirmationCode (`signup`) and ForgotPassword (`reset`): a code by mail, the same
    /// answer whether or not the account exists.
    Response sendCode(const QJsonObject &request, const QString &purpose, qint64 now);
    /// Counts a code sent to @p username (known or not); LimitExceededException past five an hour.
    std::optional<Response> codeLimitReached(const QString &username, qint64 now);
    /// ID and access tokens for @p session; a new session (with its refresh token) when empty.
    QJsonObject tokens(const User &user, qint64 now, QString session = {});
    QJsonObject deliveryDetails(const QString &email) const;

    UserStore *m_users;
    const SigningKey *m_key;
    CodeSender *m_sender;
    Pool m_pool;
    qint64 m_tokenLifetime = defaultTokenLifetime;
    Throttle m_userFailures{QStringLiteral("identity.user"), 5, 15 * 60};
    Throttle m_addressFailures{QStringLiteral("identity.address"), 20, 15 * 60};
    Throttle m_codesSent{QStringLiteral("identity.codes"), 5, 60 * 60};
    QByteArray m_decoyHash; ///< what an unknown user's password is checked against
};

} // namespace larder::cloud
