// SPDX-License-Identifier: MIT
#include "IdentityService.h"
#include "CodeSender.h"
#include "IdentityReplies.h"
#include "Passwords.h"

#include "common/InputHygiene.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace larder::cloud {

namespace {

using Response = IdentityService::Response;
using identity::error;
using identity::invalidParameter;

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

const Response kBadCredentials =
    error("NotAuthorizedException", QStringLiteral("Incorrect username or password."));

} // namespace

IdentityService::IdentityService(UserStore *users, const SigningKey *key, CodeSender *sender,
                                 Pool pool)
    : m_users(users), m_key(key), m_sender(sender), m_pool(std::move(pool)),
      m_decoyHash(passwords::hash(identity::newUuid()))
{
}

QJsonObject IdentityService::jwks() const
{
    return {{QStringLiteral("keys"), QJsonArray{m_key->publicJwk()}}};
}

Response IdentityService::handle(const QString &target, const QByteArray &body,
                                 const QString &address, qint64 now)
{
    const QString prefix = QStringLiteral("AWSCognitoIdentityProviderService.");
    if (!target.startsWith(prefix))
        return error("UnknownOperationException",
                     QStringLiteral("Unknown operation %1").arg(target));
    if (body.size() > 64 * 1024)
        return invalidParameter(QStringLiteral("The request is too large."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error("SerializationException",
                     QStringLiteral("The request body is not a JSON object."));
    const QJsonObject request = doc.object();
    const QString operation = target.mid(prefix.size());
    // Calls made with an access token name no client (as on Cognito).
    if (operation != u"GlobalSignOut" && operation != u"GetUser" &&
        operation != u"UpdateUserAttributes" &&
        request.value(u"ClientId").toString() != m_pool.appClientId)
        return error("ResourceNotFoundException",
                     QStringLiteral("User pool client %1 does not exist.")
                         .arg(request.value(u"ClientId").toString()));
    if (m_addressFailures.blocked(address, now))
        return error("TooManyRequestsException",
                     QStringLiteral("Too many failed attempts from this address; try "
                                    "again in a few minutes."));
    if (operation == u"SignUp")
        return signUp(request, now);
    if (operation == u"ConfirmSignUp")
        return confirmSignUp(request, address, now);
    if (operation == u"ResendConfirmationCode")
        return resendCode(request, now);
    if (operation == u"InitiateAuth")
        return initiateAuth(request, address, now);
    if (operation == u"GlobalSignOut")
        return globalSignOut(request, now);
    if (operation == u"ForgotPassword")
        return forgotPassword(request, now);
    if (operation == u"ConfirmForgotPassword")
        return confirmForgotPassword(request, address, now);
    if (operation == u"GetUser")
        return getUser(request, now);
    if (operation == u"UpdateUserAttributes")
        return updateUserAttributes(request, now);
    return error("UnknownOperationException",
                 QStringLiteral("Unknown operation %1").arg(operation));
}

QJsonObject IdentityService::tokens(const User &user, qint64 now, QString session)
{
    const bool newSession = session.isEmpty();
    if (newSession)
        session = identity::newUuid();
    QJsonObject common{{QStringLiteral("sub"), user.sub},
                       {QStringLiteral("iss"), m_pool.issuer},
                       {QStringLiteral("auth_time"), now},
                       {QStringLiteral("iat"), now},
                       {QStringLiteral("exp"), now + m_tokenLifetime},
                       {QStringLiteral("event_id"), identity::newUuid()},
                       {QStringLiteral("origin_jti"), session}};
    if (!user.groups.isEmpty())
        common.insert(QStringLiteral("cognito:groups"), QJsonArray::fromStringList(user.groups));
    QJsonObject id = common;
    id.insert(QStringLiteral("aud"), m_pool.appClientId);
    id.insert(QStringLiteral("token_use"), QStringLiteral("id"));
    id.insert(QStringLiteral("email"), user.email);
    id.insert(QStringLiteral("email_verified"), true);
    id.insert(QStringLiteral("cognito:username"), user.username);
    if (!user.name.isEmpty())
        id.insert(QStringLiteral("name"), user.name);
    id.insert(QStringLiteral("jti"), identity::newUuid());
    QJsonObject access = common;
    access.insert(QStringLiteral("client_id"), m_pool.appClientId);
    access.insert(QStringLiteral("token_use"), QStringLiteral("access"));
    access.insert(QStringLiteral("scope"), QStringLiteral("aws.cognito.signin.user.admin"));
    access.insert(QStringLiteral("username"), user.username);
    access.insert(QStringLiteral("jti"), identity::newUuid());
    QJsonObject result{{QStringLiteral("AccessToken"), jwt::sign(*m_key, access)},
                       {QStringLiteral("IdToken"), jwt::sign(*m_key, id)},
                       {QStringLiteral("ExpiresIn"), m_tokenLifetime},
                       {QStringLiteral("TokenType"), QStringLiteral("Bearer")}};
    if (newSession) {
        QByteArray random(48, Qt::Uninitialized);
        QRandomGenerator::system()->generate(
            reinterpret_cast<quint32 *>(random.data()),
            reinterpret_cast<quint32 *>(random.data() + random.size()));
        const QString refresh = QString::fromLatin1(jwt::base64Url(random));
        m_users->saveRefresh(sha256(refresh),
                             {session, user.sub, m_pool.appClientId, now, now + refreshLifetime});
        result.insert(QStringLiteral("RefreshToken"), refresh);
    }
    return result;
}

Response IdentityService::initiateAuth(const QJsonObject &request, const QString &address,
                                       qint64 now)
{
    const QString flow = request.value(u"AuthFlow").toString();
    const QJsonObject parameters = request.value(u"AuthParameters").toObject();
    if (flow == u"REFRESH_TOKEN_AUTH" || flow == u"REFRESH_TOKEN") {
        const auto record = m_users->refresh(sha256(parameters.value(u"REFRESH_TOKEN").toString()));
        if (!record || record->expires < now || record->clientId != m_pool.appClientId)
            return error("NotAuthorizedException", QStringLiteral("Invalid Refresh Token"));
        const auto owner = m_users->findBySub(record->sub);
        if (!owner)
            return error("NotAuthorizedException",
                         QStringLiteral("Refresh Token has been revoked"));
        return {200,
                {{QStringLiteral("AuthenticationResult"), tokens(*owner, now, record->session)},
                 {QStringLiteral("ChallengeParameters"), QJsonObject{}}}};
    }
    if (flow != u"USER_PASSWORD_AUTH")
        return invalidParameter(QStringLiteral("Unsupported AuthFlow %1").arg(flow));
    const QString username = parameters.value(u"USERNAME").toString();
    const QString key = username.toLower();
    if (username.isEmpty() || !parameters.value(u"PASSWORD").isString())
        return invalidParameter(QStringLiteral("Missing required parameter USERNAME or PASSWORD"));
    if (m_userFailures.blocked(key, now))
        return error("TooManyRequestsException",
                     QStringLiteral("Password attempts exceeded; try again in a few "
                                    "minutes."));
    const auto user = m_users->find(username);
    // An unknown user costs the same password check as a known one: answer and time alike.
    const bool passwordMatches = passwords::verify(parameters.value(u"PASSWORD").toString(),
                                                   user ? user->passwordHash : m_decoyHash);
    if (!user || !passwordMatches) {
        m_userFailures.fail(key, now);
        m_addressFailures.fail(address, now);
        return kBadCredentials;
    }
    if (!user->confirmed)
        return error("UserNotConfirmedException", QStringLiteral("User is not confirmed."));
    m_userFailures.clear(key);
    return {200,
            {{QStringLiteral("AuthenticationResult"), tokens(*user, now)},
             {QStringLiteral("ChallengeParameters"), QJsonObject{}}}};
}

std::optional<QJsonObject> IdentityService::accessClaims(const QJsonObject &request, qint64 now,
                                                         Response *refused) const
{
    QString why;
    auto claims =
        validate(request.value(u"AccessToken").toString(), QStringLiteral("access"), now, &why);
    if (!claims)
        *refused =
            why == unavailable()
                ? Response{500,
                           {{QStringLiteral("__type"), QStringLiteral("InternalErrorException")},
                            {QStringLiteral("message"), why}}}
                : error("NotAuthorizedException", why);
    return claims;
}

Response IdentityService::globalSignOut(const QJsonObject &request, qint64 now)
{
    Response refused;
    const auto claims = accessClaims(request, now, &refused);
    if (!claims)
        return refused;
    m_users->revokeTokens(claims->value(u"sub").toString());
    return {200, {}};
}

std::optional<QJsonObject> IdentityService::validate(const QString &token, const QString &tokenUse,
                                                     qint64 now, QString *why) const
{
    auto claims = jwt::verify(token, jwks(), why);
    if (!claims)
        return std::nullopt;
    const QString audience = tokenUse == u"id" ? claims->value(u"aud").toString()
                                               : claims->value(u"client_id").toString();
    if (claims->value(u"iss").toString() != m_pool.issuer || audience != m_pool.appClientId) {
        *why = QStringLiteral("Token was not issued for this pool and client");
        return std::nullopt;
    }
    if (claims->value(u"token_use").toString() != tokenUse) {
        *why = QStringLiteral("Token is not an %1 token").arg(tokenUse);
        return std::nullopt;
    }
    if (claims->value(u"exp").toInteger() <= now) {
        *why = QStringLiteral("Token has expired");
        return std::nullopt;
    }
    const auto alive = m_users->sessionAlive(claims->value(u"origin_jti").toString());
    if (!alive) {
        *why = unavailable();
        return std::nullopt;
    }
    if (!*alive) {
        *why = QStringLiteral("Access Token has been revoked");
        return std::nullopt;
    }
    return claims;
}

bool IdentityService::addStaff(const QString &email, const QString &password, QString *why)
{
    const QString support = QStringLiteral("support");
    if (auto user = m_users->find(email)) {
        QStringList groups = user->groups;
        if (!groups.contains(support))
            groups << support;
        return m_users->setGroups(user->sub, groups) && m_users->setConfirmed(user->sub);
    }
    return addConfirmedAccount(email, password, {support}, why).has_value();
}

std::optional<QString> IdentityService::addConfirmedAccount(const QString &email,
                                                            const QString &password,
                                                            const QStringList &groups, QString *why)
{
    if (!hygiene::isEmailAddress(email)) {
        *why = QStringLiteral("%1 is not an e-mail address").arg(email);
        return std::nullopt;
    }
    if (m_users->find(email)) {
        *why = QStringLiteral("%1 already has an account").arg(email);
        return std::nullopt;
    }
    if (auto problem = passwords::policyViolation(password)) {
        *why = *problem;
        return std::nullopt;
    }
    const User user{
        identity::newUuid(), email.toLower(), email, passwords::hash(password), true, groups, {}};
    if (!m_users->insert(user)) {
        *why = QStringLiteral("Cannot store the account of %1").arg(email);
        return std::nullopt;
    }
    return user.sub;
}

} // namespace larder::cloud
