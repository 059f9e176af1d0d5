// SPDX-License-Identifier: MIT
// The signed-in user's own attributes: GetUser and UpdateUserAttributes, called with the
// access token as on Cognito. Only `name` can change here: a new e-mail address would need a
// confirmed code first, which Larder does not offer yet.
#include "IdentityReplies.h"
#include "IdentityService.h"

#include "common/InputHygiene.h"

#include <QJsonArray>

namespace larder::cloud {

using Response = IdentityService::Response;
using identity::error;
using identity::invalidParameter;

namespace {
QJsonObject attribute(const QString &name, const QString &value)
{
    return {{QStringLiteral("Name"), name}, {QStringLiteral("Value"), value}};
}
} // namespace

Response IdentityService::getUser(const QJsonObject &request, qint64 now)
{
    Response refused;
    const auto claims = accessClaims(request, now, &refused);
    if (!claims)
        return refused;
    const auto user = m_users->findBySub(claims->value(u"sub").toString());
    if (!user)
        return error("UserNotFoundException", QStringLiteral("User does not exist."));
    QJsonArray attributes{attribute(QStringLiteral("sub"), user->sub),
                          attribute(QStringLiteral("email"), user->email),
                          attribute(QStringLiteral("email_verified"), QStringLiteral("true"))};
    if (!user->name.isEmpty())
        attributes.append(attribute(QStringLiteral("name"), user->name));
    return {200,
            {{QStringLiteral("Username"), user->username},
             {QStringLiteral("UserAttributes"), attributes}}};
}

Response IdentityService::updateUserAttributes(const QJsonObject &request, qint64 now)
{
    Response refused;
    const auto claims = accessClaims(request, now, &refused);
    if (!claims)
        return refused;
    const QJsonArray attributes = request.value(u"UserAttributes").toArray();
    if (attributes.isEmpty())
        return invalidParameter(QStringLiteral("UserAttributes must not be empty."));
    std::optional<QString> name;
    for (const QJsonValue &entry : attributes) {
        const QString key = entry.toObject().value(u"Name").toString();
        const QJsonValue value = entry.toObject().value(u"Value");
        if (key != u"name")
            return invalidParameter(
                QStringLiteral("Attribute %1 cannot be changed here.")
                    .arg(hygiene::displayName(key, 64).value_or(QStringLiteral("?"))));
        const QString text = value.toString();
        const auto cleaned = hygiene::displayName(text, maxNameLength);
        if (!value.isString() || text.simplified().isEmpty())
            return invalidParameter(QStringLiteral("A name cannot be empty."));
        if (text.simplified().size() > maxNameLength)
            return invalidParameter(
                QStringLiteral("Attribute name is longer than %1 characters.").arg(maxNameLength));
        if (!cleaned || *cleaned != text.simplified())
            return invalidParameter(
                QStringLiteral("Attribute name holds characters that are not allowed."));
        name = *cleaned;
    }
    if (!m_users->setName(claims->value(u"sub").toString(), *name))
        return {500,
                {{QStringLiteral("__type"), QStringLiteral("InternalErrorException")},
                 {QStringLiteral("message"), QStringLiteral("The name could not be saved.")}}};
    return {200, {{QStringLiteral("CodeDeliveryDetailsList"), QJsonArray{}}}};
}

} // namespace larder::cloud
