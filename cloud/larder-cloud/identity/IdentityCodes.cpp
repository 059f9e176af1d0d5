// SPDX-License-Identifier: MIT
// The identity service's account flows: sign-up, confirmation codes, forgotten passwords.
// (Sign-in, tokens and sign-out: IdentityService.cpp.)
#include "CodeSender.h"
#include "IdentityReplies.h"
#include "IdentityService.h"
#include "Passwords.h"

#include "common/InputHygiene.h"

#include <QJsonArray>

namespace larder::cloud {

using Response = IdentityService::Response;
using identity::error;
using identity::invalidParameter;

QJsonObject IdentityService::deliveryDetails(const QString &email) const
{
    // Cognito masks the destination: a***@e***
    const qsizetype at = email.indexOf(u'@');
    const QString masked =
        email.left(1) + QStringLiteral("***@") + email.mid(at + 1, 1) + QStringLiteral("***");
    return {{QStringLiteral("Destination"), masked},
            {QStringLiteral("DeliveryMedium"), QStringLiteral("EMAIL")},
            {QStringLiteral("AttributeName"), QStringLiteral("email")}};
}

bool IdentityService::issueCode(const User &user, const QString &purpose, qint64 now)
{
    const QString code = passwords::randomCode();
    return m_users->saveCode(user.username, purpose,
                             {passwords::hash(code), now + codeLifetime, 0}) &&
           m_sender->send(user.email, purpose, code);
}

Response IdentityService::signUp(const QJsonObject &request, qint64 now)
{
    const QString username = request.value(u"Username").toString().trimmed();
    const QString password = request.value(u"Password").toString();
    QString email = username;
    QString name;
    for (const QJsonValue &attribute : request.value(u"UserAttributes").toArray()) {
        const QString key = attribute.toObject().value(u"Name").toString();
        if (key == u"email")
            email = attribute.toObject().value(u"Value").toString().trimmed();
        else if (key == u"name")
            name = attribute.toObject().value(u"Value").toString().simplified();
    }
    if (!hygiene::isEmailAddress(username) || email.toLower() != username.toLower())
        return invalidParameter(QStringLiteral("Username should be an email."));
    for (const QJsonValue &attribute : request.value(u"UserAttributes").toArray()) {
        const QString value = attribute.toObject().value(u"Value").toString();
        // Nothing that cleaning would change beyond spacing: no control or format characters.
        if (hygiene::displayName(value, 254).value_or(QString()) != value.simplified())
            return invalidParameter(
                QStringLiteral("Attribute %1 holds characters that are not allowed.")
                    .arg(hygiene::displayName(attribute.toObject().value(u"Name").toString(), 64)
                             .value_or(QStringLiteral("?"))));
    }
    if (name.size() > maxNameLength)
        return invalidParameter(
            QStringLiteral("Attribute name is longer than %1 characters.").arg(maxNameLength));
    if (auto problem = passwords::policyViolation(password))
        return error("InvalidPasswordException", *problem);
    if (m_users->find(username))
        return error("UsernameExistsException",
                     QStringLiteral("An account with the given email already exists."));
    const User user{
        identity::newUuid(), username.toLower(), email, passwords::hash(password), false, {}, name};
    if (!m_users->insert(user) || !issueCode(user, QStringLiteral("signup"), now))
        return {500,
                {{QStringLiteral("__type"), QStringLiteral("InternalErrorException")},
                 {QStringLiteral("message"), QStringLiteral("The account could not be created.")}}};
    return {200,
            {{QStringLiteral("UserConfirmed"), false},
             {QStringLiteral("UserSub"), user.sub},
             {QStringLiteral("CodeDeliveryDetails"), deliveryDetails(email)}}};
}

std::optional<Response> IdentityService::checkCode(const QString &username, const QString &purpose,
                                                   const QString &code, const QString &address,
                                                   qint64 now)
{
    const auto stored = m_users->code(username, purpose);
    if (!stored)
        (void)passwords::verify(code, m_decoyHash); // no code (or no user) costs the same time
    if (m_userFailures.blocked(username.toLower(), now))
        return error("TooManyRequestsException",
                     QStringLiteral("Too many attempts; try again in a few minutes."));
    if (!stored || stored->attempts >= 5 || !passwords::verify(code, stored->hash)) {
        if (stored)
            m_users->countAttempt(username, purpose);
        m_userFailures.fail(username.toLower(), now);
        m_addressFailures.fail(address, now);
        return error("CodeMismatchException",
                     QStringLiteral("Invalid verification code provided, please try again."));
    }
    if (stored->expires < now)
        return error("ExpiredCodeException",
                     QStringLiteral("Invalid code provided, please request a code again."));
    m_users->deleteCode(username, purpose);
    return std::nullopt;
}

Response IdentityService::confirmSignUp(const QJsonObject &request, const QString &address,
                                        qint64 now)
{
    const QString username = request.value(u"Username").toString();
    const auto user = m_users->find(username);
    if (!user) // fails the code check (no code is stored), as a wrong code would
        return checkCode(username, QStringLiteral("signup"),
                         request.value(u"ConfirmationCode").toString(), address, now)
            .value_or(identity::error("CodeMismatchException", QString()));
    if (user->confirmed)
        return error("NotAuthorizedException",
                     QStringLiteral("User cannot be confirmed. Current status is CONFIRMED"));
    if (auto failed = checkCode(username, QStringLiteral("signup"),
                                request.value(u"ConfirmationCode").toString(), address, now))
        return *failed;
    m_users->setConfirmed(user->sub);
    return {200, {}};
}

std::optional<Response> IdentityService::codeLimitReached(const QString &username, qint64 now)
{
    const QString key = username.toLower();
    if (m_codesSent.blocked(key, now))
        return error("LimitExceededException",
                     QStringLiteral("Attempt limit exceeded, please try after some time."));
    m_codesSent.fail(key, now);
    return std::nullopt;
}

Response IdentityService::sendCode(const QJsonObject &request, const QString &purpose, qint64 now)
{
    const QString username = request.value(u"Username").toString();
    if (!hygiene::isEmailAddress(username))
        return invalidParameter(QStringLiteral("Username should be an email."));
    if (auto limited = codeLimitReached(username, now))
        return *limited;
    // As Cognito does with user existence errors prevented: an unknown address gets the same
    // answer as a known one, and no mail.
    const auto user = m_users->find(username);
    if (user && user->confirmed && purpose == u"signup")
        return invalidParameter(QStringLiteral("User is already confirmed."));
    if (user)
        issueCode(*user, purpose, now);
    return {
        200,
        {{QStringLiteral("CodeDeliveryDetails"), deliveryDetails(user ? user->email : username)}}};
}

Response IdentityService::resendCode(const QJsonObject &request, qint64 now)
{
    return sendCode(request, QStringLiteral("signup"), now);
}

Response IdentityService::forgotPassword(const QJsonObject &request, qint64 now)
{
    return sendCode(request, QStringLiteral("reset"), now);
}

Response IdentityService::confirmForgotPassword(const QJsonObject &request, const QString &address,
                                                qint64 now)
{
    const QString username = request.value(u"Username").toString();
    const QString password = request.value(u"Password").toString();
    const auto user = m_users->find(username);
    if (auto problem = passwords::policyViolation(password))
        return error("InvalidPasswordException", *problem);
    // An unknown user fails the code check like a wrong code (no code is stored for them).
    if (auto failed = checkCode(username, QStringLiteral("reset"),
                                request.value(u"ConfirmationCode").toString(), address, now);
        failed || !user)
        return failed.value_or(identity::error("CodeMismatchException", QString()));
    m_users->setPassword(user->sub, passwords::hash(password));
    m_users->setConfirmed(user->sub); // the code proved the address
    m_users->revokeTokens(user->sub); // a new password signs every other session out
    m_userFailures.clear(username.toLower());
    return {200, {}};
}

} // namespace larder::cloud
