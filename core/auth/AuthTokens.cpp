// SPDX-License-Identifier: MIT
#include "AuthTokens.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace larder::auth {

bool AuthTokens::expiresWithin(int marginSeconds) const
{
    return !expiresAt.isValid() ||
           QDateTime::currentDateTimeUtc().secsTo(expiresAt) <= marginSeconds;
}

QJsonObject AuthTokens::claimsOf(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3 || jwt.size() > 16384)
        return {};
    const auto payload = QByteArray::fromBase64Encoding(
        parts[1].toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return {};
    return QJsonDocument::fromJson(*payload).object();
}

AuthTokens AuthTokens::fromAuthenticationResult(const QJsonObject &result,
                                                const QString &previousRefresh)
{
    AuthTokens tokens;
    tokens.idToken = result.value(u"IdToken").toString();
    tokens.accessToken = result.value(u"AccessToken").toString();
    tokens.refreshToken = result.value(u"RefreshToken").toString(previousRefresh);
    const QJsonObject claims = claimsOf(tokens.idToken);
    const qint64 exp = claims.value(u"exp").toInteger();
    tokens.expiresAt =
        exp > 0 ? QDateTime::fromSecsSinceEpoch(exp, Qt::UTC)
                : QDateTime::currentDateTimeUtc().addSecs(result.value(u"ExpiresIn").toInt(3600));
    tokens.sub = claims.value(u"sub").toString();
    tokens.email = claims.value(u"email").toString();
    tokens.name = claims.value(u"name").toString();
    for (const QJsonValue &group : claims.value(u"cognito:groups").toArray())
        tokens.groups << group.toString();
    return tokens;
}

} // namespace larder::auth
