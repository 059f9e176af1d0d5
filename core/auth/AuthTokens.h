// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace larder::auth {

/// What a sign-in gives the app: Cognito's three tokens and, read from the ID token, who the
/// user is and when the tokens expire. (The cloud verifies signatures; the app only reads.)
struct AuthTokens
{
    QString idToken;
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;
    QString sub;
    QString email;
    QString name; ///< the `name` claim: what the family sees; may be empty
    QStringList groups;

    bool isValid() const { return !idToken.isEmpty() && !accessToken.isEmpty(); }
    /// True within @p marginSeconds of expiry (refresh before that).
    bool expiresWithin(int marginSeconds) const;

    /// From an InitiateAuth AuthenticationResult; @p previousRefresh is kept when the result
    /// has none (REFRESH_TOKEN_AUTH answers without one).
    static AuthTokens fromAuthenticationResult(const QJsonObject &result,
                                               const QString &previousRefresh = {});
    /// The claims of a JWT, unverified; empty if malformed.
    static QJsonObject claimsOf(const QString &jwt);
};

} // namespace larder::auth
