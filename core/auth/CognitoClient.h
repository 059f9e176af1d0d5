// SPDX-License-Identifier: MIT
#pragma once

#include "AuthTokens.h"

#include <QJsonObject>
#include <QObject>
#include <QSslConfiguration>

#include <functional>

class QNetworkAccessManager;

namespace larder::auth {

/// The outcome of one identity call: the answer, or a sentence the user can act on.
struct AuthResult
{
    bool ok = false;
    QString errorType; ///< Cognito's `__type`, or "NetworkError"
    QString message;   ///< for people
    QJsonObject body;
};

/// Calls the Cognito user-pool API (larder-cloud's or AWS's, same wire format): sign-up,
/// confirmation, sign-in, refresh, sign-out, forgotten passwords. Asynchronous; every
/// failure comes back as a sentence.
class CognitoClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const AuthResult &)>;

    CognitoClient(QNetworkAccessManager *network, const QString &endpoint, const QString &clientId,
                  const QString &caFile = {}, QObject *parent = nullptr);

    /// Creates an account; @p name (may be empty) is what the family will see.
    void signUp(const QString &email, const QString &password, const QString &name, Callback done);
    /// Changes the signed-in user's `name` (UpdateUserAttributes, with the access token).
    void updateName(const QString &accessToken, const QString &name, Callback done);
    void confirmSignUp(const QString &email, const QString &code, Callback done);
    void resendCode(const QString &email, Callback done);
    void signIn(const QString &email, const QString &password, Callback done);
    void refresh(const QString &refreshToken, Callback done);
    void globalSignOut(const QString &accessToken, Callback done);
    void forgotPassword(const QString &email, Callback done);
    void confirmForgotPassword(const QString &email, const QString &code,
                               const QString &newPassword, Callback done);

    /// A sentence for a Cognito error type (and its message), as the app shows it.
    static QString describe(const QString &errorType, const QString &message);

    /// How long a call may stall before it fails as unreachable (default 15 s).
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }

private:
    void call(const QString &operation, QJsonObject request, Callback done, bool withClient = true);

    QNetworkAccessManager *m_network;
    QString m_endpoint;
    QString m_clientId;
    QSslConfiguration m_tls;
    int m_transferTimeoutMs = 15'000;
};

} // namespace larder::auth
